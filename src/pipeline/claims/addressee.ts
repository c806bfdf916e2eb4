import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LetterAddressee } from '../metadata.ts';
import type { Actor } from './actors.ts';
import { actorByName, actors, firstActor, ministryInitials, ministryTitle, vocative } from './actors.ts';
import { lowerCaseInPlace } from './lowercase.ts';
import type { ClaimDraft } from './classify.ts';

export interface ClaimAddressee {
  /** Normalised actor name from the vocabulary. */
  name: string;
  /** How the letter names it. */
  label: string;
  /** Which rule decided, on which words. */
  rule: string;
  words?: string;
}

// Municipalities are mostly whom an ask is for ("Geef gemeenten ruimte …"); their association, asked by name, acts.
const external = actors.filter((actor) => actor !== actorByName('gemeenten'));

/** "Wat vragen wij van gemeenten?", "Onze oproep aan alle gemeenten", "Aan gemeenten:", "Van gemeenten:": a heading that asks the municipalities themselves. */
const asksMunicipalities = /\b(vragen|vraag|verwachten|verwacht|verzoeken|verzoek|oproep|oproepen|aanbevelingen|aanbeveling|adviezen|advies|wensen)\b[^.:]{0,30}\b(van|aan)\s+((de|alle|onze|het)\s+)?gemeenten\b|^(aan|van)\s+((de|alle)\s+)?gemeenten\b/iu;

/**
 * Whom a heading or lead-in may name as who must act: the municipalities only when it asks them
 * ("Wat vragen wij van gemeenten?"), as in letters of municipalities a heading that names them
 * ("Wat gemeenten doen") speaks of the senders.
 */
function amongAsked(text: string): Actor[] {
  return asksMunicipalities.test(text) ? actors : external;
}

/** Decides who must act on each ask: from the ask's own words, its list lead-in or section, else the letter's addressee. */
export function letterAddressees() {
  return (_tree: Root, file: VFile) => {
    const drafts = file.data.claimDrafts ?? [];
    const fallback = letterActor(file);
    const senders = (file.data.metadata?.senders ?? []).flatMap((sender) => [sender.name, sender.abbreviation ?? '']).filter((name) => name.length > 1);
    let previous: { draft: ClaimDraft; addressee: ClaimAddressee } | undefined;
    const result = new Map<ClaimDraft, ClaimAddressee>();
    for (const draft of drafts) {
      if (draft.type !== 'ask') continue;
      // A follow-up question, or a phrase that says more of the ask before it, asks the same actor.
      const follows = draft.evidence.find((cue) => cue.rule === 'ask-follow-up-question' || cue.rule === 'ask-continued');
      const inherited = follows && previous ? previous.addressee : undefined;
      const addressee = inherited ? { ...inherited, rule: follows?.rule === 'ask-continued' ? 'addressee-continued' : 'addressee-follow-up-question' } : addresseeOf(draft, fallback, senders);
      result.set(draft, addressee);
      previous = { draft, addressee };
    }
    file.data.addressees = result;
  };
}

// Also after the command's first words: "Zorg ervoor, minister, dat …".
const calledByName = new RegExp(String.raw`^${vocative}(?=\s*,)|^\S+(?:\s+\S+)?,\s+${vocative}(?=\s*,)`, 'u');

/** Whom the senders ask, advise or call on: "Wij vragen de leden van de commissie …", "Wij vragen VWS …". */
const askedPattern = new RegExp(
  String.raw`\b(?:vragen|verzoeken|vraagt|verzoekt|vraag|verzoek|adviseren|adviseert|adviseer|raden|ontraden|ontraadt)\s+(?:wij\s+|we\s+|ik\s+)?((?:de|het)\s+(?:\S+\s+){0,3}\S+|(?:${ministryInitials.toLowerCase()})\b|den\s+haag\b)` +
    String.raw`|\b(?:verzoek|oproep|vraag)\s+aan\s+((?:de|het|alle)\s+(?:\S+\s+)?\S+)|\b(?:willen|zouden)\s+((?:de|het)\s+(?:\S+\s+)?\S+)\s+(?:graag\s+)?(?:vragen|verzoeken|oproepen|aanmoedigen|uitdagen)\b|\b(?:moedigen|dagen)\s+(?:wij\s+|we\s+)?((?:de|het)\s+(?:\S+\s+)?\S+)\s+(?:aan|uit)\b` +
    // "Aan de onderhandelaars vragen wij …": the one asked put first.
    String.raw`|^(?:en\s+)?aan\s+((?:de|het|u|alle)\b(?:\s+\S+){0,3}?)\s+(?:vragen|verzoeken|vraag|verzoek)\s+(?:wij|we|ik)\b`,
  'u',
);

