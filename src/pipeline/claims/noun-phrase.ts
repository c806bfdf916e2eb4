import { isDutchWord } from '../dictionary.ts';
import { finiteVerbs, infinitives, stemsOf } from './imperative.ts';

/** Where the head of a sentence ends: a word that opens a clause of its own (a comma may list). */
const clauseBoundary = /[;:]|\s(?:die|dat|om|zodat|waar|waarmee|waardoor|waarbij|waarin|zoals|omdat|als|wanneer|te)\s/u;
/** Where an adverbial clause with a subject of its own begins ("…, zodat we …"). */
const adverbialClause = /[,\s](?:zodat|omdat|waardoor|als|wanneer|terwijl|indien)\s/u;
/** Words that may open a noun phrase that continues a list item ("En maatregelen die …"). */
const connectives = new Set(['en', 'ook', 'daarnaast', 'tevens', 'plus', 'maar', 'evenals']);
/** Subjects: with one of them the head is a clause ("Gezinnen in armoede bieden we …"). */
const subjects = new Set(['we', 'wij', 'zij', 'ze', 'hij', 'ik', 'u', 'men', 'er', 'jij', 'je']);
/** Words that open a noun phrase, before a plural noun in -en ("De maatregelen", "Onze voorstellen"). */
const determiners = new Set(['de', 'het', 'een', 'deze', 'die', 'dit', 'dat', 'onze', 'ons', 'hun', 'meer', 'minder', 'extra', 'geen', 'alle', 'veel']);

const prepositions = new Set(['in', 'op', 'met', 'voor', 'van', 'aan', 'bij', 'naar', 'over', 'tot', 'uit', 'door', 'zonder', 'tegen', 'tussen', 'vanuit', 'onder', 'binnen']);

/** "groeien", "investeren": a plural verb, as its stem has a third person (groeit, investeert). */
function isPluralVerb(word: string): boolean {
  if (word.length < 4 || !/(en|aan)$/u.test(word) || !isDutchWord(word)) return false;
  // zetten → zet, werken → werkt, investeren → investeert, staan → staat, doen → doet.
  const stems = [...stemsOf(word), word.slice(0, -1)];
  return stems.some((stem) => stem.length > 1 && isDutchWord(/[td]$/u.test(stem) ? stem : `${stem}t`));
}

/** Words in -t that are no verb, though a rare infinitive matches their stem (niet → nien). */
const notVerbs = new Set(['niet', 'echt', 'recht', 'vast', 'best', 'meest', 'slecht', 'licht', 'zacht', 'nacht', 'kracht', 'macht', 'markt', 'plicht', 'zicht', 'toezicht', 'gezicht', 'bericht', 'budget']);

/** "investeert", "biedt": a third person singular, whose stem is a Dutch verb. */
function isThirdPerson(word: string): boolean {
  if (word.length < 4 || !word.endsWith('t') || notVerbs.has(word) || !isDutchWord(word)) return false;
  return infinitives(word.slice(0, -1)).some((form) => isDutchWord(form));
}

/**
 * Whether a sentence is a bare noun phrase, its head without a finite verb: "Structurele
 * langjarige investeringen in gebiedsontwikkeling en nieuwbouw.", "Landelijke regie op …, om …".
 * In a list item under a lead-in that asks, such a sentence completes the lead-in, as the item's
 * first sentence does. `wholeSentence` looks for a verb in all of it, not only in its head.
 * Cautious: a plural in -en right after the first word reads as a verb
 * ("Gemeenten investeren …"), so some noun phrases ("Meer woningen …") are missed.
 */
export function isBareNounPhrase(sentence: string, { wholeSentence = false } = {}): boolean {
  if (/\?$/u.test(sentence)) return false;
  const text = sentence.replace(/\([^)]*\)/gu, ' ');
  // With `wholeSentence`, no verb anywhere, a relative clause's included: a sentence read on its own.
  const head = wholeSentence ? text : text.split(clauseBoundary, 1)[0]!;
  const wordsOf = (part: string) => part.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/u).filter(Boolean);
  // "Inwoners die … zitten ondersteunen we …": a subject after a relative clause still makes a clause.
  if (wordsOf(text.split(adverbialClause, 1)[0]!).some((word) => subjects.has(word))) return false;
  const words = wordsOf(head);
  while (words.length && connectives.has(words[0]!)) words.shift();
  // One word is a phrase only when a relative clause goes on to describe it ("En maatregelen die …").
  const describedBy = /^\s(die|dat|waar)\s$/u.test(clauseBoundary.exec(text)?.[0] ?? '');
  if (words.length < (describedBy ? 1 : 2)) return false;
  if (words.some((word) => finiteVerbs.test(word) || isThirdPerson(word))) return false;
  // A plural verb follows its subject ("Gemeenten investeren", "De wachtlijsten groeien"); a plural
  // noun follows a determiner, an adjective or a preposition ("Onze voorstellen", "met maatregelen").
  return !words.some((word, index) => {
    const before = words[index - 1];
    return before !== undefined && !determiners.has(before) && !prepositions.has(before) && !before.endsWith('e') && isPluralVerb(word);
  });
}
