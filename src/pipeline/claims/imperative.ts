import { isDutchWord } from '../dictionary.ts';

/** Words that open sentences but are never imperatives, though an -en form exists (meer → meren). */
const notImperative = new Set(
  `de het een dit dat deze die zo er in uit voor door bij na per dan wel niet nu welke wat hoe wie waar waarom
   alle allen veel meer minder geen ook toch want maar als om op of en echter zeker steeds vooral slechts ieder
   iedere elke onze ons mijn uw jouw jullie hun haar zijn hij zij ze wij we u jij je ik men mensen daar hier daarom daarnaast daarbij
   zoals tot met van aan te tegen over onder boven na sinds tijdens binnen buiten zonder volgens waardoor kortom
   mocht graag helaas bovendien tevens verder eerst later samen goed beter andere anderen sommige enkele velen
   elk alleen juist nog al ten des ter wanneer terwijl omdat zodat hoewel indien tenzij nadat voordat sterk
   gezond nieuwe nieuw grote groot kleine klein structureel structurele voldoende duurzaam lokaal landelijk
   wilt kunt zou zoudt mocht twee drie vier vijf zes zeven acht negen tien honderd duizend anders mede vroeg vaak soms altijd nooit reeds inmiddels intussen uiteindelijk vervolgens tenslotte`.split(/\s+/u),
);

/** Stems of two letters ("Ga in gesprek", "Sta toe"): shorter than any other. */
const shortStems = new Set(['ga', 'sta', 'sla']);

/** "Kom met …": a short vowel in the stem, a long one in the infinitive; "Hou … vast", as "houd" is said. */
const irregularInfinitives: Record<string, string> = { kom: 'komen', hou: 'houden' };

/** Imperatives that take a bare infinitive ("Blijf investeren", "Laat gemeenten kiezen"). */
const infinitiveTakers = new Set(['blijf', 'laat', 'ga', 'kom', 'help', 'leer', 'durf', 'hoor', 'doe']);

/** Discourse imperatives that point the reader somewhere, or thank ("Dank voor uw aandacht"); they ask nothing of the addressee. */
const readerImperatives = new Set(['denk', 'zie', 'lees', 'kijk', 'bekijk', 'raadpleeg', 'noteer', 'let', 'dank']);
/** Of those, the ones that ask the addressee to act: "Denk mee over …", "Kijk verder dan …". */
const readerCommand = /^(denk mee|kijk (verder|kritisch|opnieuw|breder|vooruit))$/u;

const nounSuffix = /(ing|heid|schap|isme|iteit|teit|tie|sie|age|ij|ie|nis|te|de|aar|eur|ist|er|or)$/u;
export const finiteVerbs = /^(is|zijn|was|waren|wordt|worden|werd|heeft|hebben|had|kan|kunnen|moet|moeten|zal|zullen|mag|mogen|wil|willen|blijft|staat|gaat|komt|leidt|maakt|vraagt|geeft|biedt|loont|betekent|speelt|helpt|vormt|levert|zorgt|lijkt|blijkt|kent|heerst|raakt|ontstaat)$/u;

export interface ImperativeMatch {
  verb: string;
  infinitive: string;
}

/** The candidate infinitives of an imperative stem (maak → maken, geef → geven, stop → stoppen, ga → gaan, creëer → creëren). */
export function infinitives(stem: string): string[] {
  const word = stem.toLowerCase();
  const irregular = irregularInfinitives[word];
  if (irregular) return [irregular];
  // ga → gaan, sta → staan
  const forms = new Set<string>([...(shortStems.has(word) ? [`${word}an`] : []), `${word}en`, `${word}n`]);
  if (/ëe[rl]$/u.test(word)) forms.add(`${word.slice(0, -2)}${word.at(-1)}en`); // creëer → creëren
  const longVowel = /([aeou])\1([^aeiou])$/u.exec(word);
  if (longVowel) {
    const shortened = word.slice(0, -3) + longVowel[1] + longVowel[2];
    forms.add(`${shortened}en`);
    forms.add(`${shortened.replace(/f$/u, 'v').replace(/s$/u, 'z')}en`);
  }
  forms.add(`${word.replace(/f$/u, 'v').replace(/s$/u, 'z')}en`);
  if (/[^aeiou][aeiou][bcdfgklmnprst]$/u.test(word)) {
    // One short vowel in one syllable: the consonant doubles ("schrap" → "schrappen", not "schrapen").
    if ((word.match(/[aeiouy]+/gu) ?? []).length === 1) return [`${word}${word.at(-1)}en`, ...forms];
    forms.add(`${word}${word.at(-1)}en`);
  }
  return [...forms];
}

/**
 * Whether a sentence opens with an imperative ("Investeer in …", "Zorg dat …", "Bied …"):
 * a capitalised first word that is a Dutch verb stem (its infinitive is in the word list),
 * not a function word, not a noun by its ending, and not followed by a finite verb.
 */
