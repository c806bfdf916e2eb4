import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { contactDetail, fieldLabels, postalLine, withSideColumnLast } from './address.ts';
import { cellStarts, cellsUnder, columnGap } from './column-cells.ts';
import { firstActor } from './claims/actors.ts';
import { datelinePattern, datePattern, isoDate, numericDatePattern, numericDatelinePattern, printedDate } from './dates.ts';
import { isDutchWord } from './dictionary.ts';
import { addressFooterParts, isAddressFooter } from './layout/artifacts.ts';
import { closingPattern, everydayGreeting, governingBodyClosing, supportersPattern } from './layout/zones.ts';
import { placeFinder, positionOf, warn } from './messages.ts';
import { isCapitalisedName, isOrganisation, isOrganisationName, organisationWord } from './organisations.ts';
import { looksLikeName, roleBeforeName, roleWord, signedLine, signedMark } from './signatory.ts';
import type { BlockRole } from './types.ts';

export interface LetterAddressee {
  role: 'to' | 't.a.v.' | 'cc' | 'salutation';
  /** As printed, label included ("t.a.v. de vaste Kamercommissie …"). */
  raw: string;
  text: string;
  /** Normalised actor (Tweede Kamer, formateur, onderhandelaars, …). */
  actor: string;
}

export interface Signatory {
  name: string;
  role?: string;
  organisation?: string;
}

export interface Organisation {
  name: string;
  abbreviation?: string;
}

export interface LetterMetadata {
  title?: string;
  subtitle?: string;
  date?: string;
  dateText?: string;
  /** A date the title or subtitle names ("Rondetafelgesprek …, 8 februari 2024"), when the letter prints none of its own. */
  titleDate?: { date: string; text: string };
  fields: Record<string, string>;
  addressees: LetterAddressee[];
  signatories: Signatory[];
  senders: Organisation[];
}

/** "RE: ", "FW: ", "Antw: ", "Doorst: ": what a mail program puts before a subject it answers or forwards. */
const replyPrefix = /^((re|fw|fwd|antw|doorst|tr|wg)\s*:\s*)+/iu;
/** The words of a greeting before whom it greets: "Geachte", "Geacht" (college), "Beste", "Goedemorgen". */
const greetingWords = new RegExp(String.raw`^(zeer\s+|hoog)?geachte?\s+|^(beste|${everydayGreeting})\s+`, 'iu');
/** "L.S.", "Geachte dames en heren", "Geachte mevrouw, geachte heer", "Goedendag": a greeting of whoever reads, naming no addressee. */
const greetsWhoeverReads = new RegExp(String.raw`^(l\.\s?s\.|allen|allemaal|${everydayGreeting}|((heer|mevrouw|mijnheer|dames|heren)[\s,/]*(en\s+)?)+)$`, 'iu');

/** A closing formula with more after it on its line: the signature, or whom it signs for. */
const closingAndSignature = new RegExp(`${closingPattern.source},\\s*(\\S.*)$`, 'iu');