/** "Werkgevers roepen wij op om …", "De provincies vragen wij …": the one called on put first, before the verb and "wij". */
const calledOnFirst = /^(?:(?:ook|tot\s+slot|daarnaast|verder|en)\s+)?((?:(?:de|het|alle)\s+)?\S+(?:\s+\S+)?)\s+(?:roepen|vragen|verzoeken|adviseren)\s+(?:wij|we|ik)\b/u;

/** `senders`: the senders' names, which a lead-in or heading may name as the ones who propose ("Zorgverzekeraars Nederland doet drie voorstellen:"). */
export function addresseeOf(draft: ClaimDraft, fallback: ClaimAddressee, senders: string[] = []): ClaimAddressee {
  const text = draft.sentence.text;
  // The patterns run on the text in lower case; the words they found are the letter's own.
  const lower = lowerCaseInPlace(text);
  const said = (match: RegExpExecArray) => text.slice(match.index, match.index + match[0].length);
  const found = (rule: string, actor: Actor, words: string): ClaimAddressee => ({ name: actor.name, label: actor.label, rule, words });

  // "Wilt u de minister vragen …", "Zou u de minister willen vragen …", "Wilt u bij de minister aandringen op …", "Wij vragen u (de commissie, de leden van uw commissie) (om) de minister te verzoeken …", "Vraag de
  // staatssecretaris om …", "Bent u bereid de minister te vragen …", "… als u het kabinet vraagt
  // …", "Wij doen u de suggestie om de minister te vragen …", "Wij geven u in overweging de minister te
  // vragen …": the Kamer is asked to get someone else to act.
  const polite = /^(?:wilt|kunt|zou)\s+u\s+(?:bij\s+|aan\s+)?((?:de|het)\s+\S+)\s+(?:willen\s+)?(?:vragen|verzoeken|oproepen|aanspreken|(?:erop\s+)?aandringen)|\b(?:(?:wij|we)\s+(?:vragen|verzoeken)|(?:vragen|verzoeken)\s+(?:wij|we))\s+(?:u|uw\s+(?:commissie|kamer)|de\s+(?:vaste\s+)?commissie|de\s+(?:tweede\s+|eerste\s+)?kamer|de\s+(?:kamer)?leden(?:\s+van\s+(?:uw|de)\s+(?:vaste\s+)?commissie)?)(?:\s+voor\s+[^.;:]{1,60}?)?\s+(?:(?:daarom|dan\s+ook|ook|tevens|nogmaals|met\s+klem|dringend)\s+){0,2}(?:om\s+)?(?:bij\s+)?((?:de|het)\s+\S+)(?:\s+(?:van|voor)(?:\s+\S+){1,6}?)?\s+(?:te\s+)?(?:vragen|verzoeken|oproepen|op\s+te\s+roepen|aanspreken|op\s+te\s+dragen|opdragen|(?:erop\s+)?aan\s+te\s+dringen)|^(?:vraag|verzoek|roep)\s+((?:de|het)\s+\S+)\s+(?:om|te|op)\b|(?:^bent\s+u\s+bereid|\bals\s+u)\s+((?:de|het)\s+\S+)\s+(?:te\s+)?(?:vragen|verzoeken|vraagt|verzoekt)\b|\b(?:suggestie|oproep|verzoek|advies)\s+(?:aan\s+u\s+)?(?:is\s+)?om\s+((?:de|het)\s+\S+)\s+te\s+(?:vragen|verzoeken)\b|\bu\s+in\s+overweging\s+(?:om\s+)?((?:de|het)\s+\S+)\s+te\s+(?:vragen|verzoeken)\b/u.exec(lower);
  if (polite) {
    const actor = firstActor(polite[1] ?? polite[2] ?? polite[3] ?? polite[4] ?? polite[5] ?? polite[6] ?? '');
    if (actor) return found('addressee-asked-via-you', actor.actor, said(polite));
  }
  // "Minister, zorg voor …": the one the command calls by name.
  const called = calledByName.exec(lower);
  const calledActor = called ? firstActor(text.slice(0, called[0].length)) : undefined;
  if (called && calledActor) return found('addressee-called-by-name', calledActor.actor, said(called));
  // "Zorg als kabinet voor voldoende middelen": the command names whom it addresses.
  const addressedAs = draft.evidence.some((cue) => cue.rule === 'ask-imperative') ? /^\S+\s+als\s+((?:het|de)\s+)?\S+/u.exec(lower) : null;
  // "als rijk" goes without the article the actor's name has elsewhere ("het rijk").
  const addressedName = addressedAs?.[0].replace(/^\S+\s+als\s+/u, '') ?? '';
  const addressedActor = addressedAs ? (firstActor(addressedName) ?? firstActor(`het ${addressedName}`)) : undefined;
  if (addressedAs && addressedActor) return found('addressee-addressed-as', addressedActor.actor, said(addressedAs));
  // "Is het kabinet bereid …?": a question for the Kamer to put to the one it names.
  const willing = /^(?:is|zijn)\s+((?:de|het)\s+\S+)\s+bereid\b/u.exec(lower);
  if (willing) {
    const actor = firstActor(willing[1] ?? '', external);
    if (actor) return found('addressee-asked-if-willing', actor.actor, said(willing));
  }
  // "Het is van groot belang dat het kabinet …": the subject of what is needed must act.
  // "Wij pleiten ervoor dat de minister …", "Wij willen dat het kabinet …" too.
  // A list item that completes "Wij vragen u:" with "dat de minister …", "het kabinet te verzoeken …"
  // or "de minister van LVVN te vragen …".
  // "Wij rekenen erop dat het kabinet …", "Wij dringen erop aan dat de regering …", "Wij zouden het toejuichen als de minister …", "Graag zien wij dat de minister …"; "Wij zien een rol voor het Rijk",
  // "Het is aan het kabinet om …", "De bal ligt bij het kabinet", "Het kabinet is aan zet"; "Het kabinet zou er goed aan doen …".
  const needed =
    /(?:\b(?:belang|belangrijk|nodig|noodzakelijk|essentieel|cruciaal|ervoor|voor|er\s*op(?:\s+aan)?|eraan|hopen|willen|wil|verwachten|verwacht|tijd|ervan\s+uit|graag(?:\s+zien)?|graag\s+(?:zien|zouden)\s+(?:wij|we)(?:\s+zien)?|(?:goed|mooi|fijn|prettig)\s+zijn|wenselijk|toejuichen|waarderen)|^)\s*(?:dat|als|wanneer)\s+((?:de|het)\s+(?:\S+\s+)?\S+)|^((?:de|het)\s+\S+)(?:\s+(?:van|voor)(?:\s+\S+){1,5}?)?\s+te\s+(?:verzoeken|vragen)\b|^((?:de|het)\s+(?:\S+\s+)?\S+)\s+(?:zou|zouden|doet|doen)\s+er\s+(?:\S+\s+)?(?:goed|verstandig|wijs)\s+aan\b/u.exec(lower) ??
    (draft.evidence.some((cue) => cue.rule === 'ask-invite') ? /\b(?:rol|taak|verantwoordelijkheid)\s+(?:weggelegd\s+)?voor\s+((?:de|het)\s+(?:\S+\s+)?\S+)|\baan\s+((?:de|het)\s+(?:\S+\s+)?\S+)\s+om\b|\bligt\s+(?:nu\s+)?bij\s+((?:de|het)\s+(?:\S+\s+)?\S+)|^((?:de|het)\s+(?:\S+\s+)?\S+)\s+is\s+(?:nu\s+)?aan\s+zet\b/u.exec(lower) : null);
  if (needed) {
    const actor = firstActor(needed.slice(1).find(Boolean) ?? '', external);
    if (actor) return found('addressee-subject-of-need', actor.actor, said(needed));
  }
  // "Wij vragen het nieuwe kabinet om …", "Wij verzoeken de Kamer een motie …": whom the senders ask.
  // "Het verzoek aan de Kamer is om …" too.
  // "Wij willen het kabinet oproepen …", "Wij dagen het kabinet uit …": the one asked before the verb.
  // "Wij vragen de leden van de commissie …": up to five words, the actor first among them.
  const asked = askedPattern.exec(lower);
  if (asked) {
    const object = asked.slice(1).find(Boolean) ?? '';
    const actor = firstActor(object, external);
    // The words up to the actor: "vragen de leden van de commissie", not what follows it.
    if (actor) return found('addressee-asked', actor.actor, said(asked).slice(0, asked[0].lastIndexOf(object) + actor.index + actor.words.length));
  }
  const calledOn = calledOnFirst.exec(lower);
  const first = calledOn ? firstActor(calledOn[1]!, external) : undefined;
  if (calledOn && first) return found('addressee-asked', first.actor, said(calledOn));
  // "Wij vragen woningcorporaties en gemeenten …", "Wij vragen alle gemeenten …", "Wij vragen Gedeputeerde Staten …": others a letter
  // may ask, without an article, after "wij" ("Daarom vragen corporaties het kabinet …" is theirs).
  const askedByUs = /\b(?:wij|we|ik)\s+(?:vragen|verzoeken|vraag|verzoek|adviseren|adviseer|raden)\s+(?:(?:alle|de)\s+)?((?:woning)?corporaties|gemeenten|gemeenteraden|provincies|(?:gedeputeerde|provinciale)\s+staten|waterschappen|(?:zorg)?verzekeraars|werkgevers|politieke\s+partijen)\b/u.exec(lower);
  const askedActor = askedByUs ? firstActor(askedByUs[1] ?? '') : undefined;
  if (askedByUs && askedActor) return found('addressee-asked', askedActor.actor, said(askedByUs));
  // "Het kabinet wordt gevraagd …", "Van de minister wordt verwacht dat …": the one asked in the passive.
  const passive = draft.evidence.some((cue) => cue.rule === 'ask-passive') ? firstActor(text, external) : undefined;
  if (passive) return found('addressee-asked-passive', passive.actor, passive.words);
  // "Wij roepen de Rijksoverheid op …", "Wij dringen er bij de regering op aan …", "Wij drukken het kabinet op het hart …", "Wij doen een beroep op de Eerste Kamer …", "… op werkgevers …".
  const callUpon = /\broep(?:t|en)?\s+(?:ik\s+)?(.{0,60}?)\s+op\b|\b(?:dringen|dringt|dring)\s+(?:er\s+)?bij\s+(.{0,60}?)\s+(?:op\s+)?aan\b|\b(?:drukken|drukt|druk)\s+(.{0,60}?)\s+op\s+het\s+hart\b|\b(?:beroep|appèl|appel)\s+op\s+((?:(?:de|het)\s+)?(?:\S+\s+)?\S+)/u.exec(lower);
  if (callUpon) {
    // Whom the senders call upon acts, the municipalities too ("Wij roepen gemeenten op …").
    const actor = firstActor(callUpon[1] ?? callUpon[2] ?? callUpon[3] ?? callUpon[4] ?? '');
    if (actor) return found('addressee-called-upon', actor.actor, said(callUpon));
  }
  // "Wij vragen steun van de Kamer …", "Dat vraagt van het kabinet …", and said the other way round: "Van de Kamer vragen wij steun …".
  const from = /\b(nodig|vragen|verwachten|verwacht|vraag|vraagt|vergt|vereist)\s+(\S+\s+){0,3}?van\s+((de|het)\s+)?(.{0,60})|^van\s+(.{0,60}?)\s+(vragen|verwachten|vraag|verwacht)\s+(wij|we|ik)\b/u.exec(lower);
  if (from) {
    // The article stays with the actor's name: "het Rijk" names it, "Rijk" alone may not.
    const article = from[3] ?? '';
    const actor = firstActor(from[5] === undefined ? (from[6] ?? '') : article + from[5], external);
    if (actor && actor.index - article.length < 8) return found('addressee-needed-from', actor.actor, said(from));
  }
  const conditional = /^als\s+((de|het)\s+\S+)/u.exec(lower);
  if (conditional) {
    const actor = firstActor(conditional[1] ?? '');
    if (actor) return found('addressee-conditional-subject', actor.actor, said(conditional));
  }
  // "Er moet een minister komen": what must come is no actor; the letter's addressee is asked.
  // "Gemeenten dienen voldoende middelen te krijgen", "… moeten kunnen beschikken over voldoende
  // middelen": who receives is not who must give; nor is who
  // must be spared a burden ("Gemeenten die opvang bieden, moeten niet langer de lasten dragen"), nor
  // who must be acted on ("Gemeenten moeten worden gecompenseerd", "… in staat worden gesteld").
  // Who receives in a clause of its own is no subject of the demand: "Het kabinet moet ervoor
  // zorgen dat ouderen de toeslagen krijgen" asks the cabinet.
  if (draft.evidence.some((cue) => cue.rule === 'ask-modal') && !/^er\s+(moet|moeten|dient|dienen)\b/u.test(lower) && !/\b(moet|moeten|dient|dienen|zou|zouden)\s+((?!(dat|zodat|die|wat|waar|waarmee|omdat|als|wanneer)\b)\S+\s+){0,10}?(te\s+)?(krijgen|ontvangen|beschikken\s+over|rekenen\s+op)\b|\b(moet|moeten|dient|dienen)\s+niet\s+(langer|meer)\s+(\S+\s+){0,3}?(lasten|kosten|rekening|dupe)\b|\b(moet|moeten|dient|dienen)\s+((?!(dat|zodat|die|wat|waar|waarmee|omdat|als|wanneer)\b)\S+\s+){0,8}?(te\s+)?worden\b/u.test(lower)) {
    // "Alle gemeenten dienen …", "Hiervoor moet het rijk …": the subject of the demand must act.
    // "De minister voor Volkshuisvesting en Ruimtelijke Ordening moet …": the role, without its ministry's name.
    const subject = lower.includes('minist') || lower.includes('staatssecret') ? text.replace(ministryTitle, '$1') : text;
    // "U schrijft dat gemeenten … moeten …, maar het Rijk moet …": the demand after the contrast is the senders' own.
    const lowerSubject = lowerCaseInPlace(subject);
    const contrast = /,\s+(maar|echter)\s/u.exec(lowerSubject)?.index ?? -1;
    const modals = [...lowerSubject.matchAll(/\b(moet|moeten|dient|dienen|zouden|zou)\b/gu)];
    const modal = modals.find((match) => match.index > contrast) ?? modals[0];
    if (modal) {
      const window = subject.slice(Math.max(0, modal.index - 40), modal.index + modal[0].length + 20);
      const actor = firstActor(window);
      if (actor) return found('addressee-subject-of-demand', actor.actor, actor.words);
    }
  }
  // "u" is whom the letter addresses, whatever the section is about ("Wij hopen dat u …", "Wij
  // zouden het waarderen als u …", "Wilt u …").
  if (/\b(wij\s+vragen|vragen\s+wij|ik\s+vraag|vraag\s+ik|ik\s+verzoek|verzoek\s+ik|roepen|roep)\s+u\b|\b(hopen|hoop|vragen|verzoeken|rekenen\s+er\s*op|reken\s+er\s*op)\s+dat\s+u\b|\bhebben\b.{0,20}\bu\b.{0,10}\bnodig\b|\bop\s+u\b|\bbij\s+u\s+op\s+aan\b|\b(als|indien|wanneer)\s+u\b|^(wilt|kunt|zou|zoudt)\s+u\b/u.test(lower)) return { ...fallback, rule: 'addressee-you' };
  // "Wat moet er gebeuren? • Het Rijk stelt een landelijk kader vast": an item that completes its
  // lead-in with a subject of its own names who must act (not the municipalities, mostly whom an item is for).
  // A sentence of its own, not the rest of the lead-in's ("• de provincies een rol te geven;",
  // "• een minister die …": whom the ask is for).
  const ownSentence = /^\p{Lu}/u.test(text) && !/\bte\s+\p{L}+en\b|^\S+(\s+\S+)?\s+(die|dat)\b/u.test(lower);
  const itemSubject = ownSentence && draft.evidence.some((cue) => cue.rule === 'ask-list-item') ? firstActor(text.split(/\s+/u, 3).join(' '), external) : undefined;
  if (itemSubject && itemSubject.index <= 4) return found('addressee-item-subject', itemSubject.actor, itemSubject.words);
  // A table's row that names who must act ("Wie": "Kabinet").
  const row = draft.sentence.rowActor ? firstActor(draft.sentence.rowActor, external) : undefined;
  if (row) return found('addressee-table-row', row.actor, draft.sentence.rowActor ?? '');
  const leadIn = draft.sentence.leadIn ? firstActor(withoutNames(withoutBeneficiaries(draft.sentence.leadIn), senders), amongAsked(draft.sentence.leadIn)) : undefined;
  if (leadIn) return found('addressee-list-lead-in', leadIn.actor, draft.sentence.leadIn ?? '');
  const section = draft.sentence.section ? firstActor(withoutNames(withoutBeneficiaries(draft.sentence.section), senders), amongAsked(draft.sentence.section)) : undefined;
  if (section) return found('addressee-section', section.actor, draft.sentence.section ?? '');
  return fallback;
}

