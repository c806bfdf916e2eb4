import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { numberedLabel, sectionNumber } from '../item-label.ts';
import { matchesOf } from '../matches.ts';
import type { Sentence } from '../sentences.ts';
import type { Evidence } from './cues.ts';
import { vocative } from './actors.ts';
import { cueSubject, forCueSubject } from './cue-subject.ts';
import { addressedActor, askCues, askExceptions, demandOnAddressee, problemCues, problemDampers } from './cues.ts';
import { hintScanner } from './hints.ts';
import { imperativeAt, isSeeToIt, isThirdPerson } from './imperative.ts';
import { lowerCaseInPlace } from './lowercase.ts';
import { isBareNounPhrase } from './noun-phrase.ts';

export type ClaimType = 'ask' | 'problem';

export interface ClaimDraft {
  type: ClaimType;
  sentence: Sentence;
  evidence: Evidence[];
  confidence: number;
}

/** Dampers that speak of the senders (what they do, aim at or welcome): before ", maar" they leave the problem after it. */
const dampsOnlyItsOwnClause = new Set(['own-action', 'own-remedy', 'remedy-goal', 'welcomed']);

/** Exceptions that say what others must do now (forced, as a habit, as a routine): a demand on the addressee they leave alone. */
const describesOthers = new Set(['forced', 'habitual', 'routine-duty']);

/** A problem needs this much weight of cues; an ask that also states a serious problem yields both. */
const problemThreshold = 2;
const problemBesideAsk = 4;

/** Each pattern with the global flag, compiled once. */
const globalPatterns = new WeakMap<RegExp, RegExp>();

/** The spans of every match of a pattern in a text. */
function spans(pattern: RegExp, text: string): Array<[number, number]> {
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  return matchesOf(global, text).map((match) => [match.index, match.index + match[0].length]);
}

/** The letter's own words where a cue matched its lower-case text. */
const matchedWords = (text: string, match: RegExpExecArray) => text.slice(match.index, match.index + match[0].length);

/** Whether every match of `cue` overlaps a match of `exception`. */
function everyMatchWithin(cue: RegExp, exception: RegExp, text: string): boolean {
  const excepted = spans(exception, text);
  return spans(cue, text).every(([start, end]) => excepted.some(([from, to]) => start < to && from < end));
}

// Every pattern with hints, the exceptions and dampers too, is tried only where its hints are.
const hints = hintScanner<{ hints?: string[] }>([...askCues, ...problemCues, ...askExceptions, ...problemDampers]);

/**
 * The patterns matched against a sentence's lower-case text, each list of cues with the place of
 * its cues among the hints' flags, for the text as it is (`patternFor` leaves the patterns as they
 * are) or for the cue subject (`forCueSubject`).
 */
function cueSet(patternFor: (pattern: RegExp) => RegExp) {
  const withHints = <T extends { pattern: RegExp; hints?: string[] }>(cues: readonly T[]) => cues.map((cue) => ({ cue, pattern: patternFor(cue.pattern), position: hints.positionOf(cue) }));
  /** Each ask rule's cues: a rule may have several (a wording of its own, with hints of its own). */
  const cuesByRule = new Map<string, RegExp[]>();
  for (const cue of askCues) cuesByRule.set(cue.rule, [...(cuesByRule.get(cue.rule) ?? []), patternFor(cue.pattern)]);
  return {
    askCues: withHints(askCues),
    problemCues: withHints(problemCues),
    askExceptions: withHints(askExceptions),
    problemDampers: withHints(problemDampers),
    cuesByRule,
    demandOnAddressee: patternFor(demandOnAddressee),
    ownAction: patternFor(ownAction),
    purposeClause: patternFor(purposeClause),
    preventedClause: patternFor(preventedClause),
    goalOutOfReach: patternFor(goalOutOfReach),
    indignantQuestion: patternFor(indignantQuestion),
    desiredState: patternFor(desiredState),
  };
}