/** Reads what the letter itself prints about itself: title, date, addressees, signatories, senders. */
export function letterMetadata() {
  return (tree: Root, file: VFile) => {
    const source = String(file.data.source ?? '');
    const byRole = (role: BlockRole) => tree.children.filter((node) => roleOf(node) === role).map((node) => toString(node).trim());
    const titles = byRole('title');
    const metadata: LetterMetadata = { fields: {}, addressees: [], signatories: [], senders: [] };
    // Justified PDF text leaves runs of spaces ("Rondetafelgesprek  schulden"); a title has none.
    const tidy = (line: string | undefined) => line?.replace(/\s+/gu, ' ');
    metadata.title = tidy(titles[0]);
    metadata.subtitle = tidy(titles[1]);
    readAddressBlock(byRole('address'), metadata);
    const salutation = byRole('salutation')[0];
    if (salutation) {
      const text = salutation.replace(greetingWords, '').replace(/,\s*geachte\s+/giu, ', ').replace(/,$/u, '').trim();
      // "Geachte voorzitter, geachte leden": the greeting of a committee of the Kamer, as letters of this genre write to it.
      const greetsCommittee = /^((mevrouw|heer)\s+)?(de\s+)?voorzitter(,\s*((\p{L}+\s+)?leden|commissieleden)(\s+van\s+de\s+(vaste\s+)?commissie)?)?$/iu.test(text);
      const actor = firstActor(text)?.actor.name ?? (greetsCommittee ? 'Tweede Kamer' : text);
      // "Geachte heer Plasterk" greets the person the address block already names ("Aan de informateur, de heer …").
      const greetsAddressedPerson = /^(heer|mevrouw|mevr\.?|mw\.?|dhr\.?|hr\.?)\s/iu.test(text) && metadata.addressees.some((addressee) => addressee.role === 'to');
      // "Geachte leden van de commissie" greets "de leden van de vaste commissie voor VWS" again;
      // "Geachte voorzitter, geachte leden" names no one the address block does not.
      const words = (line: string) => line.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      const greetsAddressee = metadata.addressees.some((addressee) => addressee.role === 'to' && (words(text).every((word) => words(addressee.text).includes(word)) || !firstActor(text)));
      const greetsAnyone = greetsWhoeverReads.test(text);
      if (!greetsAddressedPerson && !greetsAddressee && !greetsAnyone && !metadata.addressees.some((addressee) => addressee.actor === actor)) metadata.addressees.push({ role: 'salutation', raw: salutation, text, actor });
    }
    metadata.title ??= tidy(metadata.fields.onderwerp?.replace(replyPrefix, ''));
    // "Notitie voor de Tweede Kamer, maart 2025" under the title: for whom, also on a line of the front matter.
    if (!metadata.addressees.some((addressee) => addressee.role === 'to' || addressee.role === 'salutation')) readTitledAddressee([metadata.title, metadata.subtitle, ...byRole('address')], metadata);
    addBothChambers(metadata);
    // A cell of its own may hold the date: "Den Haag, 18 april 2024      Kenmerk 2024-017".
    const cells = [...byRole('address'), ...byRole('colophon'), ...byRole('signature')].flatMap((line) => line.split(/\s{3,}/u));
    // A position paper may print its date on a line of its own among its first or last blocks ("Federatie Opvang, maart 2024").
    const blocks = tree.children.filter((node) => (node.type === 'paragraph' || node.type === 'heading') && !roleOf(node));
    const datedBlock = [...blocks.slice(0, 3), ...blocks.slice(-3)].map((node) => toString(node).trim()).find((line) => datelinePattern.test(line));
    // "Den Haag, 1 oktober 2025 (verzonden per e-mail)": a remark in brackets after the date is no sentence.
    const dateCell = (line: string) => (datePattern.test(line) || numericDatePattern.test(line)) && line.replace(/\s*\([^()]*\)$/u, '').length < 40;
    // "Notitie voor de Tweede Kamer, maart 2025": the date after a line's last comma, if no line is a date.
    const dated = metadata.fields.datum ?? cells.find(dateCell) ?? datedBlock ?? cells.map((cell) => cell.slice(cell.lastIndexOf(', ') + 1).trim()).find(dateCell);
    if (dated) {
      const iso = isoDate(dated);
      if (iso) {
        metadata.date = iso;
        metadata.dateText = printedDate(dated);
      } else {
        // "31 september 2025": a date the calendar does not have is a typing error; say so rather than publish it.
        const printed = datePattern.exec(dated)?.[0] ?? numericDatePattern.exec(dated)?.[0];
        const at = printed ? source.indexOf(printed) : -1;
        if (printed && at >= 0) {
          const find = placeFinder(source);
          warn(file, `The date “${printed}” does not exist in the calendar; the letter's date is left unknown (give it in a \`.meta.yaml\` file)`, positionOf(find, at, at + printed.length), 'date-impossible');
        }
      }
    }
    // "cc: de leden van de vaste commissie …" and "Bijlage: …" under the signature, as many letters put
    // them; also in what follows the signature and is read as the body is (a postscript, an annex).
    const copiesLine = /^(cc|bcc|afschrift(\s+aan)?|kopie\s+aan|bijlagen?|bijlage\(n\))\s*:/iu;
    const signatureEnd = tree.children.findLastIndex((node) => roleOf(node) === 'signature');
    const underPostscript = signatureEnd < 0 ? [] : tree.children.slice(signatureEnd + 1).filter((node) => (node.type === 'paragraph' || node.type === 'heading') && !roleOf(node)).map((node) => toString(node).trim()).filter((line) => !line.includes('\n') && copiesLine.test(line));
    const copies = [...byRole('signature').filter((line) => copiesLine.test(line)), ...underPostscript];
    readAddressBlock(copies.map((line) => line.replace(/^(afschrift|kopie)(\s+aan)?\s*:/iu, 'cc:')), metadata);
    // "Hoogachtend, Jan de Vries, voorzitter VNG": a signature on the closing's own line.
    const closingLine = byRole('closing')[0] ?? '';
    const signedOnClosing = closingAndSignature.exec(closingLine)?.at(-1);
    // "Met vriendelijke groet, namens het bestuur van ZN, drs. M. Jansen, voorzitter": whom they sign for, then who signs.
    const onBehalf = signedOnClosing ? /^((?:mede\s+)?namens\s+[^,]+),\s*(\S.*)$/iu.exec(signedOnClosing) : null;
    const onClosing = onBehalf ? [`${onBehalf[1]},`, onBehalf[2]!] : signedOnClosing ? [signedOnClosing] : [];
    const signatureLines = [...onClosing, ...byRole('signature').filter((line) => !copies.includes(line))];
    readSignature(signatureLines, metadata, source, supportersPattern.test(closingLine));
    // "Graag brengen wij, mede namens Stichting LOS en Defence for Children, …": the opening names
    // others on whose behalf the letter is written too.
    const opening = tree.children.filter((node) => node.type === 'paragraph' && !roleOf(node)).slice(0, 3);
    for (const paragraph of opening) {
      for (const match of toString(paragraph).matchAll(/\bnamens\s+(.{2,160})/giu)) for (const name of namesAtStart(match[1] ?? '')) addOrganisation(metadata, name, source);
    }
    // "Het college van burgemeester en wethouders van Rotterdam," signs for the municipality.
    const governingBody = governingBodyClosing.exec(byRole('closing')[0] ?? '');
    if (governingBody) addOrganisation(metadata, `${/staten/iu.test(governingBody[3] ?? '') ? 'Provincie' : 'Gemeente'} ${governingBody[6]?.trim()}`);
    readColophon(byRole('colophon'), metadata, source);
    // An e-mail's "Van: Vereniging van Nederlandse Gemeenten", or a title's "Position paper van de
    // Vereniging …", when nothing else names the senders.
    // "Van: Valente, Federatie Opvang, RIBW Alliantie": every sender, also those who did not sign.
    // "Van: Netwerk Gezondheid en Wonen <info@…>": the name, without the address; one the signature
    // already named is one organisation, not several.
    const van = metadata.fields.van?.replace(/<[^>]*>|\S+@\S+/gu, '').replace(/["']/gu, '').trim() || undefined;
    const known = (name: string) => metadata.senders.some((sender) => sender.name.toLowerCase() === name.toLowerCase());
    const fromSeveral = van && !known(van) ? closingOrganisations(van) : [];
    const from = van ?? [metadata.title, metadata.subtitle].map((line) => line && organisationInTitle(line)).find(Boolean);
    if (metadata.senders.length === 0 && fromSeveral.length < 2 && from && isOrganisation(from)) addOrganisation(metadata, from, source);
    if (fromSeveral.length > 1) for (const name of fromSeveral) addOrganisation(metadata, name, source);
    // A position paper without a closing ends on its senders: "Sociaal Werk Nederland en Divosa".
    const last = tree.children.findLast((node) => node.type === 'paragraph' || node.type === 'heading' || node.type === 'list');
    if (metadata.senders.length === 0 && (last?.type === 'paragraph' || last?.type === 'heading') && !roleOf(last)) {
      for (const name of closingOrganisations(toString(last).trim())) addOrganisation(metadata, name, source);
    }
    // "Nederlandse Jeugdraad / Catharijnesingel 47 / 3511 GC Utrecht / Aan de vaste commissie …": above
    // "Aan" (or "De formateur" without it), an organisation's name over its postal address is the
    // letterhead, when nothing else names the senders.
    // Also when the senders known so far are abbreviations ("voorzitter VGN" under the letter) that
    // the letterhead spells out ("Vereniging Gehandicaptenzorg Nederland"): the name replaces them.
    const abbreviatedOnly = metadata.senders.length > 0 && metadata.senders.every((sender) => /^\p{Lu}{2,6}$/u.test(sender.name));
    if (metadata.senders.length === 0 || abbreviatedOnly) {
      const address = byRole('address');
      const head = address.slice(0, Math.max(0, address.findIndex((line) => /^aan\b/iu.test(line) || (!postalLine.test(line) && firstActor(line) !== undefined))));
      // "Woonbond      Postbus 3202": the name's cell, beside the address set to the right.
      const name = head.map((line) => line.split(/\s{3,}|\t/u)[0]!).find((line) => !postalLine.test(line) && !fieldLabels.test(line) && !/[\d@]|https?:|www\./u.test(line));
      // Also a name alone above "Aan" ("Huurdersvereniging Samen Sterk Utrecht"), a letterhead without an address.
      // One plain word over a postal address names the organisation too ("Aedes / Postbus 29129").
      const overAddress = head.some((line) => postalLine.test(line));
      // Fields beside or under the name ("Kenmerk 2025-001") are no second line of it.
      const alone = head.filter((line) => !fieldLabels.test(line.trim())).length === 1;
      const initials = name === undefined ? undefined : initialsOf(readableName(name));
      if (name && (alone || overAddress) && (isOrganisationName(name) || (overAddress && /^\p{Lu}\p{Ll}{2,}$/u.test(name))) && (!abbreviatedOnly || metadata.senders.some((sender) => sender.name === initials))) {
        metadata.senders = metadata.senders.filter((sender) => sender.name !== initials);
        addOrganisation(metadata, name, source);
      }
    }
    // "Vereniging voor Schuldhulpverlening | Postbus 1234 | 3500 AB Utrecht", the footer of every page:
    // its first part names the sender, when the letterhead (an image in the PDF) left no text.
    if (metadata.senders.length === 0) {
      const footer = (file.data.removed ?? []).find((artifact) => artifact.kind === 'running-header' && isAddressFooter(artifact.text));
      const name = footer?.text.split(addressFooterParts)[0]?.trim();
      if (name && !postalLine.test(name) && !/[\d@]|https?:|www\./u.test(name) && (isOrganisationName(name) || /^\p{Lu}\p{Ll}{2,}$/u.test(name))) addOrganisation(metadata, name, source);
    }
    // "POSITION PAPER / Rondetafelgesprek Jeugdzorg, 7 november 2023 / Jeugdzorg Nederland": an
    // organisation's name alone right under the title, before any text, is the byline.
    // Also under the title's lines for whom and when ("Vaste commissie voor VWS / 14 mei 2025 / MantelzorgNL").
    if (metadata.senders.length === 0) {
      const afterTitle = tree.children.findLastIndex((node) => roleOf(node) === 'title') + 1;
      const afterFront = tree.children.findLastIndex((node) => roleOf(node) === 'title' || roleOf(node) === 'address') + 1;
      for (const byline of afterTitle > 0 ? [tree.children[afterTitle], tree.children[afterFront]] : []) {
        const name = byline?.type === 'heading' && roleOf(byline) === undefined ? toString(byline).trim() : '';
        // One word no word list knows, which the letter names again ("Divosa … Divosa pleit voor …"), is a name too.
        const oneName = /^\p{Lu}\p{L}{2,}$/u.test(name) && !isDutchWord(name.toLowerCase()) && source.split(name).length > 2;
        if (name && (isOrganisationName(name) || oneName)) addOrganisation(metadata, name, source);
      }
    }
    // "Patiëntenfederatie Nederland" over "Reactie op het hoofdlijnenakkoord": a first line that is
    // nothing but an organisation's name is its letterhead, when nothing else names the senders
    // (the headings under it are then the title, below).
    if (metadata.senders.length === 0 && metadata.title && isOrganisationName(metadata.title)) addOrganisation(metadata, metadata.title, source);
    // "Politiebond en Veiligheidsberaad" above "Aan: … Van: …": the senders' names as letterhead, not
    // the title; the subject is.
    // Also a letterhead of an organisation the signature names otherwise ("Vereniging van Waterbedrijven in Nederland", signed "Vewin").
    if (metadata.fields.onderwerp && metadata.title && (namesOnly(metadata.title, metadata.senders) || (isOrganisationName(metadata.title) && !metadata.subtitle))) {
      metadata.title = tidy(metadata.fields.onderwerp?.replace(replyPrefix, ''));
      metadata.subtitle = undefined;
    } else if (metadata.title && namesOnly(metadata.title, metadata.senders)) {
      // "G40 Stedennetwerk" over "INVESTEER IN DE KRACHT VAN STEDEN" and its subtitle: the headings
      // right under the letterhead, before any text, are the title.
      const start = tree.children.findIndex((node) => roleOf(node) === 'title');
      const next = tree.children.slice(start + 1);
      const headings = next.slice(0, Math.max(0, next.findIndex((node) => node.type !== 'heading' || roleOf(node) !== undefined)));
      if (headings.length > 0 && headings.length <= 2) [metadata.title, metadata.subtitle] = headings.map((node) => tidy(toString(node).trim()));
    }
    // Read again once the title is known: a letterhead may stand above it ("GGZ Nederland" over "Inbreng commissiedebat …, 4 maart 2025").
    if (!metadata.addressees.some((addressee) => addressee.role === 'to' || addressee.role === 'salutation')) readTitledAddressee([metadata.title, metadata.subtitle], metadata);
    const titled = metadata.date ? undefined : [metadata.title, metadata.subtitle].find((line) => line && datePattern.test(line));
    const titleDate = titled ? isoDate(titled) : undefined;
    if (titled && titleDate) metadata.titleDate = { date: titleDate, text: datePattern.exec(titled)?.[0] ?? titleDate };
    file.data.metadata = metadata;
  };
}

/**
 * Whether every word of a line is part of a sender's name or abbreviation ("Politiebond" of
 * "Nederlandse Politiebond"), or a sender's name with its tagline ("Aedes vereniging van woningcorporaties",
 * "ActiZ, organisatie van zorgaanbieders", "NVVK – Vereniging voor schuldhulpverlening en sociaal bankieren").
 */
function namesOnly(line: string, senders: LetterMetadata['senders']): boolean {
  // Also after a dash or bar, capitalised: "NVVK – Vereniging voor schuldhulpverlening en sociaal bankieren".
  const taglineOf = (name: string) => line.slice(name.length).replace(/^\s+[–—|-]\s+\p{Lu}/u, (separated) => separated.toLowerCase());
  const tagline = senders.some((sender) => [sender.name, sender.abbreviation].some((name) => name && (line.startsWith(`${name} `) || line.startsWith(`${name}, `)) && !/\p{Lu}/u.test(taglineOf(name))));
  if (tagline) return true;
  const names = senders.flatMap((sender) => [sender.name, sender.abbreviation ?? '']).join(' ').toLowerCase();
  const words = line.toLowerCase().split(/[^\p{L}\d]+/u).filter((word) => word && !/^(en|van|de|der|het|voor|&)$/u.test(word));
  return words.length > 0 && words.every((word) => names.includes(word));
}

function roleOf(node: RootContent): BlockRole | undefined {
  return node.type === 'paragraph' || node.type === 'heading' ? node.data?.role : undefined;
}

/** "Aan: …", "t.a.v. de griffier", "cc: …", "Kopie: …", "Afschrift aan …": a line naming a recipient by its label. */
const recipientLine = /^(aan|to(?=\s*:)|cc|bcc|t\.?a\.?v\.?|i\.?a\.?a\.?|(?:kopie|afschrift)(?:\s+aan)?(?=\s*:)|(?:kopie|afschrift)\s+aan(?=\s))\b:?\s*(.*)$/iu;
/**
 * Labels that name the same field: "Betreft", "Inzake" and "Onderwerp" the subject, an e-mail "Verzonden" on
 * its date; an e-mail program in English writes "From:", "Sent:", "Subject:".
 */
const fieldSynonyms = new Map([
  ['betreft', 'onderwerp'],
  ['inzake', 'onderwerp'],
  ['verzonden', 'datum'],
  ['from', 'van'],
  ['sent', 'datum'],
  ['subject', 'onderwerp'],
]);

function readAddressBlock(printed: string[], metadata: LetterMetadata): void {
  const lines = withSideColumnLast(printed);
  let last: LetterAddressee | undefined;
  let pendingField: string | undefined;
  for (const line of lines) {
    const recipient = recipientLine.exec(line);
    if (recipient) {
      const label = (recipient[1] ?? '').toLowerCase().replace(/\./gu, '');
      const role = label === 'aan' || label === 'to' ? 'to' : label === 'tav' ? 't.a.v.' : 'cc';
      // "To: Commissie VRO <cie.vro@tweedekamer.nl>": the name is the recipient, the address's domain says whose.
      const named = (recipient[2] ?? '').replace(/^[.:\s]+/u, '').replace(/^aan\s+/iu, '').trim();
      const text = named.replace(/\s*<[^<>\s]+@[^<>\s]+>/u, '').trim() || named;
      let actor = actorName(text, named);
      // "Aan de leden van de Eerste Kamer / t.a.v. de vaste commissie voor BiZa": the committee of that Kamer.
      const chamber = metadata.addressees.findLast((addressee) => addressee.role === 'to')?.actor;
      if (role === 't.a.v.' && actor === 'Tweede Kamer' && chamber === 'Eerste Kamer' && !/\btweede\s+kamer\b/iu.test(text)) actor = chamber;
      last = { role, raw: line, text, actor };
      metadata.addressees.push(last);
      pendingField = undefined;
      continue;
    }
    const field = fieldLabels.exec(line);
    if (field) {
      const label = (field[1] ?? '').toLowerCase().replace(/\(n\)$/u, '');
      const key = fieldSynonyms.get(label) ?? label;
      pendingField = field[2] ? undefined : key;
      if (field[2]) metadata.fields[key] = field[2];
      last = undefined;
      continue;
    }
    if (pendingField) {
      metadata.fields[pendingField] = metadata.fields[pendingField] ? `${metadata.fields[pendingField]} ${line}` : line;
      if (pendingField !== 'onderwerp') pendingField = undefined;
      continue;
    }
    // A place and numeric date ("Amsterdam, 3-6-2024") ends it as a written-out date does.
    const dateline = datelinePattern.test(line) || (numericDatePattern.test(line) && line.length < 40);
    if (last && (postalLine.test(line) || dateline)) {
      // "Postbus 20018", "2500 EA Den Haag": where the letter goes, not who reads it; then the date line.
      last = undefined;
      continue;
    }
    if (last) {
      // A recipient line wrapped onto the next line.
      last.raw += ` ${line}`;
      last.text += ` ${line}`;
      last.actor = actorName(last.text);
    }
  }
  if (!metadata.addressees.some((addressee) => addressee.role === 'to')) readUnlabelledAddressee(lines, metadata);
  if (metadata.fields.onderwerp) {
    // The debate date printed under the subject belongs to the subject, not to the letter.
    metadata.fields.onderwerp = metadata.fields.onderwerp.trim();
  }
}

/**
 * An address block without "Aan" ("De vaste commissie voor VWS / Tweede Kamer der Staten-Generaal /
 * Postbus 20018"): its first line that names an actor, with the lines that follow it up to the
 * postal address.
 */
function readUnlabelledAddressee(lines: string[], metadata: LetterMetadata): void {
  const namesActor = (line: string) => !fieldLabels.test(line) && !postalLine.test(line) && !datelinePattern.test(line) && !recipientLine.test(line) && firstActor(line) !== undefined;
  // "Aedes vereniging van woningcorporaties / Koninginnegracht 14a / 2514 AA Den Haag / T 070 …": the
  // senders' letterhead above the recipient, its name over its own address and telephone or e-mail.
  const isLetterhead = (at: number) => {
    for (const line of lines.slice(at + 1, at + 5)) {
      if (contactDetail.test(line)) return true;
      if (namesActor(line)) return false;
    }
    return false;
  };
  const start = lines.findIndex((line, at) => namesActor(line) && !isLetterhead(at));
  if (start < 0) return;
  const block: string[] = [];
  for (const line of lines.slice(start)) {
    // "t.a.v. de griffier" under the committee is a recipient of its own (see `readAddressBlock`).
    if (fieldLabels.test(line) || postalLine.test(line) || datelinePattern.test(line) || numericDatelinePattern.test(line) || recipientLine.test(line)) break;
    block.push(line);
  }
  const text = block.join(' ');
  if (text) metadata.addressees.unshift({ role: 'to', raw: text, text, actor: actorName(text) });
}

function actorName(text: string, withAddress = text): string {
  const committee = /\bvaste\s+kamercommissies?\s+(voor\s+)?(.+)$/iu.exec(text);
  if (committee) return `vaste Kamercommissie ${committee[2]}`;
  return firstActor(text)?.actor.name ?? mailDomainActor(withAddress) ?? text;
}

/** "de leden van de Eerste en Tweede Kamer", "beide Kamers der Staten-Generaal". */
const bothChambers = /\b(eerste\s+en\s+tweede|tweede\s+en\s+eerste)\s+kamer\b|\bbeide\s+kamers\b/iu;

/**
 * A letter to both chambers addresses each: an addressee has one actor, so the Senate gets an entry
 * of its own beside the Kamer's, with the same words.
 */
function addBothChambers(metadata: LetterMetadata): void {
  const chambers = ['Tweede Kamer', 'Eerste Kamer'];
  metadata.addressees = metadata.addressees.flatMap((addressee) => {
    if (!bothChambers.test(addressee.text)) return [addressee];
    const missing = chambers.filter((chamber) => !metadata.addressees.some((other) => other.actor === chamber));
    // "beide Kamers" names neither chamber on its own: its actor is then the Kamer's.
    return chambers.includes(addressee.actor) ? [addressee, ...missing.map((actor) => ({ ...addressee, actor }))] : missing.map((actor) => ({ ...addressee, actor }));
  });
}

/** "cie.vro@tweedekamer.nl", "info@minvws.nl": whose e-mail address it is, when its name does not say. */
function mailDomainActor(text: string): string | undefined {
  const domain = /@([a-z0-9.-]+\.nl)\b/iu.exec(text)?.[1]?.toLowerCase();
  if (!domain) return undefined;
  if (domain.endsWith('tweedekamer.nl')) return 'Tweede Kamer';
  if (domain.endsWith('eerstekamer.nl')) return 'Eerste Kamer';
  if (/^min[a-z]+\.nl$/u.test(domain)) return 'minister';
  return undefined;
}

/**
 * A position paper with neither address nor greeting: "Tweede Kamer, commissie SZW, 6 maart 2025"
 * under its title names the Kamer; so does a round table, hearing or technical briefing, which only
 * the Kamer's committees hold, and a committee debate, a written consultation or a budget debate
 * ("Inbreng commissiedebat ggz, 4 maart 2025"), which the Tweede Kamer's committees hold; and
 * whoever a title says the letter is for ("Open brief aan het nieuwe kabinet").
 */
function readTitledAddressee(titles: Array<string | undefined>, metadata: LetterMetadata): void {
  for (const line of titles) {
    if (!line) continue;
    const named = firstActor(line);
    const kamer = named && ['Tweede Kamer', 'Eerste Kamer'].includes(named.actor.name) ? named.actor.name : /\b(rondetafelgesprek|hoorzitting|technische\s+briefing|commissiedebat|notaoverleg|wetgevingsoverleg|schriftelijk\s+overleg|begrotingsbehandeling)\b/iu.test(line) ? 'Tweede Kamer' : undefined;
    // "OPEN BRIEF AAN HET NIEUWE KABINET", "Oproep aan de formateur: …": whom the title says the letter is for.
    const forWhom = /\b(brief|oproep|petitie|manifest|pleidooi|appèl)\s+aan\s+(.+)$/iu.exec(line)?.[2];
    const actor = kamer ?? (forWhom ? firstActor(forWhom.split(':')[0]!)?.actor.name : undefined);
    if (actor) {
      metadata.addressees.push({ role: 'to', raw: line, text: line, actor });
      return;
    }
  }
}

/**
 * `source`: the letter's text, where an organisation's abbreviation may stand ("Vereniging Gehandicaptenzorg Nederland (VGN)");
 * `supporters`: the lines list organisations that support the letter ("Deze oproep wordt gesteund door:").
 */
function readSignature(lines: string[], metadata: LetterMetadata, source: string, supporters = false): void {
  const pending: Signatory[] = [];
  const rolesAbove: string[] = [];
  const affiliations: string[] = [];
  const alsoOnBehalfOf: string[] = [];
  let columns: string[] | undefined;
  let named = false;
  // The people named side by side on the line before, or given their roles side by side, in order.
  let namedOnLine: Signatory[] = [];
  // The person alone on the line before (named, or signed with their role), for the organisation on the next line.
  let personJustNow: Signatory | undefined;
  // The organisations named on the line before ("Sociaal Werk Nederland en Divosa"), for the people on the next.
  let organisationsJustNow: string[] = [];
  // The name atop the letter, printed again right under the closing, is the sender's ("Per Saldo"), not a person's.
  const letterhead = source.trimStart().split(/\r?\n/u, 1)[0]?.split(columnGap)[0]?.trim() ?? '';
  const signedBefore = metadata.signatories.length;
  // "Namens Zorgverzekeraars Nederland," above the names: the one organisation they sign for.
  let signsFor: string | undefined;
  // Where the cells of the line before began, for a line whose cell runs into the next column.
  let startsAbove: number[] = [];
  for (const line of lines) {
    const startsOfLineAbove = startsAbove;
    startsAbove = cellStarts(line);
    // "Mede namens de VNG": others after the signatories' own organisations.
    const also = /^mede\s+namens\b/iu.test(line);
    if (also || /^namens\b/iu.test(line)) {
      let who = line.replace(/^(mede\s+)?namens\s+/iu, '').replace(/[,:]$/u, '');
      const of = who.lastIndexOf(' van ');
      // "namens de colleges van burgemeester en wethouders van Eindhoven, Tilburg en Breda": municipalities.
      const governing = /\b(burgemeester\s+en\s+wethouders|b\s*&\s*w)\b/iu.test(who) ? 'Gemeente ' : /\bgedeputeerde\s+staten\b/iu.test(who) ? 'Provincie ' : '';
      // "Namens de wethouders … van de G4 en G40", "Namens het bestuur van Woonbond": the organisations.
      if (of >= 0 && /^(de|het)\s+\p{Ll}/u.test(who)) who = who.slice(of + 5).replace(/^de\s+/iu, '');
      if (governing) who = who.split(/,\s*|\s+en\s+/u).map((place) => `${governing}${place.replace(/^(gemeente|provincie)\s+/iu, '')}`).join(', ');
      // "Namens de G4", "namens … het Nederlands Jeugdinstituut", "namens de Coalitie Energiearmoede":
      // the article is not part of the name; before an adjective it may be ("de Nederlandse ggz" keeps its own),
      // unless the letterhead prints the name without it ("Landelijke Cliëntenraad").
      // "Namens het bestuur," names a body of the sender, not the sender; "namens deze," the formula names no one.
      const names = who
        .split(/,\s*|\s+en\s+/u)
        .map((name) => name.replace(/^(de|het)\s+(?=\p{Lu}[\p{Lu}\d]+\b)|^het\s+(?=\p{Lu})/u, ''))
        .map((name) => ((/^de\s+\p{Lu}\p{L}*(?<![^i]e)(\s|$)/u.test(name) && isCapitalisedName(name.slice(3))) || (name.startsWith('de ') && name.slice(3) === letterhead) ? name.slice(3) : name))
        .filter((name) => name && !/^(de\s+|het\s+|ons\s+|onze\s+)?((dagelijks|algemeen)\s+)?(bestuur|directie|raad\s+van\s+bestuur|ledenraad|college|team|redactie|organisatie)$|^(deze|dezen|hen)$/iu.test(name));
      if (also) alsoOnBehalfOf.push(...names);
      else for (const name of names) addOrganisation(metadata, name, source);
      if (!also && names.length === 1 && /\p{Lu}/u.test(names[0]!)) signsFor = readableName(names[0]!.replace(governingBodyOf, ''));
      named ||= !also && names.length > 0;
      continue;
    }
    const cells = cellsUnder(line, startsOfLineAbove) ?? line.split(columnGap).map((part) => part.trim()).filter(Boolean);
    const previousPerson = personJustNow;
    personJustNow = undefined;
    const organisationsAbove = organisationsJustNow;
    organisationsJustNow = [];
    // "Martin van Rijn      Zeno Winkels" over "Aedes      Woonbond": each name over the organisation it
    // signs for; so is each role over it ("voorzitter      directeur" between the names and "Aedes      Woonbond").
    const namesAbove = namedOnLine;
    namedOnLine = [];
    if (namesAbove.length > 1 && cells.length === namesAbove.length && cells.every((cell) => /^\p{Lu}/u.test(cell) && cell.split(/\s+/u).length <= 5 && !roleWord.test(cell) && !looksLikeName(cell) && !/[\d@:]/u.test(cell))) {
      for (const [at, cell] of cells.entries()) {
        namesAbove[at]!.organisation = cell.replace(/,$/u, '');
        affiliations.push(cell.replace(/,$/u, ''));
      }
      continue;
    }
    // "Sociaal Werk Nederland      Divosa" above "Lex Staal, directeur-bestuurder      Erik Dannenberg, voorzitter":
    // columns of signatures, each under the organisation it signs for.
    // A one-word name beside an organisation's is one too ("Sociaal Werk Nederland      Divosa").
    const organisationCell = (cell: string) => isOrganisation(cell.replace(/,$/u, ''));
    const columnsOfOrganisations = cells.some(organisationCell) && cells.every((cell) => organisationCell(cell) || /^\p{Lu}\p{L}{2,},?$/u.test(cell));
    const organisationColumns = columnsOfOrganisations || (line === lines[0] && cells.length === 1 && /^\p{Lu}\p{L}{2,},?$/u.test(cells[0] ?? '')) ? cells.map((cell) => cell.replace(/,$/u, '')) : undefined;
    const column = (at: number) => (columns?.length === cells.length ? columns[at] : undefined);
    for (const [at, cell] of cells.entries()) {
      const signed = signedLine(cell);
      // "de secretaris,   de burgemeester," above the names, as a municipality signs; "De burgemeester van Zuidhaven,".
      const roleAbove = /^[Dd]e\s+(\p{Ll}[\p{Ll} -]*?(?:\s+van\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?),$/u.exec(cell);
      const titled = roleBeforeName(cell.replace(/,$/u, ''));
      const several = cell.replace(/,$/u, '').split(/\s+en\s+|,\s*/u);
      // "Zeno Winkels (Woonbond)": a person and, in brackets after the name, whom they sign for (a
      // first name in brackets stands before the surname: "A.M. (Anke) de Boer").
      // "Martin van Rijn (voorzitter)": a role in brackets may be in lower case.
      const bracketed = /^(.+?)\s+\((\p{L}[^()]{1,60})\)$/u.exec(cell.replace(/,$/u, ''));
      if (signed) {
        affiliations.push(...addSignatory(metadata, signed, column(at)));
        // "A. Bakker, secretaris" over "Vereniging Zorg Dichtbij": the organisation may follow.
        if (cells.length === 1 && !metadata.signatories.at(-1)?.organisation) personJustNow = metadata.signatories.at(-1);
      } else if (bracketed && looksLikeName(bracketed[1] ?? '')) {
        // "Jan Jansen (Voorzitter)": a role in brackets, with the organisation it may name.
        if (roleWord.test(bracketed[2] ?? '')) affiliations.push(...addSignatory(metadata, { name: bracketed[1] ?? '', role: bracketed[2] ?? '' }));
        else if (/^\p{Ll}/u.test(bracketed[2] ?? '')) addSignatory(metadata, { name: bracketed[1] ?? '' });
        else {
          addSignatory(metadata, { name: bracketed[1] ?? '', organisation: bracketed[2] ?? '' });
          affiliations.push(bracketed[2] ?? '');
        }
      } else if (supporters && cell.includes(',') && looksLikeName(cell.slice(0, cell.indexOf(',')).trim())) {
        // "Petra van Dijk, ouder" among those who sign an open letter: a person, and what they are.
        const comma = cell.indexOf(',');
        affiliations.push(...addSignatory(metadata, { name: cell.slice(0, comma).trim(), role: cell.slice(comma + 1).trim() }));
      } else if (supporters && /^\p{Lu}/u.test(cell) && cell.split(/\s+/u).length <= 6 && !/[\d@:]|https?:|www\./u.test(cell)) {
        // Under "Deze oproep wordt gesteund door:", every name is a supporting organisation ("Rode Kruis").
        affiliations.push(cell.replace(/[,;.]$/u, '').replace(/^(?:[Hh]et|[Dd]e)\s+(?=\p{Lu})/u, ''));
      } else if (line === lines[0] && cells.length === 1 && (cell.replace(/,$/u, '') === letterhead || isShortName(cell.replace(/,$/u, ''), letterhead))) {
        // The letterhead again under the closing, or named short ("Deltaplan Dementie" of "Vereniging Deltaplan Dementie"): the sender.
        affiliations.push(letterhead);
      } else if (titled && !(cells.length === 1 && previousPerson && !previousPerson.role && pending.includes(previousPerson))) {
        // A role printed under the names (as in columns of signatures) says more than the title.
        // Right under a name that has no role yet, "directeur Zorgbelang Voorbeeld" is that person's
        // role and organisation, not a second person titled "directeur" (the branch for roles below).
        pending.push({ name: titled.name, role: titled.role.toLowerCase() });
      } else if (roleAbove && roleWord.test(roleAbove[1] ?? '') && pending.length === 0) {
        rolesAbove.push(roleAbove[1] ?? '');
      } else if (roleWord.test(cell) || /^\p{Lu}\p{Ll}+\s*\/\s*\p{Ll}/u.test(cell)) {
        // A role alone on the line right under a name is that person's, though someone named
        // earlier (over an organisation, without a role) still waits for one.
        const underName = cells.length === 1 && previousPerson && !previousPerson.role && pending.includes(previousPerson) ? pending.splice(pending.indexOf(previousPerson), 1)[0] : undefined;
        const person = underName ?? pending.shift();
        if (person) affiliations.push(...addSignatory(metadata, { ...person, role: cell }, column(at)));
        if (person && cells.length === 1) personJustNow = metadata.signatories.at(-1);
        // Roles side by side under names side by side may have the organisations under them.
        if (person && cells.length > 1 && !metadata.signatories.at(-1)!.organisation) namedOnLine.push(metadata.signatories.at(-1)!);
      } else if (looksLikeName(cell.replace(/,$/u, '')) && rolesAbove.length > 0) {
        affiliations.push(...addSignatory(metadata, { name: cell.replace(/,$/u, ''), role: rolesAbove.shift() ?? '' }));
      } else if (looksLikeName(cell.replace(/,$/u, ''))) {
        const person: Signatory = { name: cell.replace(/,$/u, '') };
        pending.push(person);
        if (cells.length > 1) namedOnLine.push(person);
        else personJustNow = person;
      } else if (several.length > 1 && several.every(looksLikeName)) {
        // "Mehmet Yilmaz en Anja Bos": two people signing on one line; under "Sociaal Werk Nederland en
        // Divosa", each for the organisation named in their place.
        const paired = organisationsAbove.length === several.length;
        pending.push(...several.map((name, place) => (paired ? { name, organisation: organisationsAbove[place] } : { name })));
      } else if (isOrganisation(cell.replace(/,$/u, '')) || (line === lines[0] && (/^\p{Lu}\p{L}{2,},?$/u.test(cell) || namesOrganisations(cell.replace(/,$/u, ''))))) {
        // "Het Interprovinciaal Overleg," or "ActiZ" above the names: on whose behalf they sign;
        // so is a single name right under the closing ("Divosa"), or two named together ("Aedes en ActiZ").
        // "Het bestuur van de Vereniging …" signs for the association.
        const organisation = cell.replace(/,$/u, '').replace(governingBodyOf, '').replace(/^(?:[Hh]et|[Dd]e)\s+(?=\p{Lu})/u, '');
        const several = organisation.split(/,\s*|\s+en\s+/u);
        const each = namesOrganisations(organisation);
        affiliations.push(...(each ? several : [organisation]));
        if (cells.length === 1) organisationsJustNow = each ? several : [organisation];
        // "Mw. J. de Vries / Directeur-bestuurder / Landelijke Huisartsen Vereniging", "Marjan de Groot /
        // Landelijke Cliëntenraad": the organisation on the line right under a role whose words name
        // none, or under a name with no role, is the one the person signs for.
        if (previousPerson && !previousPerson.organisation && cells.length === 1) previousPerson.organisation = organisation;
      }
    }
    if (organisationColumns) columns = organisationColumns.map((name) => readableName(name.replace(governingBodyOf, '').replace(/^(?:[Hh]et|[Dd]e)\s+(?=\p{Lu})/u, '')));
  }
  for (const person of pending) affiliations.push(...addSignatory(metadata, person));
  // Those still waiting for a role when the signature ended were added last: list everyone as printed.
  const printedAt = (person: Signatory) => lines.findIndex((line) => line.includes(person.name));
  const signedHere = metadata.signatories.splice(signedBefore).map((person, at) => ({ person, at, line: printedAt(person) }));
  // Array sorting is stable: people on one line (columns of signatures) keep their order.
  metadata.signatories.push(...signedHere.sort((a, b) => a.line - b.line).map(({ person }) => person));
  if (signsFor) for (const person of metadata.signatories.slice(signedBefore)) person.organisation ??= signsFor;
  // "Namens de G4 en G40" names the senders; the signatories' own organisations ("wethouder
  // gemeente Utrecht", "voorzitter fysieke pijler G40") are then their affiliations, not senders.
  if (!named) for (const organisation of affiliations) addOrganisation(metadata, organisation, source);
  for (const organisation of alsoOnBehalfOf) addOrganisation(metadata, organisation, source);
}

/**
 * "Sociaal Werk Nederland en Divosa", "Aedes en ActiZ": organisations named together, each part the
 * name of one (not "Vereniging Zorg en Welzijn", whose "Welzijn" is a word).
 */
function namesOrganisations(text: string): boolean {
  const several = text.split(/,\s*|\s+en\s+/u);
  return several.length > 1 && several.every((name) => isOrganisation(name) || (/^\p{Lu}\p{L}{2,}$/u.test(name) && !isDutchWord(name.toLowerCase())));
}

/**
 * Records a signatory with the organisation their role names, else the one printed above the
 * signature in its column (`column`); returns every organisation the role names.
 */
function addSignatory(metadata: LetterMetadata, person: Signatory, column?: string): string[] {
  const organisations = person.role ? organisationsInRole(person.role) : [];
  // "w.g." and "(get.)" (was getekend) say the letter was signed, they are not part of the name.
  const organisation = organisations[0] ?? person.organisation ?? column;
  metadata.signatories.push({ ...person, name: person.name.replace(signedMark, ''), organisation: organisation && (bracketedAbbreviation.exec(organisation)?.[1] ?? organisation) });
  return organisations;
}

/**
 * "lid directieraad VNG", "voorzitter Sociale Pijler G40", "lid van het dagelijks bestuur van Aedes":
 * a body within the organisation; the organisation is whom the person signs for.
 */
const organOf = /^(?:(?:[Dd]e|[Hh]et)\s+)?(?:(?:[Dd]agelijks|[Aa]lgemeen)\s+[Bb]estuur|[Bb]estuur|[Dd]irectie(?:raad)?|[Rr]aad\s+van\s+(?:[Bb]estuur|[Tt]oezicht)|[Ll]edenraad|\p{L}+\s+[Pp]ijler)\s+(?:van\s+(?:de\s+|het\s+)?)?(?=\p{Lu})/u;

function organisationsInRole(role: string): string[] {
  // "burgemeester van Zuidhaven", "wethouder van Den Bosch": the mayor and aldermen speak for their municipality.
  const place = /^(?:[Bb]urgemeester|[Ww]ethouder)\s+van\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)$/u.exec(role.trim());
  if (place) return [`Gemeente ${place[1]}`];
  return role
    .split(/\s+en\s+(?=(?:algemeen\s+)?(?:voorzitter|directeur|bestuurder|wethouder|secretaris|lid)\b)/iu)
    .map((part) => part.replace(roleWord, '').replace(/^\s*\/\s*\p{Ll}+/u, '').replace(/^\s*(van|bij)\s+/iu, '').trim().replace(organOf, '').replace(portfolioBeforeBody, '').replace(fieldBeforeAbbreviation, ''))
    // "wethouder Jeugd, gemeente Amsterdam", "Voorzitter Raad van Bestuur, Humanitas": the portfolio or body, then the organisation.
    .map((part) => (part.includes(',') ? organisationAmongSegments(part.split(/,\s*/u)) ?? part : part))
    // "voorzitter Raad van Toezicht": a body of the sender, not an organisation of its own; nor is
    // the portfolio or department a person heads ("directeur Financiën", "wethouder Zorg en Welzijn").
    .filter((part) => /\p{Lu}/u.test(part) && !senderBody.test(part) && !portfolio.test(part));
}

/** Whether `name` is `full` without the word for its legal form ("Deltaplan Dementie" of "Vereniging Deltaplan Dementie"). */
function isShortName(name: string, full: string): boolean {
  return /^(vereniging|stichting|federatie|coöperatie)\s/iu.test(full) && full.slice(full.indexOf(' ') + 1) === name;
}

/**
 * The last segment that names an organisation; under an open letter "leraar groep 8, basisschool De
 * Regenboog, Rotterdam" ends on the place, one word after the organisation.
 */
function organisationAmongSegments(segments: string[]): string | undefined {
  const names = (segment: string) => !senderBody.test(segment) && !portfolio.test(segment) && (organisationWord.test(segment) || /^\p{Lu}/u.test(segment));
  const last = segments.findLastIndex(names);
  const place = segments.length >= 3 && last === segments.length - 1 && /^\p{Lu}[\p{Ll}-]+$/u.test(segments[last]!);
  const before = segments[last - 1];
  return place && before !== undefined && (names(before) || /\p{Lu}/u.test(before)) ? before : segments[last];
}

/** "directeur amateurvoetbal KNVB", "manager public affairs VNG": the field a person heads, in lower case, before the organisation's abbreviation. */
const fieldBeforeAbbreviation = /^(\p{Ll}+\s+){1,3}(?=\p{Lu}{2,}\b)/u;

const senderBody = /^(de\s+|het\s+)?(raad\s+van\s+(toezicht|bestuur|commissarissen)|bestuur|directie|ledenraad)$/iu;

const portfolioWords = String.raw`(financiën|financien|beleid|communicatie|bedrijfsvoering|strategie|public\s+affairs|belangenbehartiging|zorg|welzijn|wonen|jeugd|onderwijs|werk|inkomen|participatie|armoede|sociaal\s+domein|innovatie|kwaliteit|juridische\s+zaken|hr|personeel|operations|marketing|ledenservice|control|economie|sport|cultuur|duurzaamheid|mobiliteit|veiligheid|volkshuisvesting|ruimtelijke\s+ordening)`;
/** A portfolio or department ("Financiën", "Zorg en Welzijn", "Beleid & Strategie") rather than an organisation. */
const portfolio = new RegExp(String.raw`^${portfolioWords}(\s*(,|&|en)\s*${portfolioWords})*$`, 'iu');
/** "wethouder Financiën gemeente Leeuwarden", "gedeputeerde Wonen provincie Utrecht": the portfolio, then whom the person speaks for. */
const portfolioBeforeBody = new RegExp(String.raw`^${portfolioWords}(\s*(,|&|en)\s*${portfolioWords})*\s+(?=(gemeente|provincie|waterschap)\s+\p{Lu})`, 'iu');

/** "Position paper van de Vereniging Sociaal Werk Gemeenten voor het kabinet", "Position paper Zorgverzekeraars Nederland" → the organisation. */
function organisationInTitle(line: string): string | undefined {
  const words = /(?:\b(?:van|namens|door)|^(?:[Pp]osition\s*paper|[Ii]nbreng|[Nn]otitie|[Rr]eactie))\s+(?:de\s+|het\s+)?(\p{Lu}.*)$/u.exec(line)?.[1]?.split(/\s+/u) ?? [];
  const end = words.findIndex((word) => !/^\p{Lu}/u.test(word) && !/^(van|de|der|voor|en)$/u.test(word));
  const name = (end < 0 ? words : words.slice(0, end)).join(' ').replace(/(\s+(van|de|der|voor|en))+$/u, '');
  return name || undefined;
}

function readColophon(lines: string[], metadata: LetterMetadata, source: string): void {
  if (metadata.senders.length > 0) return;
  const head: string[] = [];
  for (const line of lines) {
    if (/\d|@|https?:|www\./u.test(line)) break;
    head.push(line);
  }
  const name = head.join(' ').trim();
  if (!name || !organisationWord.test(name)) return;
  addOrganisation(metadata, name, source);
}

/**
 * The names a text opens with: "Stichting LOS en Defence for Children, een aantal punten" →
 * Stichting LOS, Defence for Children. Capitalised words and the small words inside names; none
 * when the text opens with other words ("de veertien Twentse gemeenten").
 */
function namesAtStart(text: string): string[] {
  const names: string[] = [];
  let name: string[] = [];
  const close = () => {
    while (name.length && !/^\p{Lu}/u.test(name.at(-1) ?? '')) name.pop();
    if (name.length) names.push(name.join(' '));
    name = [];
  };
  for (const token of text.replace(/^(de|het)\s+(?=\p{Lu})/u, '').split(/\s+/u)) {
    const word = token.replace(/[,.;:)]+$/u, '');
    if (/^\p{Lu}/u.test(word)) name.push(word);
    else if (name.length && /^(van|de|der|voor|for|of|the|het)$/u.test(word)) name.push(word);
    else if (name.length && word === 'en') close();
    else break;
    if (word !== token) close();
    if (word !== token && !token.endsWith(',')) break;
  }
  close();
  // One word says too little ("namens Nederlandse gemeenten"), unless it is a name like "ActiZ"; a person is no sender.
  return names.filter((found) => (found.includes(' ') || isOrganisation(found)) && found.split(' ').length <= 6 && (isOrganisation(found) || !looksLikeName(found)));
}

/** "Sociaal Werk Nederland en Divosa": a line of nothing but names, one of them an organisation's. */
function closingOrganisations(line: string): string[] {
  const names = line.split(/,\s*|\s+en\s+/u);
  const capitalised = names.every((name) => name.split(/\s+/u).length <= 5 && /^\p{Lu}/u.test(name) && !/\d/u.test(name));
  return capitalised && names.length <= 6 && !/[.!?:;]$/u.test(line) && names.some(isOrganisationName) ? names : [];
}

/** "LANDELIJKE HUURDERSVERENIGING NEDERLAND" as it reads in text; abbreviations (GGD) stay. */
function readableName(name: string): string {
  const words = name.split(/\s+/u);
  if (words.length < 2 || /\p{Ll}/u.test(name)) return name;
  return words.map((word) => (/^(VAN|DE|DER|VOOR|EN|HET)$/u.test(word) ? word.toLowerCase() : word.length >= 5 ? word[0] + word.slice(1).toLowerCase() : word)).join(' ');
}

/** "De Raad van Bestuur van Zorggroep Noord", "Het bestuur van de VNG": a body of the sender, named with it. */
const governingBodyOf = /^([Dd]e\s+|[Hh]et\s+)?([Dd]agelijks\s+|[Aa]lgemeen\s+)?([Rr]aad\s+van\s+([Bb]estuur|[Tt]oezicht)|[Cc]ollege\s+van\s+[Bb]estuur|[Bb]estuur|[Dd]irectie)\s+van\s+((de|het)\s+)?(?=\p{Lu})/u;

/** "Branchevereniging Kleinschalige Zorg (BKZ)": a name with its abbreviation in brackets. */
const bracketedAbbreviation = /^(.+?)\s+\((\p{Lu}[\p{Lu}\d&-]{1,9})\)$/u;

/** The capitals that begin an organisation's words: "Vereniging Gehandicaptenzorg Nederland" → "VGN". */
function initialsOf(name: string): string {
  return name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
}

/** What an organisation is, said after its name: "G40 stedennetwerk", "Aedes vereniging van woningcorporaties". */
const kindOfOrganisation = /^(stedennetwerk|netwerk|vereniging|branchevereniging|platform|koepel|federatie|alliantie|coalitie)\b/u;

/** Whether `longer` is `name` with what kind of organisation it is after it: the same organisation. */
function namedWithItsKind(longer: string, name: string): boolean {
  const lower = longer.toLowerCase();
  const prefix = `${name.toLowerCase()} `;
  return lower.startsWith(prefix) && kindOfOrganisation.test(lower.slice(prefix.length));
}

function addOrganisation(metadata: LetterMetadata, name: string, source = ''): void {
  // "Branchevereniging Kleinschalige Zorg (BKZ)": the name, and the abbreviation it gives itself.
  const bracketed = bracketedAbbreviation.exec(name.trim().replace(/[.,]$/u, ''));
  const clean = readableName((bracketed?.[1] ?? name).trim().replace(/[.,]$/u, '').replace(governingBodyOf, ''));
  if (!clean || metadata.senders.some((sender) => sender.name.toLowerCase() === clean.toLowerCase() || namedWithItsKind(clean, sender.name))) return;
  // "G40 stedennetwerk" known, now "G40": one organisation, by its name alone.
  const described = metadata.senders.findIndex((sender) => namedWithItsKind(sender.name, clean));
  if (described >= 0) {
    metadata.senders[described] = { name: clean };
    return;
  }
  const initials = initialsOf(clean);
  const abbreviation = bracketed?.[2] ?? (initials.length >= 2 && new RegExp(`\\b${initials}\\b`, 'u').test(source) ? initials : undefined);
  metadata.senders.push(abbreviation ? { name: clean, abbreviation } : { name: clean });
}

declare module 'vfile' {
  interface DataMap {
    metadata: LetterMetadata;
  }
}