/**
 * "Verlaag de lasten voor corporaties", "Ruimte voor gemeenten": a heading or lead-in names whom
 * its asks are for, not who must act; "Een rol voor het Rijk", "Onze vragen voor het kabinet" do
 * name who must act. Blanked out, so the positions of what is left stay.
 */
function withoutBeneficiaries(text: string): string {
  return text.replace(/(?<!\b(?:rol|taak|opdracht|verantwoordelijkheid|oproep|oproepen|vragen|vraag|boodschap|aanbevelingen|agenda|wensen|verzoek|verzoeken|brief)\s)\bvoor\s+(?:(?:de|het|alle|onze)\s+)?(?:\p{L}+e\s+)?\S+/giu, (words) => ' '.repeat(words.length));
}

/** The senders' own names blanked out, so the positions of what is left stay: they propose, they are not asked. */
function withoutNames(text: string, names: string[]): string {
  return names.reduce((blanked, name) => blanked.replaceAll(name, ' '.repeat(name.length)), text);
}

/** Who the letter is addressed to, as an actor; else the external actor it names most. */
function letterActor(file: VFile): ClaimAddressee {
  const addressees = file.data.metadata?.addressees ?? [];
  // "T.a.v. de griffier van de vaste commissie voor VWS" alone addresses the committee too.
  // An address that names no one we know ("Aan: secretariaat@platform31.nl") gives way to the greeting.
  const actorOf = (addressee: LetterAddressee | undefined) => (addressee ? (actorByName(addressee.actor) ?? firstActor(addressee.text)?.actor) : undefined);
  const inOrder = (['to', 'salutation', 't.a.v.'] as const).map((role) => addressees.find((addressee) => addressee.role === role));
  const primary = inOrder.find((addressee) => actorOf(addressee)) ?? inOrder.find(Boolean);
  const named = actorOf(primary);
  if (named) return { name: named.name, label: primary?.text ?? named.label, rule: 'addressee-letter' };
  // A reaction to a consultation answers the ministry that holds it, whatever else it names.
  const metadata = file.data.metadata;
  if (!primary && /\b(internet)?consultatie\b/iu.test(`${metadata?.title ?? ''} ${metadata?.subtitle ?? ''} ${metadata?.fields.onderwerp ?? ''}`)) return { name: 'minister', label: 'minister', rule: 'addressee-consultation' };
  const counts = new Map<Actor, number>();
  const text = lowerCaseInPlace((file.data.sentences ?? []).map((sentence) => sentence.text).join(' '));
  // The senders' own association ("Reactie VNG op …") is not whom they write to.
  const senders = lowerCaseInPlace((file.data.metadata?.senders ?? []).map((sender) => `${sender.name} ${sender.abbreviation ?? ''}`).join(' '));
  for (const actor of external) if (!actor.pattern.test(senders)) counts.set(actor, [...text.matchAll(new RegExp(actor.pattern.source, 'gu'))].length);
  const most = [...counts].sort((a, b) => b[1] - a[1])[0];
  const actor = most && most[1] > 0 ? most[0] : actorByName('rijk')!;
  return { name: actor.name, label: actor.label, rule: 'addressee-most-named' };
}

/** vfile exports its own `Map` type, which would shadow the global one inside the augmentation. */
export type AddresseesByClaim = Map<ClaimDraft, ClaimAddressee>;

declare module 'vfile' {
  interface DataMap {
    addressees: AddresseesByClaim;
  }
}