/** Classifies every sentence as ask, problem, both or neither, keeping the evidence. */
export function letterClaims() {
  return (_tree: Root, file: VFile) => {
    const drafts: ClaimDraft[] = [];
    const sentences = file.data.sentences ?? [];
    let asked: Sentence | undefined;
    sentences.forEach((sentence, index) => {
      const previous = sentences[index - 1];
      const followsAsk = previous !== undefined && previous === asked && previous.block.index === sentence.block.index;
      const found = classifySentence(sentence, { followsQuestion: followsAsk && previous.text.endsWith('?'), followsAsk });
      drafts.push(...found);
      // A phrase that says more of an ask goes on from that ask only, not from another such phrase.
      asked = found.some((draft) => draft.type === 'ask' && !draft.evidence.some((cue) => cue.rule === 'ask-continued')) ? sentence : undefined;
    });
    file.data.claimDrafts = drafts;
  };
}

/** "1 Verhoog het gemeentefonds.": a command numbered without its full stop, as text copied from a PDF may have it. */
function numberedCommand(text: string): ReturnType<typeof imperativeAt> {
  const number = /^\d{1,2}\s+(?=\p{Lu})/u.exec(text);
  return number ? imperativeAt(text.slice(number[0].length)) : undefined;
}

/** "Het programma loopt in 2026 af; zet het structureel voort.": a command after the last semicolon. */
function imperativeAfterSemicolon(text: string): ReturnType<typeof imperativeAt> {
  const at = text.lastIndexOf('; ');
  if (at < 0) return undefined;
  const clause = text.slice(at + 2);
  return /\s\S+\s/u.test(clause) ? imperativeAt(clause.charAt(0).toUpperCase() + clause.slice(1)) : undefined;
}

/**
 * "Verminder de regeldruk: zorgverleners besteden nu een derde van hun tijd aan administratie.":
 * the words before the colon are no label but the command, and what follows says why.
 */
function commandingLabel(text: string, unlabelled: string): ReturnType<typeof imperativeAt> {
  if (unlabelled === text) return undefined;
  const label = text.slice(0, text.length - unlabelled.length);
  // Words before a colon mostly name what follows ("Voorbeeld:", "Doel van deze brief:", "Kort
  // samengevat:", "Slecht nieuws:"); a command there has its object or a preposition next.
  return commandObject.test(label) && label.trimEnd().endsWith(':') ? imperativeAt(label) : undefined;
}

/** "Bouw door!", "Investeer structureel" as a heading: a command of two words, not a subject and its verb ("Sport verbindt"). */
function isTwoWordCommand(text: string): boolean {
  const words = text.trim().toLowerCase().replace(/[.!]+$/u, '').split(/\s+/u);
  return words.length === 2 && !/[?:]$/u.test(text) && !isThirdPerson(words[1]!) && imperativeAt(text) !== undefined;
}

/**
 * `followsQuestion`: the sentence before, in the same block, asked a question of the addressee;
 * `followsAsk`: it asked anything.
 */