export function imperativeAt(sentence: string): ImperativeMatch | undefined {
  // Only the first words matter: do not split the whole sentence.
  const words = sentence.replace(/^["'‘“(]+/u, '').slice(0, 120).split(/\s+/u, 6);
  const first = words[0]?.replace(/[.,;:!?)]+$/u, '') ?? '';
  const second = (words[1] ?? '').toLowerCase().replace(/[.,;:!?]+$/u, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  const lower = first.toLowerCase();
  if (notImperative.has(lower) || (readerImperatives.has(lower) && !readerCommand.test(`${lower} ${second}`)) || (lower.length < 3 && !shortStems.has(lower))) return undefined;
  // Verbs in -eren and -ieren, and with a prefix in -eren ("Verminder", "Verbeter", "Bevorder"), end
  // like nouns in -er; so does "Luister".
  if (lower.length > 6 && nounSuffix.test(lower) && !/(eer|ier)$/u.test(lower) && !/^((ver|be|her|ont)\p{L}+er|luister)$/u.test(lower)) return undefined;
  // A plural or an infinitive ends in -en ("Initiatieven stranden …", which compounds pass off as a
  // stem: initiatie + vent); of the stems only a few do ("Open", "Teken", "Verreken", "Erken", "Verken", "Zegen").
  if (/en$/u.test(lower) && !/(erk|ek|op|eg|ap)en$/u.test(lower)) return undefined;
  // Inflected adjectives (Betere, Lokale) end in -e; of the imperatives only -ie stems do (Herzie, Zie).
  if (/e$/u.test(lower) && !/ie$/u.test(lower)) return undefined;
  if (!second || finiteVerbs.test(second) || second === 'en' || second === 'of') return undefined;
  // "Kies je voor zorg, dan …", "Kijken we naar …": a verb before its subject opens a condition or a
  // question; a command has no subject (the polite "Neemt u …" is read elsewhere).
  if (/^(je|jij|we|wij|ze|zij|men|ik|hij)$/u.test(second)) return undefined;
  // "Sport verbindt mensen …": a verb in the third person right after the first word makes that word its subject.
  // Not "voort", a particle that looks like one ("Bouw voort op …").
  if (isThirdPerson(second) && !isDutchWord(`${second}en`) && second !== 'voort') return undefined;
  // A finite verb right after the first words means the first word was a subject ("Geld voor
  // gemeenten is …"); not one in a relative clause ("Maak wetgeving die ervoor zorgt dat …").
  const next = words.slice(1, 5).map((word) => word.toLowerCase().replace(/[.,;:!?]+$/u, ''));
  const clause = next.findIndex((word) => /^(die|dat|waar|waarmee|waardoor|zodat|om)$/u.test(word));
  // Not "staat" in "in staat" ("Stel gemeenten in staat om …").
  if ((clause < 0 ? next : next.slice(0, clause)).some((word, at, all) => finiteVerbs.test(word) && !(word === 'staat' && all[at - 1] === 'in'))) return undefined;
  // "Zorg Thuis Nederland vertegenwoordigt …": a name of capitalised words, then its verb.
  if (/^\p{Lu}/u.test(words[1] ?? '') && /^\p{Lu}/u.test(words[2] ?? '') && (clause < 0 ? next : next.slice(0, clause)).slice(2).some(isThirdPerson)) return undefined;
  if (lower === 'los' && second === 'van') return undefined; // "los van": apart from
  if (lower === 'ga' && second === 'naar') return undefined; // "Ga naar onze website": where to read on
  // "Neem Fatima, alleenstaande moeder …", "Neem bijvoorbeeld de bijstand": an example introduced, not a command.
  if (lower === 'neem' && (second === 'bijvoorbeeld' || /^\p{Lu}\p{Ll}+,$/u.test(words[1] ?? ''))) return undefined;
  // "Ruim 20.000 mensen", "Ruim de helft van de gemeenten": more than.
  if (lower === 'ruim' && /^(\d|de$|een$|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|dertig|veertig|vijftig|honderd|duizend)/u.test(second)) return undefined;
  // "Eind februari verbleven …", "Begin 2024 startte …": a point in time, not "Begin met …".
  if (/^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|(19|20)\d\d)$/u.test(second)) return undefined;
  if (isNounBeforePreposition(lower, second) && !(second === 'als' && addressedAs.test(words.slice(2, /^(het|de)$/iu.test(words[2] ?? '') ? 4 : 3).join(' ').toLowerCase()))) return undefined;
  if (!isDutchWord(lower)) return undefined;
  // A verb stem has a third person (investeert, biedt, zet); a noun with an -en plural does not
  // ("Rondetafelgesprek betaalbare huur": no *rondetafelgesprekt).
  if (!isDutchWord(lower.endsWith('t') ? lower : `${lower}t`)) return undefined;
  if (isNounInT(lower)) return undefined;
  if (isAdverbBeforeInfinitive(lower, second)) return undefined;
  if (isSeparableCompound(lower)) return undefined;
  const infinitive = infinitives(lower).find((form) => isDutchWord(form));
  return infinitive ? { verb: first, infinitive } : undefined;
}

/** "vertegenwoordigt", "bundelt": a verb in the third person, its stem plus -t. */
export function isThirdPerson(word: string): boolean {
  return word.length > 3 && word.endsWith('t') && infinitives(word.slice(0, -1)).some((form) => isDutchWord(form));
}

/** Verbs in -t whose participle is not ge- and the stem ("sluiten", gesloten). */
const strongVerbsInT = new Set(['sluit', 'schiet', 'giet', 'bijt', 'vecht']);

/**
 * "Budget voor de uitvoering", "Project jonge mantelzorgers": a noun in -t passes for a verb stem,
 * as its third person is itself and its plural the infinitive's form (budgetten). A verb also has a
 * participle (gezet, gewacht, gestart); one with a prefix has none with ge- ("Verplicht …").
 */
function isNounInT(word: string): boolean {
  if (!word.endsWith('t') || strongVerbsInT.has(word) || /^(be|ver|ont|her|er|ge)/u.test(word)) return false;
  return !isDutchWord(`ge${word}`);
}

/**
 * "Ongelijk investeren voor meer gezonde levens", "Eerlijk delen": an adjective used as an adverb
 * before a verb in the infinitive names an activity (a heading, a slogan), it commands nothing.
 * Adjectives are told from verb stems by their superlative (ongelijkste, eerlijkste; no *geefste).
 */
function isAdverbBeforeInfinitive(first: string, second: string): boolean {
  if (infinitiveTakers.has(first) || !isDutchWord(`${first}ste`) || !/\p{L}{2,}en$/u.test(second)) return false;
  return stemsOf(second).some((stem) => isDutchWord(stem) && infinitives(stem).includes(second));
}

/** The candidate stems of a verb in -en: werken → werk, stoppen → stop, geven → geef. */
export function stemsOf(infinitive: string): string[] {
  const base = infinitive.slice(0, -2);
  const shortVowel = base.replace(/(\p{L})\1$/u, '$1'); // stoppen → stop
  const longVowel = base.replace(/([aeou])([^aeiou])$/u, '$1$1$2').replace(/v$/u, 'f').replace(/z$/u, 's'); // geven → geef
  return [base, shortVowel, longVowel];
}

/**
 * "Zorg in de wijk", "Steun voor mantelzorgers", "Werk en inkomen als …", "Vervoer op maat": a noun that shares its
 * form with a verb stem, heading a phrase with a preposition. As verbs they take an object or
 * their own preposition ("Zorg voor …", "Zorg dat …", "Steun de motie").
 */
const nounsBeforePrepositions = new Map<string, RegExp>([
  // "Zorg voor …", "Zorg met heldere regels dat …" and "Werk aan …", "Bouw aan …" command.
  ['zorg', /^(in|bij|op|aan|van|tot|zonder|en|of|als)$/u],
  ['werk', /^(voor|in|bij|op|van|tot|zonder|en|of|als)$/u],
  ['bouw', /^(voor|in|bij|op|van|tot|zonder|en|of|als)$/u],
  ...['steun', 'geld', 'hulp', 'rust', 'groei', 'winst', 'verlies', 'kader', 'vervoer', 'overleg', 'beheer', 'gebruik'].map((noun): [string, RegExp] => [noun, /^(voor|in|bij|op|aan|van|tot|met|zonder|en|of|als)$/u]),
  // "Onderzoek naar …" names research; "Onderzoek de mogelijkheden …" commands it.
  ['onderzoek', /^(naar|voor|in|bij|op|van|en|of|als)$/u],
]);
/** "Zorg als kabinet voor …", "Steun als rijk …": whom the command addresses, named in it. */
const addressedAs = /^((het|de)\s+)?(kabinet|rijk|rijksoverheid|overheid|regering|minister|staatssecretaris|kamer|formateur|informateur|coalitie|gemeente|gemeenten|provincie|provincies|werkgever|werkgevers|zorgverzekeraar|zorgverzekeraars)$/u;
function isNounBeforePreposition(first: string, second: string): boolean {
  return nounsBeforePrepositions.get(first)?.test(second) ?? false;
}

/** Particles that split off a verb in a main clause: "voorstellen" commands as "Stel … voor". */
const separableParticle = /^(aan|af|bij|in|mee|na|op|toe|terug|uit|weg|samen|vast|los|tegen|voor)(\p{L}{3,})$/u;
/** Verbs with such a particle that do not split, so their stem does command ("Voorkom dat …"). */
const inseparable = new Set(['voorkom', 'voorzie', 'voorspel', 'aanvaard', 'informeer']);

/**
 * "Voorstel 1 – Een fonds", "Samenhang zorg en veiligheid": a particle and a verb stem at the
 * start of a sentence is a noun, as the imperative of a separable verb splits ("Stel … voor").
 */
function isSeparableCompound(word: string): boolean {
  const parts = separableParticle.exec(word);
  if (!parts || inseparable.has(word)) return false;
  return infinitives(parts[2] ?? '').some((form) => isDutchWord(form));
}

/** "Zie er op toe dat" asks; "Zie ook" does not. */
export function isSeeToIt(sentence: string): boolean {
  return /^zie\s+(er\s*op|erop)\s+toe\b/iu.test(sentence);
}