export function classifySentence(sentence: Sentence, { followsQuestion = false, followsAsk = false } = {}): ClaimDraft[] {
  // "2.1 Vraag de minister om …": a paragraph numbered as a section says what follows its number.
  const text = sectionNumber.test(sentence.text) ? sentence.text.replace(sectionNumber, '') : sentence.text;
  // Fewer than three words (at most one run of white space: cheaper than splitting every sentence)
  // claim nothing, unless they command: "Bouw door!", "Investeer structureel".
  if (!/\s\S+\s/u.test(text) && !isTwoWordCommand(text)) return [];
  // A lead-in announcing a list asks nothing itself, unless it is an item that commands ("1. Zorg voor
  // voldoende middelen voor gemeenten:" over items that say how).
  const announcesList = text.endsWith(':');
  if (announcesList && sentence.block.kind !== 'listItem') return [];
  const context = sentence.section ? [{ rule: 'section', words: sentence.section }] : [];
  const leadIn = sentence.leadIn ? [{ rule: 'list-lead-in', words: sentence.leadIn }] : [];

  // "Kortom: investeer in preventie", "Aanbeveling 1: Investeer …": the command after the label.
  // Labels end in a colon, comma or dash within their first few words: most sentences have none.
  const colon = text.indexOf(':');
  const unlabelled = colon > 0 && colon < 50 ? text.replace(colonLabel, '') : labelEnd.test(text.slice(0, 40)) ? text.replace(itemLabel, '') : text;
  // "En schrap de kostendelersnorm", "Maar zorg dat …": a command joined on to the one before.
  const unjoined = unlabelled.replace(joinedCommand, '');
  // An item goes on from its lead-in in lower case ("Wat zou helpen: • schrap de dubbele indicatie"): its command too.
  const command = unjoined === text && !(sentence.block.kind === 'listItem' && sentence.block.sentence === 0) ? text : unjoined.charAt(0).toUpperCase() + unjoined.slice(1);
  const imperative = isSeeToIt(command) ? { verb: 'Zie … toe', infinitive: 'toezien' } : (imperativeAt(command) ?? numberedCommand(command) ?? imperativeAfterSemicolon(text) ?? commandingLabel(text, unlabelled));
  if (announcesList) return imperative ? [{ type: 'ask', sentence, evidence: [{ rule: 'ask-imperative', words: `${imperative.verb} (${imperative.infinitive})` }, ...leadIn, ...context], confidence: 0.9 }] : [];
  // A heading, or the label that opens a list item ("• Investeer in buurthuizen. Structurele
  // middelen voor …"), asks only as a command.
  if (sentence.block.kind === 'heading' || sentence.label) {
    return imperative ? [{ type: 'ask', sentence, evidence: [{ rule: 'ask-imperative-heading', words: imperative.verb }], confidence: 0.85 }] : [];
  }

  const asks: Evidence[] = [];
  let strength = 0;
  // The cues match the subject, with the patterns made for it; a text that has no subject, the text itself.
  const lowered = lowerCaseInPlace(text);
  const subject = cueSubject(lowered);
  const lowercase = subject ?? lowered;
  const cues = subject === undefined ? cueSets.original : cueSets.oneByte;
  // "Wij stellen de formateur voor om: • de middelen te indexeren; • …", "Onze aanbevelingen
  // • Een Deltafonds …": each item completes the request with its first sentence; what follows in
  // the item explains it, unless it is a bare noun phrase right after an ask that completes the
  // request again ("• Investeer in woningen. Structurele investeringen in nieuwbouw.").
  const completesLeadIn = () => (sentence.block.sentence === 0 ? !(/^\p{Lu}/u.test(text) && cues.ownAction.test(lowercase)) : followsAsk && isBareNounPhrase(text));
  if (sentence.leadIn && sentence.block.kind === 'listItem' && completesLeadIn() && leadInAsks(sentence.leadIn)) {
    asks.push({ rule: 'ask-list-item', words: sentence.leadIn });
    strength = 0.8;
  }
  if (imperative) {
    asks.push({ rule: 'ask-imperative', words: `${imperative.verb} (${imperative.infinitive})` });
    strength = 0.9;
  }
  // Hints of several words ("wilt u") need single spaces; justified text may have more.
  const possible = hints.scan(/\s\s/u.test(lowercase) ? lowercase.replace(/\s+/gu, ' ') : lowercase);
  // Indexed loops, not `for … of`: in a function this large V8 does not optimise the iterator away,
  // and the cue loops then made two objects per cue and sentence (8.7 KB a sentence, most of what
  // classifying allocated).
  for (let index = 0; index < cues.askCues.length; index++) {
    const { cue, pattern, position } = cues.askCues[index]!;
    if (possible[position] !== 1) continue;
    const match = pattern.exec(lowercase);
    if (!match) continue;
    asks.push({ rule: cue.rule, words: matchedWords(text, match) });
    strength = Math.max(strength, cue.strength);
  }
  // What the addressee must do ("De staatssecretaris moet … schrappen") is no harm others are forced into.
  const onAddressee = lowercase.includes('moet') || lowercase.includes('dien') ? cues.demandOnAddressee.test(lowercase) : false;
  for (let index = 0; asks.length && index < cues.askExceptions.length; index++) {
    const { cue: exception, pattern: excepted, position } = cues.askExceptions[index]!;
    if (possible[position] !== 1 || (onAddressee && describesOthers.has(exception.rule))) continue;
    if (!excepted.test(lowercase)) continue;
    const before = asks.length;
    const cancelled = (rule: string) => exception.cancels.includes(rule) && (!exception.local || cues.cuesByRule.get(rule)!.every((pattern) => everyMatchWithin(pattern, excepted, lowercase)));
    for (let i = asks.length - 1; i >= 0; i--) if (cancelled(asks[i]!.rule)) asks.splice(i, 1);
    if (asks.length < before) strength = asks.length ? strength : 0;
  }
  const question = text.endsWith('?');
  if (question) {
    if (followsQuestion && !asks.some((cue) => cue.rule === 'ask-polite-question')) {
      asks.splice(0, asks.length, { rule: 'ask-follow-up-question', words: text.split(/\s+/u).slice(0, 3).join(' ') });
      strength = 0.8;
    } else if (sentence.section && questionsSection.test(sentence.section)) {
      // Under "Vragen aan de minister" every question is one the Kamer is asked to put.
      asks.splice(0, asks.length, { rule: 'ask-question-to-put', words: sentence.section });
      strength = 0.8;
    } else if (!asks.some((cue) => cue.rule === 'ask-polite-question' || (cue.rule === 'ask-list-item' && questionsToPut.test(sentence.leadIn ?? '')))) {
      // Rhetorical questions ask nothing of anyone; the questions a list's lead-in asks the Kamer
      // to put to the minister ("… de minister de volgende vragen te stellen: • Hoe …?") do.
      asks.splice(0, asks.length);
    }
  }

  let score = 0;
  const problems: Evidence[] = [];
  // "…, zodat signalen dat inwoners in de knel komen niet gemist worden": a problem named in a
  // purpose clause that negates it is what is to be prevented, not a state of affairs.
  const purpose = cues.purposeClause.exec(lowercase);
  // "Om te voorkomen dat de problemen onbeheersbaar worden en … wordt uitgehold, moet …": what an
  // opening clause is to prevent is no state of affairs, however many harms it names.
  const prevented = lowercase.startsWith('om ') || lowercase.startsWith('voorkom') ? cues.preventedClause.exec(lowercase) : null;
  // "Gemeenten zetten alles op alles …, maar de basis is niet op orde": what the senders do comes
  // before the contrast, the problem after it.
  const contrast = text.includes('maar') ? /,\s+maar\s/u.exec(text) : null;
  let scoreAfterContrast = 0;
  for (let index = 0; index < cues.problemCues.length; index++) {
    const { cue, pattern, position } = cues.problemCues[index]!;
    if (possible[position] !== 1 || (onAddressee && cue.rule === 'problem-forced')) continue;
    const match = pattern.exec(lowercase);
    if (!match || (purpose && match.index > purpose.index) || (prevented && match.index < prevented[0].length)) continue;
    problems.push({ rule: cue.rule, words: matchedWords(text, match), weight: cue.strength });
    score += cue.strength;
    if (contrast && match.index > contrast.index) scoreAfterContrast += cue.strength;
  }
  // "Wij zien de volgende knelpunten: • ambulances komen steeds vaker te laat": the lead-in names
  // its items problems, and what others must do there ("moeten patiënten doorsturen") is the harm.
  if (sentence.block.kind === 'listItem' && (problemLeadIn.test(sentence.leadIn ?? '') || (sentence.inTable && problemColumn.test(sentence.leadIn ?? '')))) {
    // The senders call the items problems themselves: that is enough, unless a remedy damps it.
    problems.push({ rule: 'problem-list-item', words: sentence.leadIn ?? '', weight: problemThreshold });
    score += problemThreshold;
    for (let i = asks.length - 1; i >= 0; i--) if (asks[i]!.rule === 'ask-modal') asks.splice(i, 1);
  } else if (sentence.block.kind === 'listItem' && sentence.block.sentence === 0 && score < problemThreshold && sentence.leadIn && leadInStatesProblem(sentence.leadIn)) {
    problems.push({ rule: 'problem-list-consequence', words: sentence.leadIn, weight: problemThreshold });
    score += problemThreshold;
  }
  if (score > 0) {
    // "Gemeenten hebben onvoldoende middelen om de achterstand in te lopen": a goal out of reach is the problem.
    const outOfReach = lowercase.includes(' om ') ? cues.goalOutOfReach.exec(lowercase) : null;
    for (let index = 0; index < cues.problemDampers.length; index++) {
      const { cue: damper, pattern, position } = cues.problemDampers[index]!;
      if (possible[position] !== 1) continue;
      const match = pattern.exec(lowercase);
      if (!match) continue;
      if (damper.rule === 'remedy-goal' && outOfReach && match.index > outOfReach.index) continue;
      if (dampsOnlyItsOwnClause.has(damper.rule) && contrast && match.index < contrast.index && scoreAfterContrast >= problemThreshold) continue;
      problems.push({ rule: damper.rule, words: matchedWords(text, match), weight: damper.strength });
      score += damper.strength;
    }
  }
  // "Hoe kan het dat een op de twaalf kinderen in armoede opgroeit?", "Het kan toch niet zo zijn dat een kind drie
  // jaar op een plek moet wachten?", "Is het acceptabel dat …?", "Waarom moeten gemeenten opdraaien voor …?":
  // indignation, put as a question, states the problem.
  if (question && !cues.indignantQuestion.test(lowercase)) score = 0;

  // An item that states a problem ("Wij vragen uw aandacht voor: • de wachtlijsten groeien") is not
  // made an ask by its lead-in alone.
  // One that goes on from it with an infinitive ("• de bezuiniging op de jeugdzorg te schrappen;") asks, whatever it names;
  // so does a bare noun phrase under a lead-in that names remedies ("Oplossingen: • Een landelijk
  // overzicht van actuele wachttijden."): it names a remedy, it states nothing. Under "Wij vragen uw
  // aandacht voor:" a noun phrase ("de wachtlijsten in de jeugdzorg;") names a problem.
  const namesRemedy = () => remedyLeadIn.test(sentence.leadIn ?? '') && isBareNounPhrase(text);
  // "• bij de Voorjaarsnota te zorgen voor compensatie van de gestegen energiekosten;": the infinitive near its start goes on from the lead-in too;
  // so does one with "laten" at its end ("• de bezuiniging niet door te laten gaan;").
  const goesOnWithInfinitive = () => /\bte\s+\p{L}+en(\s+\p{L}+n)?[.;,]?$/u.test(text) || /^\p{Ll}\S*\s+(\S+\s+){0,4}?te\s+\p{L}+en\b/u.test(text);
  if (asks.length === 1 && asks[0]!.rule === 'ask-list-item' && score >= problemThreshold && !goesOnWithInfinitive() && !namesRemedy()) asks.length = 0;
  // "Er is ruimte nodig om samenwerking te versterken over wetten en domeinen heen. Duurzaam en
  // samenhangend, met zo min mogelijk tijdelijke maatregelen.": a phrase without any verb right
  // after an ask in the same paragraph, stating no problem nor pointing elsewhere ("Zie ook …"),
  // says more of what is asked; a short remark ("Een goede zaak voor iedereen.") only comments on it.
  if (!asks.length && !imperative && score < problemThreshold && followsAsk && sentence.block.kind === 'paragraph' && !/^(zie|lees|bekijk|raadpleeg)\s/iu.test(text) && /\.$/u.test(text) && text.split(/\s+/u).length >= 6 && isBareNounPhrase(text, { wholeSentence: true })) {
    asks.push({ rule: 'ask-continued', words: text.split(/\s+/u).slice(0, 3).join(' ') });
    strength = 0.7;
  }
  // "Samenvatting • Structurele financiering voor de jeugdzorg • Minder regels en meer ruimte voor
  // maatwerk": a summary's items that name, in a noun phrase, what should be are its asks in short.
  if (!asks.length && score < problemThreshold && sentence.block.kind === 'listItem' && sentence.block.sentence === 0 && summaryHeading.test(sentence.leadIn ?? '') && cues.desiredState.test(lowercase) && isBareNounPhrase(text)) {
    asks.push({ rule: 'ask-summary-item', words: sentence.leadIn ?? '' });
    strength = 0.6;
  }
  const drafts: ClaimDraft[] = [];
  if (asks.length) drafts.push({ type: 'ask', sentence, evidence: [...asks, ...leadIn, ...context], confidence: round(strength) });
  if (score >= (asks.length ? problemBesideAsk : problemThreshold)) {
    drafts.push({ type: 'problem', sentence, evidence: [...problems, ...context], confidence: round(Math.min(0.95, 0.4 + 0.1 * score)) });
  }
  return drafts;
}

/** A summary above the letter's text: "Samenvatting", "In het kort:", "Kernboodschappen". */
const summaryHeading = /^(samenvatting|samengevat|kort\s+samengevat|in\s+het\s+kort|in\s+een\s+notendop|kernboodschap(pen)?|onze\s+(kern)?boodschap(pen)?|(onze\s+)?hoofdpunten|de\s+kern)\s*:?$/iu;
/** Words that say what should be: "structurele financiering", "minder regels", "een gemeentefonds dat meegroeit". */
const desiredState = /\b(structurele?|voldoende|meer|minder|eerlijke?|betere?|extra|stabiele?|voorspelbare?|duurzame?|passende?|snellere?|eenvoudigere?|ruimere?|reële?|volledige?|langjarige?|meerjarige?)\b|\bmee(groeit|groeien|beweegt|bewegen)\b/u;

// "Wij zien de volgende knelpunten:", or a heading right above the list ("Wat er mis gaat", "Knelpunten", "Wat gaat er mis:").
const problemLeadIn = /\b(knelpunten|problemen|pijnpunten|zorgpunten|tekortkomingen|bezwaren|bezwaarpunten|kritiekpunten|risico's|risico’s)\b[^.!?]*:$|^((onze|de|enkele|twee|drie|vier|een\s+aantal)\s+)?((grootste|belangrijkste|voornaamste)\s+)?zorgen(\s+(zijn|betreffen|over)\b[^.!?]*)?:$|\b(maken|maakt)\s+(ons|zich)\s+(\S+\s+)?zorgen\b[^.!?]*:$|^[^.:!?]*\b(knelpunten|problemen|pijnpunten|zorgpunten|tekortkomingen|bezwaren|bezwaarpunten|kritiekpunten|knelt|wringt|schuurt|mis\s*gaat|fout\s+gaat)$|^(wat|waar)\s+(gaat\s+(er|het)|loopt\s+(er|het))\s+(\S+\s+){0,3}?(mis|fout|vast)\s*[:?]?$/iu;
/** A table's column of problems ("Knelpunt", "Het probleem", "Wat gaat er mis"): a heading in the singular names a column, not a list. */
const problemColumn = /^((het|de)\s+)?(knelpunt|probleem|pijnpunt|situatie\s+nu|huidige\s+situatie)$|^[^.:!?]*\b(gaat\s+(er\s+)?(mis|fout)|mis\s*gaat|knelt|wringt)$/iu;
const remedyLeadIn = /\b(oplossingen|oplossingsrichtingen|voorstellen|aanbevelingen|maatregelen|wensen|verzoeken|eisen|adviezen|actiepunten)\b/iu;
const indignantQuestion = /^hoe\s+kan\s+het\s+(toch\s+)?(dat|zo\s+zijn\s+dat)\b|^(het|dat)\s+kan\s+(toch\s+)?niet\s+(zo\s+)?(zijn|de\s+bedoeling\s+zijn)\s+dat\b|^is\s+het\s+(nog\s+)?(acceptabel|normaal|redelijk|rechtvaardig|uit\s+te\s+leggen|te\s+verantwoorden)\s+dat\b|^waarom\s+(moeten|moet)\s+/u;
/** "…, zodat signalen dat inwoners in de knel komen niet gemist worden": a purpose clause that negates what follows. */
const purposeClause = /\bzodat\b(?=[^.;]*\b(niet|geen)\b)/u;
/** "Om te voorkomen dat … , moet …": an opening clause of what is to be prevented. */
const preventedClause = /^(om\s+)?(te\s+)?(voorkomen|vermijden)\s+dat\b[^;]*?,\s/u;
/** "onvoldoende middelen om …", "het lukt niet om …": a goal out of reach. */
const goalOutOfReach = /\b(onvoldoende|te\s+weinig|niet\s+genoeg|geen)\s+(\S+\s+){0,3}?om\s|\blukt\s+(het\s+)?(\S+\s+){0,2}?niet\s+om\s|\bontbre(ekt|ken|kt)\s+(\S+\s+){0,3}?aan\s+(\S+\s+){0,4}?om\s/u;
const questionsToPut = /\bvragen\s+(\S+\s+){0,3}?(te\s+stellen|voor\s+te\s+leggen)\b|\bvolgende\s+vragen\b|\b(minister|staatssecretaris|kabinet|regering)\b[^:?]{0,60}\b(te\s+(vragen|bevragen)|vragen)\s*:$/iu;

/** A heading over questions for a member of the government: "Vragen aan de minister", "Onze vragen voor de staatssecretaris". */
const questionsSection = /^((onze|mogelijke|suggesties\s+voor|aanvullende)\s+)?(\p{L}+\s+)?vragen\s+(aan|voor)\s+(de|het)\s+(minister|staatssecretaris|bewindspersonen|bewindspersoon|kabinet|regering)\b/iu;

/** A word that joins a command on to what came before, when a word in lower case follows it. */
const joinedCommand = /^(en|maar|ook|dus|tot\s+slot|ten\s+slotte|tenslotte)\s+(?=\p{Ll})/iu;
/** "Aanbeveling 1: Investeer …", "Voorstel 2 – Maak …", "Kortom: investeer …": a label or signpost before what is asked. */
const labelEnd = /[,.–—-]/u;
/** A command's second word before a colon: an article, a preposition or its object ("Verminder de regeldruk:", "Maak werk van …:"). */
const commandObject = /^\S+\s+(de|het|een|uw|alle|meer|minder|geen|in|op|voor|naar|met|aan|bij|uit|werk|ruimte)\s/iu;
const itemLabel = new RegExp(String.raw`^(?:${numberedLabel}|(?:kortom|concreet|samengevat|daarom|dus|oftewel|allereerst|ten\s+eerste|ten\s+tweede|ten\s+derde|ten\s+slotte|tot\s+slot|${vocative})\s*,)\s+`, 'iu');
// Any few words before a colon, up to seven ("Kortom:", "Aanbeveling 1:", "En ook hier: maak wetgeving …",
// "Onze boodschap aan de formateur is helder: investeer …").
const colonLabel = new RegExp(String.raw`^(?:${numberedLabel}|(?:[\p{L}\d]+\s+){0,6}[\p{L}\d]+\s*:)\s+`, 'u');

const leadInTypes = new Map<string, ClaimType[]>();
/** "Wat kan het kabinet doen?", and as a table's column "Wat het kabinet kan doen". */
const addresseeCanDo = new RegExp(String.raw`^wat\s+(kan|kunnen|moet|moeten)\s+${addressedActor}\s+(\p{L}+\s+)?doen\b|^wat\s+${addressedActor}\s+(\p{L}+\s+)?(kan|kunnen|moet|moeten)\s+doen\b`, 'iu');
const requestHeading = /^((\d+|[IVX]+)[.)]?\s+)?((onze|de|drie|vier|vijf|\d+)\s+)*(aanbevelingen|aanbeveling|voorstellen|voorstel|verzoeken|oproepen|oproep|wensen|eisen|adviezen|oplossingen|oplossing|oplossingsrichtingen|oplossingsrichting|actiepunten|prioriteiten|speerpunten|vragen|randvoorwaarden|actieagenda|agenda\s+voor\s+(het|de)\s+(nieuwe\s+|volgende\s+)?(kabinet|rijk|regering|formateur|coalitie|onderhandelaars))\b|^wat\s+(wij|we)\s+(vragen|verwachten|willen)\b/iu;
/** "Wat zou helpen:", "Wat helpt?", "Wat er moet gebeuren:", "Wat er nodig is:": what follows would remedy. */
const remediesFollow = /^wat\s+((zou|zouden|kan|kunnen|zal|zullen)\s+(echt\s+|wel\s+|ons\s+|hierbij\s+|daarbij\s+)?(helpen|werken)|helpt|werkt|er\s+(\S+\s+)?moet\s+gebeuren|moet\s+er\s+(\S+\s+)?gebeuren|er\s+nodig\s+is|nodig\s+is)\b[^.?!]*[:?]$/iu;
/** A lead-in that names what follows as requests ("onze voorstellen", "de volgende wensen", "twee hoofdaanbevelingen"). */
const namesRequests = /\b(de\s+volgende|de\s+(belangrijkste|voornaamste|centrale|concrete)|onze|deze|twee|drie|vier|vijf|zes|zeven|\d+)\s+((\p{L}+e|aantal)\s+)*\p{L}*(wensen|verzoeken|voorstellen|aanbevelingen|oproepen|eisen|adviezen|actiepunten|prioriteiten|oplossingen|oplossingsrichtingen)\b[^.?!]*:$/iu;
/** "We maken de beweging …": what the senders do, even in a list of requests (an item in lower case goes on from its lead-in). */
const ownAction = problemDampers.find((damper) => damper.rule === 'own-action')!.pattern;

const cueSets = { original: cueSet((pattern) => pattern), oneByte: cueSet(forCueSubject) };

/** Every pattern matched against a sentence's lower-case text (for the test that its cue subject changes no match). */
export const lowerCasePatterns: readonly RegExp[] = Object.values(cueSets.original).flatMap((value) =>
  value instanceof RegExp ? [value] : value instanceof Map ? [...value.values()].flat() : value.map((entry) => entry.pattern),
);

/**
 * Whether a list's lead-in makes a request its items complete ("Wij vragen het kabinet om:",
 * "Wat hebben we van het rijk nodig?"), as the lead-in would be an ask if it were a sentence.
 */
function leadInAsks(leadIn: string): boolean {
  // A heading ("Onze aanbevelingen", "Voorstellen") asks when it names what follows as requests.
  if (!/[.:?!]$/u.test(leadIn)) return requestHeading.test(leadIn) || addresseeCanDo.test(leadIn);
  // "Hieronder vindt u onze voorstellen:", "Wij hebben de volgende wensen voor het coalitieakkoord:".
  if (namesRequests.test(leadIn)) return true;
  // "Wat hebben we van het rijk nodig?", "Wat wij daarom nodig hebben van het rijk:".
  if (/^(wat|welke)\b.*\b(nodig|vragen|verwachten|willen)\b.*(\?|(?<=\b(wij|we)\b.*):)$/iu.test(leadIn)) return true;
  // "Wat kan het kabinet doen?": what the addressee can do is put to it.
  if (addresseeCanDo.test(leadIn)) return true;
  // "Wat zou helpen:", "Wat er moet gebeuren:": the remedies, for those the letter addresses to take.
  if (remediesFollow.test(leadIn)) return true;
  return leadInClaims(leadIn).includes('ask');
}

/**
 * "Gemeenten moeten daardoor keuzes maken die inwoners raken: • huishoudelijke hulp wordt beperkt
 * …": a lead-in that states a problem, and asks nothing, introduces its consequences.
 */
function leadInStatesProblem(leadIn: string): boolean {
  if (!leadIn.endsWith(':')) return false;
  const types = leadInClaims(leadIn);
  return types.includes('problem') && !types.includes('ask');
}

/** What a lead-in says read as a sentence of its own, once per lead-in. */
function leadInClaims(leadIn: string): ClaimType[] {
  let types = leadInTypes.get(leadIn);
  if (!types) {
    const text = leadIn.replace(/\s*[:?]$/u, '.');
    const position = { start: { line: 1, column: 1 }, end: { line: 1, column: text.length + 1 } };
    const statement: Sentence = { text, start: 0, end: text.length, position, footnotes: [], block: { kind: 'paragraph', index: 0, sentence: 0, sentences: 1 }, label: false };
    types = classifySentence(statement).map((draft) => draft.type);
    leadInTypes.set(leadIn, types);
  }
  return types;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

declare module 'vfile' {
  interface DataMap {
    claimDrafts: ClaimDraft[];
  }
}
