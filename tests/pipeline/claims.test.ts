import { describe, expect, it } from 'vitest';
import { firstActor } from '../../src/pipeline/claims/actors.ts';
import { addresseeOf } from '../../src/pipeline/claims/addressee.ts';
import { classifySentence } from '../../src/pipeline/claims/classify.ts';
import { imperativeAt, infinitives } from '../../src/pipeline/claims/imperative.ts';
import type { Sentence } from '../../src/pipeline/sentences.ts';
import { sentence } from '../helpers/sentence.ts';
import { runLetter } from '../helpers/run.ts';

const classify = (text: string, extra: Partial<Sentence> = {}) =>
  classifySentence(sentence(text, extra)).map((draft) => `${draft.type}: ${draft.evidence.filter((cue) => cue.rule.startsWith(draft.type)).map((cue) => cue.rule).join(', ')}`);

describe('imperatives', () => {
  it('forms infinitives from Dutch stems', () => {
    expect(infinitives('maak')).toContain('maken');
    expect(infinitives('geef')).toContain('geven');
    expect(infinitives('stop')).toContain('stoppen');
    expect(infinitives('herzie')).toContain('herzien');
    // The infinitive shown is the verb meant: "Schrap" is "schrappen" (not "schrapen"), "Kom" is "komen" (not "kommen").
    expect(['Schrap de korting.', 'Stop met korten.', 'Hef de schotten op.', 'Kom met een plan.', 'Verminder de regeldruk.', 'Maak werk van armoede.', 'Hou de eigen bijdrage laag.'].map((text) => imperativeAt(text)?.infinitive)).toEqual(['schrappen', 'stoppen', 'heffen', 'komen', 'verminderen', 'maken', 'houden']);
  });

  it('knows verbs with a prefix in -eren, stems of two letters and a diaeresis, not nouns in -er', () => {
    expect(['Verminder de regeldruk.', 'Verbeter de woningen', 'Bevorder de doorstroming.', 'Veranker de samenwerking in de wet.', 'Ga in gesprek met gemeenten.', 'Sta gemeenten toe om zelf te kiezen.', 'Creëer ruimte voor experimenten.', 'Luister naar gemeenten.'].map((text) => imperativeAt(text)?.infinitive)).toEqual([
      'verminderen',
      'verbeteren',
      'bevorderen',
      'verankeren',
      'gaan',
      'staan',
      'creëren',
      'luisteren',
    ]);
    expect(['Bewoner en gemeente werken samen.', 'Beheerder van het fonds is de gemeente.', 'Ga naar onze website.', 'Kader voor de jeugdzorg'].map((text) => imperativeAt(text))).toEqual([undefined, undefined, undefined, undefined]);
    // A possessive pronoun is no stem, though "mijnen" is a verb.
    expect(['Mijn medewerkers bezochten zeven locaties.', 'Uw steun is nodig.', 'Jullie besluit raakt ons.'].map((text) => imperativeAt(text))).toEqual([undefined, undefined, undefined]);
  });

  it('tells a noun heading a phrase from the verb of the same form', () => {
    expect(['Zorg in de wijk', 'Steun voor mantelzorgers', 'Geld voor gemeenten', 'Werk en inkomen voor iedereen'].map((text) => imperativeAt(text))).toEqual([undefined, undefined, undefined, undefined]);
    // "in staat" is no finite verb, "voort" no verb in the third person; the reader is asked to think along or look further.
    expect(['Stel gemeenten in staat om maatwerk te leveren.', 'Bouw voort op de bestaande infrastructuur.', 'Denk mee over oplossingen.', 'Kijk verder dan de eigen begroting.', 'Kijk op onze website.', 'Denk aan jongeren die uitvallen.', 'Geld voor gemeenten staat onder druk.'].map((text) => imperativeAt(text)?.verb)).toEqual(['Stel', 'Bouw', 'Denk', 'Kijk', undefined, undefined, undefined]);
    // "als" and whom the command addresses: a command after all.
    expect(['Zorg als kabinet voor voldoende middelen.', 'Zorg als het rijk dat gemeenten genoeg geld krijgen.', 'Zorg als onderdeel van de basisverzekering is belangrijk.'].map((text) => imperativeAt(text)?.verb)).toEqual(['Zorg', 'Zorg', undefined]);
    expect(['Zorg voor voldoende woningen', 'Zorg met heldere regels dat het werkt', 'Steun de motie', 'Werk aan een plan'].map((text) => imperativeAt(text)?.verb)).toEqual(['Zorg', 'Zorg', 'Steun', 'Werk']);
  });

  it('does not take a verb before its subject, a condition or a question, for an imperative', () => {
    expect(imperativeAt('Kies je voor zorg, dan kies je voor mensen.')).toBeUndefined();
    expect(imperativeAt('Kijken we naar de cijfers, dan zien we een stijging.')).toBeUndefined();
    expect(imperativeAt('Kies voor bestaanszekerheid.')?.infinitive).toBe('kiezen');
    expect(imperativeAt('Stem in met het wetsvoorstel.')?.infinitive).toBe('stemmen');
  });

  it('does not take a name of capitalised words before its verb for an imperative', () => {
    expect(imperativeAt('Zorg Thuis Nederland vertegenwoordigt 180 organisaties.')).toBeUndefined();
    expect(imperativeAt('Geef Provinciale Staten meer ruimte.')).toEqual({ verb: 'Geef', infinitive: 'geven' });
  });

  it('does not take a noun made of a particle and a verb stem for an imperative, which would split', () => {
    expect(imperativeAt('Voorstel 1 – Een investeringsfonds voor sociale huur')).toBeUndefined();
    expect(imperativeAt('Samenhang zorg en veiligheid')).toBeUndefined();
    expect(imperativeAt('Opvang voor iedereen die dat nodig heeft.')).toBeUndefined();
    expect(imperativeAt('Voorkom dat mantelzorgers uitvallen.')?.infinitive).toBe('voorkomen');
    expect(imperativeAt('Investeer in personeel.')?.infinitive).toBe('investeren');
    expect(imperativeAt('Informeer de Kamer jaarlijks.')?.infinitive).toBe('informeren');
  });

  it('recognises imperatives and rejects subjects, adjectives and reader directions', () => {
    expect(imperativeAt('Investeer in gezondheid.')?.infinitive).toBe('investeren');
    expect(imperativeAt('Zorg dat gemeenten ruimte krijgen.')?.infinitive).toBe('zorgen');
    expect(imperativeAt('Zorg is duur.')).toBeUndefined();
    expect(imperativeAt('Betere samenwerking levert veel op.')).toBeUndefined();
    expect(imperativeAt('Denk aan roken en gokken.')).toBeUndefined();
    expect(imperativeAt('Geld voor gemeenten is gefragmenteerd.')).toBeUndefined();
    // A noun with an -en plural is no verb stem: there is no *rondetafelgesprekt.
    expect(imperativeAt('Rondetafelgesprek betaalbare huur, 8 februari 2024')).toBeUndefined();
    expect(imperativeAt('Bevries de huren voor twee jaar.')?.infinitive).toBe('bevriezen');
    expect(imperativeAt('Ruim de helft van de gemeenten verwacht een tekort.')).toBeUndefined();
    // A point in time opens a statement: "Eind februari", "Begin 2024"; "Begin met …" commands.
    expect(['Eind februari verbleven 4.000 mensen in de noodopvang.', 'Begin 2024 startte de aanpak.'].map((text) => imperativeAt(text))).toEqual([undefined, undefined]);
    expect(imperativeAt('Begin met het afschaffen van de verhuurderheffing.')?.infinitive).toBe('beginnen');
    expect(['Vervoer op maat', 'Onderzoek naar de effecten'].map((text) => imperativeAt(text))).toEqual([undefined, undefined]);
    expect(imperativeAt('Onderzoek de mogelijkheden van een fonds.')?.infinitive).toBe('onderzoeken');
    // A noun in -t has no participle: there is no *gebudget; verbs in -t have one, or a prefix.
    expect(['Budget voor de uitvoering', 'Project jonge mantelzorgers in de wijk'].map((text) => imperativeAt(text))).toEqual([undefined, undefined]);
    expect(['Zet in op preventie.', 'Start een fonds.', 'Sluit de opvang niet.', 'Verplicht gemeenten tot een plan.'].map((text) => imperativeAt(text)?.infinitive)).toEqual(['zetten', 'starten', 'sluiten', 'verplichten']);
  });

  it('takes an adjective before an infinitive for the name of an activity, not a command', () => {
    expect(imperativeAt('Ongelijk investeren voor meer gezonde levens')).toBeUndefined();
    expect(imperativeAt('Eerlijk delen van de lasten')).toBeUndefined();
    expect(imperativeAt('Blijf investeren in de wijk.')?.infinitive).toBe('blijven');
    expect(imperativeAt('Geef mensen ruimte voor maatwerk.')?.infinitive).toBe('geven');
    expect(imperativeAt('Scherp de regels aan.')?.infinitive).toBe('scherpen');
  });
});

describe('classification', () => {
  it('finds asks by their cue and says which rule fired', () => {
    expect(classify('Wij vragen langjarige financiering voor kwetsbare wijken.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wilt u de minister vragen de Kamer jaarlijks te informeren?')).toEqual(['ask: ask-polite-question']);
    expect(classify('Structurele financiering voor gebiedsgerichte oplossingen is noodzakelijk.')).toEqual(['ask: ask-necessity']);
    expect(classify('Alle gemeenten dienen samen voor betaalbare huisvesting te zorgen.')).toEqual(['ask: ask-modal']);
    expect(classify('Faciliteer de beweging van zorg naar gezondheid.')).toEqual(['ask: ask-imperative']);
    expect(classify('Het kabinet kan de wachtlijsten in de jeugdzorg verkorten.')).toEqual(['ask: ask-actor-can']);
    // What the senders offer is no ask.
    expect(classify('Het nieuwe kabinet kan rekenen op onze inzet.')).toEqual([]);
    expect(classify('Het kabinet kan op ons rekenen.')).toEqual([]);
    expect(classify('Wij verwachten van het kabinet dat het de opvang structureel financiert.')).toEqual(['ask: ask-expect']);
    expect(classify('De overheid kan niet alles alleen.')).toEqual([]);
  });

  it('hears a plea whoever makes it, and weighs mild problem words together', () => {
    expect(classify('Gemeenten pleiten al jaren voor voldoende middelen.')).toEqual(['ask: ask-plead']);
    expect(classify('De opgave is complex en tijdrovend.')).toEqual(['problem: problem-words, problem-burden']);
    expect(classify('De opgave is complex.')).toEqual([]);
  });

  it('does not take the senders own commitments or obligations for asks', () => {
    expect(classify('Wij investeren in verbindingen in de buurt voor gezond samenleven.')).toEqual([]);
    expect(classify('Daarvoor moeten we keuzes maken met elkaar.')).toEqual([]);
    expect(classify('Mocht u vragen hebben, neem dan gerust contact op.')).toEqual([]);
    expect(classify('We zien grote noodzaak om als gemeenten naast inwoners te staan.')).toEqual([]);
    expect(classify('Een thuis en werk zijn belangrijk om je gezien te voelen.')).toEqual([]);
  });

  it('lets an exception cancel a cue only where their words overlap, when it is local', () => {
    expect(classify('Wij helpen inwoners die dat nodig hebben.')).toEqual([]);
    expect(classify('Daarnaast zijn wetswijzigingen nodig om gegevens te delen als dit nodig is.')).toEqual(['ask: ask-need']);
    expect(classify('Daarvoor moeten we keuzes maken, en het rijk moet investeren.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten maken met het rijk duidelijker wanneer een taak bij het rijk zou moeten liggen.')).toEqual([]);
    expect(classify('Het rijk moet bepalen wie wat moet doen.')).toEqual(['ask: ask-modal']);
  });

  it('finds problems by weighted cues, and not in goals', () => {
    expect(classify('De leefbaarheid staat in steeds meer wijken onder druk.')).toEqual(['problem: problem-pressure, problem-ever-more']);
    expect(classify('Daarmee kunnen we schuldproblemen verminderen en taalachterstanden verkleinen.')).toEqual([]);
    expect(classify('We zien dat met maatwerk hun problemen kleiner worden in een kwetsbare situatie.')).toEqual([]);
    expect(classify('De wereld is niet maakbaar en we kunnen niet alles oplossen.')).toEqual([]);
    expect(classify('Gemeenten kunnen niet alle taken uitvoeren.')).toEqual(['problem: problem-cannot']);
  });

  it('hears problems in compounds and idioms of the genre, not in their negations and remedies', () => {
    expect(classify('Steeds meer huishoudens ervaren bestaansonzekerheid.')).toEqual(['problem: problem-ever-more, problem-words']);
    expect(classify('Eén op de tien kinderen groeit op in armoede.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Een betaalbare woning is niet langer vanzelfsprekend.')).toEqual(['problem: problem-not-given']);
    expect(classify('Tegenwerkende regels maken het werk van wijkteams zwaar.')).toEqual(['problem: problem-regret']);
    expect(classify('De huidige regels sluiten jongeren uit.')).toEqual(['problem: problem-exclusion']);
    expect(classify('In een tijd waarin crises zich opstapelen, wachten gezinnen.')).toEqual(['problem: problem-crisis, problem-trouble']);
    expect(classify('De bouwkosten stijgen sneller dan de huren.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Kinderen wachten gemiddeld veertien weken op hulp.')).toEqual(['problem: problem-waiting']);
    expect(classify('Voor complexe problematiek is de wachttijd vaak langer dan een jaar.')).toEqual(['problem: problem-waiting, problem-words']);
    expect(classify('Huurders staan onder grote financiële druk.')).toEqual(['problem: problem-pressure']);
    expect(classify('De energierekening is in twee jaar met 40 procent gestegen.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    // The rise said far from the prices: "de huurprijzen in de vrije sector de afgelopen vijf jaar met gemiddeld 27 procent gestegen".
    expect(classify('Ten eerste zijn de huurprijzen in de vrije sector de afgelopen vijf jaar met gemiddeld 27 procent gestegen, terwijl de inkomens nauwelijks meestegen.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Een op de vijf huurders heeft moeite om de huur te betalen.')).toEqual(['problem: problem-struggle']);
    expect(classify('Wij doen moeite om iedereen te bereiken.')).toEqual([]);
    expect(classify('Armoede onder kinderen neemt weer toe.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('Het aantal dak- en thuislozen is sinds 2009 verdubbeld.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('Gemeenten kunnen de schuldhulpverlening niet meer bekostigen.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Dit sluit niet uit dat gemeenten samenwerken.')).toEqual([]);
    expect(classify('Wij voorkomen dat gezinnen in de problemen raken.')).toEqual([]);
    expect(classify('Gemeenten delen gegevens, zodat signalen dat gezinnen in de knel komen niet gemist worden.')).toEqual([]);
    expect(classify('Gezinnen komen in de knel, zodat kinderen niet meer mee kunnen doen.')).toEqual(['problem: problem-trouble']);
  });

  it('knows more of how the genre asks and complains', () => {
    expect(classify('Wij adviseren het kabinet om de eigen bijdrage af te schaffen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij stellen voor om een landelijk fonds op te richten.')).toEqual(['ask: ask-propose']);
    expect(classify('Wij stellen ons voor dat gemeenten samenwerken.')).toEqual([]);
    expect(classify('Wij rekenen op uw steun.')).toEqual(['ask: ask-count-on']);
    expect(classify('Laat gemeenten zelf bepalen hoe zij de middelen inzetten.')).toEqual(['ask: ask-imperative']);
    expect(classify('Wij maken ons grote zorgen over de toegankelijkheid van de jeugdzorg.')).toEqual(['problem: problem-concern']);
    expect(classify('Het gemeentefonds krimpt vanaf 2026 met 2,4 miljard euro.')).toEqual(['problem: problem-cuts']);
    expect(classify('De ravijnjaren dreigen.')).toEqual(['problem: problem-cuts, problem-words']);
    expect(classify('De uitvoering loopt vast.')).toEqual(['problem: problem-regret']);
    expect(classify('Wij missen echter concrete afspraken over de bouw van sociale huurwoningen.')).toEqual(['problem: problem-lack']);
    expect(classify('Wij willen dat het kabinet de eigen bijdrage afschaft.')).toEqual(['ask: ask-want']);
    expect(classify('Wij doen de oproep aan het kabinet om te investeren in preventie.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Dat schreef de G4 in een oproep aan het kabinet.')).toEqual([]);
    expect(classify('Wij hopen op uw steun.')).toEqual(['ask: ask-hope']);
    expect(classify('Te veel mensen vallen tussen wal en schip.')).toEqual(['problem: problem-left-out, problem-lack']);
    expect(classify('Niet iedereen kan meekomen in de digitale samenleving.')).toEqual(['problem: problem-left-out']);
    expect(classify('Gemeenten zitten financieel klem.')).toEqual(['problem: problem-left-out']);
    expect(classify('Het huidige stelsel werkt niet.')).toEqual(['problem: problem-left-out']);
    expect(classify('Mensen raken hun huis kwijt.')).toEqual(['problem: problem-left-out']);
    expect(classify('Er zijn grote zorgen over de betaalbaarheid van de zorg.')).toEqual(['problem: problem-concern']);
    expect(classify('Er is sprake van een groeiende kloof tussen arm en rijk.')).toEqual(['problem: problem-growth, problem-unequal']);
  });

  it('hears the senders ask by name or with the verb first, and tells what others are forced into from a demand', () => {
    expect(classify('De provincies vragen het nieuwe kabinet om de afspraken wettelijk te verankeren.')).toEqual(['ask: ask-request-actor']);
    expect(classify('ActiZ verzoekt u de bezuiniging terug te draaien.')).toEqual(['ask: ask-request-actor']);
    expect(classify('Steeds meer inwoners vragen de gemeente om hulp.')).toEqual([]);
    expect(classify('Daarnaast adviseren wij het kabinet de wet niet uit te stellen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Daarnaast verwachten wij van u dat gemeenten de kosten vergoed krijgen.')).toEqual(['ask: ask-expect']);
    // Also said with the one asked first; what a measure is expected to do asks nothing.
    expect(classify('Van het kabinet verwachten wij een duidelijke visie op de toekomst van de zorg.')).toEqual(['ask: ask-expect']);
    expect(classify('Van de maatregel verwachten wij een groot effect.')).toEqual([]);
    expect(classify('Zorgorganisaties moeten cliënten weigeren omdat er geen personeel is.')).toEqual(['problem: problem-closing, problem-forced, problem-lack']);
    expect(classify('Het kabinet moet de bekostiging eenvoudiger maken.')).toEqual(['ask: ask-modal']);
    // What had to be done, with the subject and adverbs between the verbs; a purpose is no harm.
    expect(classify("In 2024 moesten SEH's gemiddeld 14 uur per week patiënten doorverwijzen naar een ander ziekenhuis.")).toEqual(['problem: problem-forced']);
    expect(classify('Vorig jaar moesten we ervoor zorgen dat niemand hoefde te wachten.')).toEqual([]);
    expect(classify('Steeds meer verenigingen moeten hun contributie verhogen.')).toEqual(['problem: problem-forced, problem-ever-more']);
    expect(classify('Het kabinet moet de uitkeringen verhogen.')).toEqual(['ask: ask-modal']);
  });

  it('hears one writer ask in the first person singular, not wonder or ask residents', () => {
    expect(classify('Ik vraag u daarom de politiecapaciteit structureel uit te breiden.')).toEqual(['ask: ask-first-person']);
    expect(classify('Daarnaast verzoek ik u de korting te schrappen.')).toEqual(['ask: ask-first-person']);
    expect(classify('Ik roep het kabinet op om te investeren in handhaving.')).toEqual(['ask: ask-first-person']);
    expect(classify('Ik verwacht van het kabinet dat het de gemeenten compenseert.')).toEqual(['ask: ask-first-person']);
    expect(classify('Ik stel voor om een regionaal plan van aanpak op te stellen.')).toEqual(['ask: ask-first-person']);
    expect(classify('Ik zie graag dat u hierin de regie neemt.')).toEqual(['ask: ask-first-person']);
    expect(classify('Ik stel me voor dat dit lastig is.')).toEqual([]);
    expect(classify('Ik vraag me af of dit klopt.')).toEqual([]);
    expect(classify('Ik vraag de inwoners wat zij nodig hebben.')).toEqual([]);
  });

  it('hears what the senders find important or hope of the addressee, not of others', () => {
    expect(classify('Wij vinden het belangrijk dat het kabinet de eigen bijdrage verlaagt.')).toEqual(['ask: ask-consider-important']);
    expect(classify('Daarom vinden wij het van groot belang dat de minister ingrijpt.')).toEqual(['ask: ask-consider-important']);
    expect(classify('Wij hechten er grote waarde aan dat gemeenten betrokken worden.')).toEqual(['ask: ask-consider-important']);
    expect(classify('Wij vinden het belangrijk om samen op te trekken.')).toEqual([]);
    expect(classify('Wij hopen dat het kabinet de handschoen oppakt.')).toEqual(['ask: ask-hope']);
    expect(classify('Wij hopen dat gemeenten de ruimte krijgen.')).toEqual([]);
  });

  it('hears services that stop, staff numbers that fall and income that lags, not support that stays', () => {
    expect(classify('Zorgaanbieders stoppen met het leveren van wijkverpleging in dunbevolkte gebieden.')).toEqual(['problem: problem-closing']);
    expect(classify('Bijna de helft van de huisartsen neemt geen nieuwe patiënten meer aan.')).toEqual(['problem: problem-closing']);
    expect(classify('Het aantal meldingen van huiselijk geweld nam met 20 procent toe.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('Een kwart van de medewerkers overweegt de zorg te verlaten.')).toEqual(['problem: problem-hardship']);
    expect(classify('De bouw van nieuwe woningen stokt.')).toEqual(['problem: problem-blocked']);
    expect(classify('De inkomsten van gemeenten blijven achter bij de stijgende uitgaven.')).toEqual(['problem: problem-growth, problem-falls-short']);
    expect(classify('Het aantal ouderen neemt snel toe, terwijl het aantal zorgmedewerkers daalt.')).toEqual(['problem: problem-shortage, problem-growth']);
    expect(classify('Wij blijven achter dit plan staan.')).toEqual([]);
  });

  it('hears advice and wishes in their other words, not where to read on', () => {
    expect(classify('Het advies aan het kabinet luidt: verleng de regeling.')).toEqual(['ask: ask-imperative, ask-request-to']);
    expect(classify('Wij raden het kabinet aan de regeling te verlengen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij geven het kabinet mee om de uitvoering centraal te stellen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij willen u meegeven dat de uitvoering complex is.')).toEqual([]);
    expect(classify('Het is raadzaam de wet aan te passen.')).toEqual(['ask: ask-necessity']);
    expect(classify('Wij doen de dringende oproep de wet aan te passen.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Het zou wenselijk zijn als de minister de wet aanpast.')).toEqual(['ask: ask-wish']);
    expect(classify('Het kabinet zou er goed aan doen de wet aan te passen.')).toEqual(['ask: ask-wish']);
    expect(classify('Wij raden u aan onze bijlage te lezen.')).toEqual([]);
    // A command joined on to the one before.
    expect(classify('En schrap de kostendelersnorm voor jongeren.')).toEqual(['ask: ask-imperative']);
    expect(classify('Maar zorg ervoor dat gemeenten voldoende middelen krijgen.')).toEqual(['ask: ask-imperative']);
    expect(classify('En werken wij samen met de provincie.')).toEqual([]);
    expect(classify('Het is de hoogste tijd dat het kabinet de korting schrapt.')).toEqual(['ask: ask-time']);
    expect(classify('U kunt het verschil maken door de motie te steunen.')).toEqual(['ask: ask-actor-can']);
    expect(classify('U kunt de bijlage vinden op onze website.')).toEqual([]);
  });

  it('hears a call to act together, not the stock phrases that frame a statement', () => {
    expect(classify('Laten we samen zorgen dat iedereen een thuis heeft.')).toEqual(['ask: ask-together']);
    expect(classify('Kortom: laten we de handen ineenslaan.')).toEqual(['ask: ask-together']);
    expect(classify('Laten we niet vergeten dat gemeenten het meeste werk doen.')).toEqual([]);
    expect(classify('Laten we eerst kijken naar de cijfers van dit jaar.')).toEqual([]);
    expect(classify('Wij laten ons niet ontmoedigen door de cijfers.')).toEqual([]);
  });

  it('reads a duty the law lays down as described, not demanded', () => {
    expect(classify('Gemeenten moeten volgens de Wmo zorgen voor passende ondersteuning.')).toEqual([]);
    expect(classify('Volgens de Jeugdwet moeten gemeenten jeugdhulp bieden.')).toEqual([]);
    expect(classify('Gemeenten dienen op grond van de Participatiewet werk te bieden.')).toEqual([]);
    expect(classify('Het rijk moet volgens ons de gemeenten compenseren.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten moeten ervoor zorgen dat inwoners de juiste zorg krijgen, dat is hun wettelijke taak.')).toEqual([]);
    // A duty that stands since a year, what a planning bureau says must happen, what the senders need of themselves.
    expect(classify('Gemeenten moeten sinds 2015 zorgen voor passende ondersteuning.')).toEqual([]);
    expect(classify('Sinds 2015 moeten gemeenten zorgen voor passende ondersteuning.')).toEqual([]);
    expect(classify('Volgens het CPB moet de overheid jaarlijks investeren in de zorg.')).toEqual([]);
    expect(classify('Volgens ons moet het kabinet investeren.')).toEqual(['ask: ask-modal']);
    expect(classify('Daarvoor is het nodig dat wij samen optrekken.')).toEqual([]);
    // A bill's deadline described; what must be done in a clause of reason explains, the main clause may still demand.
    expect(classify('Provincies moeten binnen een jaar na inwerkingtreding een provinciaal volkshuisvestingsprogramma vaststellen.')).toEqual([]);
    expect(classify('Gemeenten moeten na inwerkingtreding voldoende tijd krijgen.')).toEqual(['ask: ask-modal']);
    expect(classify('Die termijn is te kort, omdat provincies daarvoor eerst afspraken met gemeenten moeten maken.')).toEqual(['problem: problem-lack']);
    expect(classify('Het kabinet moet investeren, omdat gemeenten anders moeten bezuinigen.')).toEqual(['ask: ask-modal']);
    // What the senders press for, by name; what is wished for at the end of the sentence.
    expect(classify('Onze inzet is dat de eigen bijdrage voor beschermd wonen wordt afgeschaft.')).toEqual(['ask: ask-our-request']);
    expect(classify('Onze inzet is om samen met gemeenten te werken.')).toEqual([]);
    expect(classify('Een structurele oplossing voor de financiering van de jeugdzorg is dringend gewenst.')).toEqual(['ask: ask-necessity']);
    expect(classify('Dit is niet gewenst.')).toEqual([]);
    // A request to someone named with an adjective, a solution announced by its label, what is important put first.
    expect(classify('Onze oproep aan het nieuwe kabinet: kies voor de regio.')).toEqual(['ask: ask-imperative, ask-our-request']);
    expect(classify('De oplossing: meer sociale huurwoningen in elke gemeente.')).toEqual(['ask: ask-solution']);
    expect(classify('Belangrijk is dat gemeenten vooraf weten waar zij aan toe zijn.')).toEqual(['ask: ask-necessity']);
    expect(classify('Belangrijk is dat wij samen optrekken.')).toEqual([]);
    expect(classify('Belangrijk is de rol van de provincie.')).toEqual([]);
    // What the addressee wrote must happen, and what a motion asks, are reported; what the senders add after "maar" still asks.
    expect(classify('In uw brief van 12 maart schrijft u dat gemeenten efficiënter moeten werken.')).toEqual([]);
    expect(classify('De minister stelt in haar brief dat gemeenten de taken moeten uitvoeren binnen het budget.')).toEqual([]);
    expect(classify('U schrijft dat gemeenten efficiënter moeten werken, maar het Rijk moet eerst de middelen geven.')).toEqual(['ask: ask-modal']);
    expect(classify('Wij stellen dat het kabinet moet investeren.')).toEqual(['ask: ask-modal']);
    expect(classify('De motie-Bikker vraagt de regering om de kostendelersnorm af te schaffen.')).toEqual([]);
    expect(classify('Wij vragen u de motie-Bikker uit te voeren.')).toEqual(['ask: ask-request-verb']);
    // Questions that ask the reader: whether the Kamer is willing, leave to ask, an answer wanted; indignation put as a question states a problem.
    expect(classify('Is de Kamer bereid een amendement in te dienen?')).toEqual(['ask: ask-polite-question']);
    expect(classify('Mogen wij u vragen dit punt in te brengen tijdens het debat?')).toEqual(['ask: ask-polite-question']);
    expect(classify('Wij vragen ons af of de minister bereid is de kostendelersnorm te schrappen.')).toEqual(['ask: ask-wonder-if-willing']);
    expect(classify('Wij vragen ons af of dit werkt.')).toEqual([]);
    expect(classify('Graag horen wij van u hoe u de uitvoerbaarheid gaat borgen.')).toEqual(['ask: ask-reply']);
    expect(classify('Wij horen graag van u.')).toEqual([]);
    // What the senders want others to do, and the government they wish for; not what they want of themselves or to do.
    expect(classify('Wij willen dat gemeenten weer financiële ruimte krijgen.')).toEqual(['ask: ask-want']);
    expect(classify('Wij wensen dat het kabinet investeert in de regio.')).toEqual(['ask: ask-want']);
    expect(classify('We willen een overheid die betrouwbaar is.')).toEqual(['ask: ask-want']);
    expect(classify('Wij zien uit naar een kabinet dat kiest voor bestaanszekerheid.')).toEqual(['ask: ask-want']);
    expect(classify('Wij willen dat onze leden goed geïnformeerd zijn.')).toEqual([]);
    expect(classify('Wij willen dat iedereen die dat nodig heeft snel hulp krijgt.')).toEqual([]);
    expect(classify('Wij willen dat doen samen met de bewoners, in de wijk.')).toEqual([]);
    expect(classify('Wij zien uit naar een goed gesprek.')).toEqual([]);
    expect(classify('Hoe kan het dat in een rijk land als Nederland een op de twaalf kinderen in armoede opgroeit?')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Hoe kan het dat gemeenten zo goed samenwerken?')).toEqual([]);
    expect(classify('Wat betekent dit voor gemeenten?')).toEqual([]);
    // Spent beyond what came in, said in the perfect tense.
    expect(classify('Gemeenten hebben in 2023 ruim 2 miljard euro meer uitgegeven aan de Wmo dan zij van het Rijk ontvingen.')).toEqual(['problem: problem-overspend']);
    expect(classify('Daarvoor is het nodig dat wij en het Rijk samen optrekken.')).toEqual(['ask: ask-need']);
    // What municipalities must do with less is no action of theirs: the harm stands.
    expect(classify('Gemeenten moeten meer doen met minder geld.')).toEqual(['problem: problem-forced']);
  });

  it('hears wages and funding that lag, record absence, staff who leave and things ever harder', () => {
    expect(classify('De OVA-indexatie dekt de werkelijke loonstijging niet.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Dit dekt niet alleen de kosten maar ook de investeringen.')).toEqual([]);
    expect(classify('Zorgmedewerkers verdienen gemiddeld 8 procent minder dan in vergelijkbare sectoren.')).toEqual(['problem: problem-hardship']);
    expect(classify('Het verzuim in de sector ligt met 8,2 procent op recordhoogte.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('De helft van de nieuwe medewerkers vertrekt binnen twee jaar.')).toEqual(['problem: problem-hardship']);
    expect(classify('Ondertussen verlaten steeds meer jeugdzorgwerkers het vak.')).toEqual(['problem: problem-ever-more, problem-hardship']);
    // A harm that reaches more people or places; not what the senders' own work reaches.
    expect(classify('Ondermijnende criminaliteit raakt steeds meer wijken.')).toEqual(['problem: problem-ever-more, problem-reaches-more, problem-words']);
    expect(classify('De nieuwe regel treft een groeiend aantal huishoudens.')).toEqual(['problem: problem-growth, problem-reaches-more']);
    // A plural noun in -en is no command, though compounds pass it off as a stem (initiatie + vent);
    // stems in -en are ("Verken", "Erken", "Verreken").
    expect(classify('Initiatieven stranden op regelgeving.')).toEqual(['problem: problem-blocked']);
    expect(classify('Schotten tussen stelsels maken de zorg onnodig ingewikkeld.')).toEqual(['problem: problem-words, problem-needless']);
    expect(classify('Verken met ons de houdbaarheid van de Wmo.')).toEqual(['ask: ask-imperative']);
    expect(classify('Verreken de kosten met de zorgverzekeraars.')).toEqual(['ask: ask-imperative']);
    expect(classify('Projecten stranden niet op geld.')).toEqual([]);
    // Time lost, and a minimum no longer enough.
    expect(classify('Zorgverleners zijn veel tijd kwijt aan administratie.')).toEqual(['problem: problem-pressure']);
    expect(classify('Professionals verliezen veel tijd met het zoeken naar de juiste loketten.')).toEqual(['problem: problem-pressure']);
    expect(classify('Wij verliezen geen tijd met discussies.')).toEqual([]);
    expect(classify('Het bestaansminimum is niet meer toereikend.')).toEqual(['problem: problem-no-longer, problem-lack']);
    // No home of a kind: "geen huurwoning".
    expect(classify('Jongeren met schulden krijgen geen huurwoning.')).toEqual(['problem: problem-lack, problem-words']);
    expect(classify('Huurders krijgen geen huurverhoging.')).toEqual([]);
    // Savings counted before they are made; not the senders' own.
    expect(classify('Het kabinet boekt echter nu al besparingen in die nog niet zijn gerealiseerd.')).toEqual(['problem: problem-cuts, problem-no-longer']);
    expect(classify('Het Rijk heeft een besparing van 1 miljard ingeboekt.')).toEqual(['problem: problem-cuts']);
    expect(classify('Wij boeken besparingen in ons eigen budget.')).toEqual([]);
    expect(classify('Wij boeken goede resultaten in de wijken.')).toEqual([]);
    expect(classify('Onze aanpak raakt steeds meer mensen in de wijk.')).toEqual([]);
    expect(classify('Het programma bereikt steeds meer jongeren.')).toEqual([]);
    expect(classify('Medewerkers stoppen om vijf uur met werken.')).toEqual([]);
    expect(classify('De Rijksbijdrage is niet geïndexeerd.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Wij brengen graag onder uw aandacht dat de middelen tekortschieten.')).toEqual(['problem: problem-shortage']);
    expect(classify('Ouderen kunnen steeds moeilijker een geschikte woning vinden.')).toEqual(['problem: problem-hardship']);
    expect(classify('De kosten stegen met ca. 12 % t.o.v. 2022.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    // Work not found with words between, uncertainty that lasts, tasks left to those they are not for, needless harm, emergency shelter that grows.
    expect(classify('Veel jongeren met een beperking vinden na hun opleiding geen werk.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij vinden geen reden om dit te steunen.')).toEqual([]);
    expect(classify('Boeren zitten al jaren in onzekerheid over hun toekomst.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Gezinnen die in armoede leven, hebben recht op steun.')).toEqual([]);
    expect(classify('Wij vinden het moeilijk om dit te zeggen.')).toEqual([]);
    expect(classify('Politie en wijkagenten worden steeds vaker ingezet voor taken die niet bij hen horen.')).toEqual(['problem: problem-ever-more, problem-wrong-task']);
    expect(classify('Dat leidt tot onnodige opnames in het ziekenhuis.')).toEqual(['problem: problem-needless']);
    expect(classify('Voorkom onnodige opnames in het ziekenhuis.')).toEqual(['ask: ask-imperative']);
    expect(classify('Het aantal asielzoekers dat in een noodopvang verblijft, is het afgelopen jaar verdubbeld.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal leden is het afgelopen jaar verdubbeld.')).toEqual([]);
    // Paid out of one's own pocket, reserves spent, means that grow slower than the tasks; paperwork that costs time.
    expect(classify("Gemeenten betalen jaarlijks honderden miljoenen euro's aan jeugdzorg uit eigen zak.")).toEqual(['problem: problem-unfunded']);
    expect(classify('Wij financieren de pilot uit eigen middelen.')).toEqual([]);
    expect(classify('De meeste gemeenten hebben hun reserves al aangesproken.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Gemeenten hebben hun reserves op peil.')).toEqual([]);
    expect(classify('Het gemeentefonds groeit minder hard dan de taken van gemeenten.')).toEqual(['problem: problem-unfunded, problem-growth']);
    expect(classify('De bureaucratie rond de Wlz kost zorgmedewerkers gemiddeld een dag per week.')).toEqual(['problem: problem-pressure']);
    // Waiting said after "terwijl", and a stay longer than needed; not waiting for an answer.
    expect(classify('Zorgaanbieders houden geld over aan het eind van het jaar, terwijl cliënten wachten.')).toEqual(['problem: problem-waiting']);
    expect(classify('Wij hebben het plan ingediend, terwijl wij wachten op een besluit.')).toEqual([]);
    expect(classify('Statushouders blijven langer dan nodig in het azc wonen.')).toEqual(['problem: problem-waiting']);
    // Homes sold to investors, fewer chances, a system that rewards the wrong thing (not one that prevents it).
    expect(classify('Sociale huurwoningen worden steeds vaker verkocht aan beleggers.')).toEqual(['problem: problem-harmful-state, problem-ever-more']);
    expect(classify('Kinderen uit arme gezinnen hebben minder kansen op een goede opleiding.')).toEqual(['problem: problem-exclusion']);
    expect(classify('Kinderen hebben minder kans op ziekte.')).toEqual([]);
    expect(classify('De huidige financiering prikkelt zorgaanbieders om meer zorg te leveren dan nodig is.')).toEqual(['problem: problem-perverse-incentive']);
    expect(classify('De bekostiging geeft verkeerde prikkels.')).toEqual(['problem: problem-perverse-incentive']);
    expect(classify('Het nieuwe stelsel voorkomt perverse prikkels.')).toEqual([]);
    // What cannot be connected, placed or covered, said in the passive; a risk that cannot be ruled out excludes no one.
    expect(classify('Ook nieuwe woonwijken, scholen en laadpleinen kunnen niet of pas na jaren worden aangesloten.')).toEqual(['problem: problem-cannot']);
    expect(classify('Cliënten kunnen nauwelijks nog worden geplaatst.')).toEqual(['problem: problem-cannot']);
    expect(classify('Dit risico kan niet worden uitgesloten.')).toEqual([]);
    expect(classify('Jongeren worden uitgesloten van de regeling.')).toEqual(['problem: problem-exclusion']);
    // Those not involved, a missed chance; what an article of a bill says must happen is described.
    expect(classify('Huurdersorganisaties worden nu niet betrokken bij de urgentieregeling.')).toEqual(['problem: problem-scarce']);
    expect(classify('Dat is een gemiste kans.')).toEqual(['problem: problem-idiom']);
    expect(classify('De uitvoerbaarheid blijft een groot zorgpunt voor gemeenten.')).toEqual(['problem: problem-concern']);
    expect(classify('Een belangrijk zorgpunt is de financiering van de jeugdzorg.')).toEqual(['problem: problem-concern']);
    expect(classify('Wij nemen dit zorgpunt mee in ons overleg.')).toEqual([]);
    // Levies, premiums and own contributions that rose; not a tax meant to discourage.
    expect(classify('De waterschapsbelasting voor huishoudens is in vier jaar met gemiddeld 25 procent toegenomen.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Het eigen risico is verhoogd tot 385 euro.')).toEqual(['problem: problem-rising-cost, problem-words']);
    expect(classify('De belasting op tabak is verhoogd.')).toEqual([]);
    expect(classify('De suikerbelasting is verhoogd.')).toEqual([]);
    // Children not seen for months, branches closed, those who bear the brunt, little left over, rules no one can follow.
    expect(classify('Kinderen worden soms maanden niet gezien door een jeugdbeschermer.')).toEqual(['problem: problem-scarce']);
    expect(classify('Dit wordt niet gezien als een probleem.')).toEqual([]);
    expect(classify('Bibliotheken sluiten hun vestigingen in kleine kernen.')).toEqual(['problem: problem-closing']);
    expect(classify('Jongeren zijn de dupe van de krapte op de woningmarkt.')).toEqual(['problem: problem-idiom, problem-words']);
    expect(classify('Een alleenstaande moeder met twee kinderen houdt na de vaste lasten nauwelijks iets over.')).toEqual(['problem: problem-scarce']);
    expect(classify('Het stelsel van toeslagen is onnavolgbaar geworden.')).toEqual(['problem: problem-inadequate']);
    // A verb in the third person after the first word: that word is its subject, no command.
    expect(classify('Sport verbindt mensen en draagt bij aan een gezonde samenleving.')).toEqual([]);
    // More who call on welfare, unqualified teachers, public transport thinned out.
    expect(classify('Het aantal jongeren dat een beroep doet op de bijstand is gestegen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Leerlingen krijgen les van onbevoegde docenten.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Het ov in de regio is de afgelopen jaren fors uitgedund.')).toEqual(['problem: problem-closing']);
    // Years on a waiting list, not knowing where to turn, hardly a chance.
    expect(classify('Woningzoekenden staan in de grote steden gemiddeld tien jaar ingeschreven.')).toEqual(['problem: problem-waiting']);
    expect(classify('Deze mensen zijn drie jaar ingeschreven als lid.')).toEqual([]);
    expect(classify('Huurders met een klacht weten vaak niet waar ze terecht kunnen.')).toEqual(['problem: problem-cannot']);
    expect(classify('Starters maken nauwelijks kans op een koopwoning.')).toEqual(['problem: problem-scarce']);
    // The genre's idioms of distress; not the senders' own loyalty.
    for (const text of ['De emmer loopt over.', 'Gemeenten zijn het afvoerputje van het Rijk geworden.', 'De grens van wat haalbaar is, is bereikt.', 'Het is een druppel op een gloeiende plaat.', 'Wij zitten met de handen in het haar.', 'Het kabinet laat gemeenten in de steek.', 'De jeugdzorg staat op instorten.']) {
      expect(classify(text), text).toEqual(['problem: problem-idiom']);
    }
    expect(classify('We zijn het vertrouwen van inwoners aan het verliezen.')).toEqual(['problem: problem-distrust']);
    expect(classify('Wij laten gemeenten niet in de steek.')).toEqual([]);
    expect(classify('Wij laten niemand in de steek.')).toEqual([]);
    // Shut out by digital services, unable to apply, camps and sports halls, over capacity, heat that hits the vulnerable most,
    // less investment forced by interest rates, rejected more often; not less paperwork, nor a programme that reaches young people.
    expect(classify('De digitale dienstverlening van de overheid sluit veel ouderen uit.')).toEqual(['problem: problem-exclusion']);
    expect(classify('Inwoners zonder DigiD kunnen hun toeslagen niet aanvragen.')).toEqual(['problem: problem-cannot']);
    expect(classify('Asielzoekers verblijven maanden in tentenkampen en sporthallen.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('De opvang in Ter Apel zit structureel boven de maximale capaciteit.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Hittestress treft vooral kwetsbare bewoners in versteende wijken.')).toEqual(['problem: problem-words, problem-hits-vulnerable, problem-hit']);
    expect(classify('Het programma raakt vooral jongeren.')).toEqual([]);
    expect(classify('Door de hoge rente kunnen corporaties minder investeren.')).toEqual(['problem: problem-cannot']);
    expect(classify('Door de nieuwe regeling kunnen wij minder uitgeven aan administratie.')).toEqual([]);
    expect(classify('Jongeren met een migratieachtergrond worden vaker afgewezen bij sollicitaties.')).toEqual(['problem: problem-exclusion']);
    // Service that declines, said in one word; tasks never funded in full.
    expect(classify('Onze inwoners merken dat de dienstverlening achteruitgaat.')).toEqual(['problem: problem-worsening']);
    expect(classify('De zorg gaat niet achteruit.')).toEqual([]);
    expect(classify('De decentralisaties zijn nooit volledig gefinancierd.')).toEqual(['problem: problem-unfunded']);
    // What others must do ever more often, a right lost, tasks that belong to the Rijk; not what must become possible.
    expect(classify('Steeds vaker moeten vrijwilligers taken van professionals overnemen.')).toEqual(['problem: problem-forced, problem-ever-more']);
    expect(classify('Steeds vaker moeten gemeenten kunnen afwijken van de regels.')).toEqual(['ask: ask-modal']);
    expect(classify('Mensen met een WW-uitkering verliezen hun recht op toeslagen.')).toEqual(['problem: problem-closing, problem-hardship']);
    expect(classify('Gemeenten betalen mee aan taken die eigenlijk bij het Rijk horen.')).toEqual(['problem: problem-wrong-task']);
    expect(classify('In het voorgestelde artikel 2.1 staat dat gemeenten een volkshuisvestingsprogramma moeten vaststellen.')).toEqual([]);
  });

  it('hears care out of reach, rules unclear, no fitting work, life under the poverty line', () => {
    expect(classify('De zorg is voor veel mensen niet toegankelijk.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Passende hulp is vaak niet beschikbaar.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Mensen met een beperking vinden geen passend werk.')).toEqual(['problem: problem-cannot, problem-lack']);
    expect(classify('De regels zijn onduidelijk en tegenstrijdig.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Zorgaanbieders worden overspoeld met administratie.')).toEqual(['problem: problem-strain']);
    expect(classify('Veel gezinnen leven onder de armoedegrens.')).toEqual(['problem: problem-trouble']);
    expect(classify('De energierekening is voor veel huishoudens niet meer op te brengen.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Zorg dat hulp beschikbaar en toegankelijk is.')).toEqual(['ask: ask-imperative']);
  });

  it('hears the senders call on, encourage and challenge the addressee, not ask residents', () => {
    expect(classify('Wij willen het kabinet oproepen om te investeren in preventie.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij moedigen het kabinet aan om door te gaan.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij dagen het kabinet uit om te kiezen voor preventie.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij willen uw aandacht vragen voor de positie van mantelzorgers.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij willen de komende jaren vragen blijven stellen.')).toEqual([]);
    expect(classify('Wij willen de inwoners vragen wat zij nodig hebben.')).toEqual([]);
  });

  it('hears the idioms that put the ball in the addressee’s court', () => {
    expect(classify('Het is aan het nieuwe kabinet om de middelen te regelen.')).toEqual(['ask: ask-invite']);
    expect(classify('De bal ligt nu bij het kabinet.')).toEqual(['ask: ask-invite']);
    expect(classify('Het is nu aan u.')).toEqual(['ask: ask-invite']);
    expect(classify('Het is aan u te danken dat dit lukte.')).toEqual([]);
    expect(classify('Het kabinet is nu aan zet.')).toEqual(['ask: ask-invite']);
    expect(classify('Het is aan gemeenten om te kiezen.')).toEqual([]);
    expect(classify('Het is nu tijd voor actie.')).toEqual(['ask: ask-time']);
  });

  it('hears an invitation to act or to talk, not one to visit the senders', () => {
    expect(classify('Wij nodigen het kabinet uit om de regels te vereenvoudigen.')).toEqual(['ask: ask-invite']);
    expect(classify('Wij nodigen u uit om met bewoners in gesprek te gaan.')).toEqual(['ask: ask-invite']);
    expect(classify('Wij nodigen u graag uit voor een werkbezoek.')).toEqual([]);
    expect(classify('Wij nodigen u uit om bij ons langs te komen.')).toEqual([]);
  });

  it('hears loneliness, mental distress, a growing problem and damp homes, not what is fought or no problem', () => {
    expect(classify('De helft van de jongeren voelt zich eenzaam.')).toEqual(['problem: problem-strain']);
    expect(classify('Een op de vijf jongeren heeft mentale problemen.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Huurders hebben te maken met achterstallig onderhoud en schimmel.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Dat is geen groot probleem.')).toEqual([]);
    expect(classify('Wij gaan eenzaamheid tegen.')).toEqual([]);
    expect(classify('Wij helpen mensen met psychische klachten aan werk.')).toEqual([]);
    // What is fought before ", maar" does not damp the problem after it.
    expect(classify('Gemeenten gaan armoede en schulden tegen, maar de middelen zijn onvoldoende.')).toEqual(['problem: problem-lack, problem-words']);
  });

  it('hears good news as good news, not a problem not getting better', () => {
    expect(classify('Wij zijn blij dat de wachtlijsten korter worden.')).toEqual([]);
    expect(classify('De wachttijden zijn de afgelopen jaren flink teruggelopen.')).toEqual([]);
    expect(classify('Dankzij de extra middelen is het tekort verdwenen.')).toEqual([]);
    expect(classify('De wachtlijsten worden niet korter.')).toEqual(['problem: problem-waiting']);
  });

  it('hears care avoided, problems piling up, children falling behind, reports that grow', () => {
    expect(classify('Het aantal mensen dat zorg mijdt vanwege de kosten neemt toe.')).toEqual(['problem: problem-growth, problem-cannot']);
    expect(classify('Wij zien dat de problemen zich opstapelen.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Wij stapelen de stenen op.')).toEqual([]);
    expect(classify('Kinderen in armoede lopen achterstanden op.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Jonge mantelzorgers combineren de zorg met hun studie en lopen daardoor een achterstand op.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Zij lopen daardoor geen achterstand op.')).toEqual([]);
    expect(classify('Het aantal meldingen bij Veilig Thuis is toegenomen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
  });

  it('hears funding grown unpredictable and burdens that double', () => {
    expect(classify('De financiering van medeoverheden is de afgelopen jaren steeds onvoorspelbaarder geworden.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Waterschappen zien hun lasten voor klimaatadaptatie verdubbelen.')).toEqual(['problem: problem-rising-cost, problem-growth']);
  });

  it('hears a standard not met and harm suffered, not a standard to be met or harm to prevent', () => {
    expect(classify('Een derde van de primaire keringen voldoet niet aan de nieuwe norm.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Zo’n 40 procent van de woningen zal in 2030 niet aan de norm voldoen.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Veel woningen voldoen niet aan de eisen voor energiezuinigheid.')).toEqual(['problem: problem-inadequate']);
    expect(classify('In droge zomers zakt het grondwater zo ver weg dat boeren en natuur schade lijden.')).toEqual(['problem: problem-hardship']);
    expect(classify('Wij zorgen dat alle dijken in 2050 voldoen aan de norm.')).toEqual([]);
    expect(classify('Het voorstel voldoet niet aan onze wensen.')).toEqual([]);
  });

  it('hears work left undone, a cut set in euros and what cannot be, not a target or an announcement', () => {
    expect(classify('Meldingen van burgers blijven liggen en aangiften worden niet opgevolgd.')).toEqual(['problem: problem-blocked']);
    expect(classify('De begroting voorziet in een taakstelling van 200 miljoen euro op de politie vanaf 2026.')).toEqual(['problem: problem-cuts']);
    expect(classify('De provincie heeft een taakstelling van 10.000 woningen.')).toEqual([]);
    expect(classify('Het kan niet zo zijn dat de politie de zorg moet opvangen.')).toEqual(['problem: problem-left-out']);
    expect(classify('In aanloop naar de begroting vragen wij uw aandacht voor de volgende punten.')).toEqual([]);
    expect(classify('Wij willen uw aandacht vragen voor de wachtlijsten in de jeugdzorg.')).toEqual(['ask: ask-request-verb']);
  });

  it('hears a large share of income spent on housing, and a measure that would be an important step', () => {
    expect(classify('Vier op de tien huurders betalen meer dan 40 procent van hun inkomen aan woonlasten.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Huishoudens zijn ruim de helft van hun inkomen kwijt aan huur.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Een opkoopbescherming die ook voor bestaande huurwoningen geldt, zou een belangrijke stap zijn.')).toEqual(['ask: ask-helps-if']);
    expect(classify('Dat was een belangrijke stap.')).toEqual([]);
  });

  it('hears deaths, years of life lost, harms that multiply, costs that run up and a cause left behind', () => {
    expect(classify('Jaarlijks overlijden in Nederland bijna 20.000 mensen aan de gevolgen van roken.')).toEqual(['problem: problem-hardship']);
    expect(classify('Mensen met een lage opleiding leven gemiddeld zeven jaar korter dan mensen met een hoge opleiding.')).toEqual(['problem: problem-unequal']);
    expect(classify('Het aantal kinderen met overgewicht is sinds 1980 verdrievoudigd.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('De zorgkosten die hiermee samenhangen, lopen op tot miljarden euro’s per jaar.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Preventie loont, maar komt in de politiek vaak op de tweede plaats.')).toEqual(['problem: problem-idiom']);
    expect(classify('Wij willen voorkomen dat mensen overlijden aan de gevolgen van roken.')).toEqual([]);
  });

  it('hears what is so short or high that something cannot be done', () => {
    expect(classify('De termijnen in de wet zijn zo kort dat gemeenten de programma’s niet zorgvuldig kunnen opstellen.')).toEqual(['problem: problem-lack']);
    expect(classify('De huren zijn zo hoog dat jongeren geen woning kunnen vinden.')).toEqual(['problem: problem-lack']);
    expect(classify('De termijnen zijn zo kort mogelijk gehouden.')).toEqual([]);
  });

  it('hears those rarely heard, not those the senders involve', () => {
    expect(classify('Jongeren zelf worden zelden betrokken bij het beleid dat over hen gaat.')).toEqual(['problem: problem-scarce']);
    expect(classify('Wij zorgen dat jongeren worden betrokken.')).toEqual([]);
  });

  it('hears a demand on the addressee in a clause of opinion, not on others, and advice that it would be wise', () => {
    expect(classify('Wij zijn van mening dat het kabinet de korting moet schrappen.')).toEqual(['ask: ask-modal']);
    expect(classify('Wij vrezen dat gemeenten moeten bezuinigen.')).toEqual(['problem: problem-concern, problem-cuts, problem-forced']);
    expect(classify('Het kabinet zou er verstandig aan doen de korting te schrappen.')).toEqual(['ask: ask-wish']);
  });

  it('knows more of the genre’s idioms of decline, not their lookalikes', () => {
    const problems = ['Het aantal schuldenaars stijgt.', 'Veel gemeenten staan financieel met de rug tegen de muur.', 'Zorgaanbieders moeten steeds vaker nee verkopen.', 'De bouwproductie is ingestort.', 'Kinderen groeien op in onzekerheid.', 'De sociale huurvoorraad slinkt.', 'Mensen met een beperking kunnen nergens terecht.', 'Huurders zitten in de kou.', 'Het netwerk van sportvoorzieningen brokkelt af.', 'De kosten rijzen de pan uit.', 'Instellingen draaien verlies.'];
    expect(problems.filter((text) => !classify(text).some((claim) => claim.startsWith('problem')))).toEqual([]);
    expect(['Wij storten ons in het werk.', 'Wij zetten niemand in de kou.', 'Deze brief is geen verlies.'].flatMap((text) => classify(text))).toEqual([]);
    expect(classify('Het kabinet moet staatsdeelnemingen verkopen.')).toEqual(['ask: ask-modal']);
  });

  it('hears people with problems of a kind, not problems prevented', () => {
    expect(classify('In Carnisse woont een op de drie kinderen in een huishouden met betalingsproblemen.')).toEqual(['problem: problem-trouble']);
    expect(classify('Preventie voorkomt gezondheidsproblemen bij ouderen.')).toEqual([]);
  });

  it('hears funding that falls or leaves a gap, control and help lacking, people out of view', () => {
    expect(classify('De rijksbijdrage voor de sociale werkvoorziening daalt ieder jaar.')).toEqual(['problem: problem-cuts']);
    expect(classify('De eigen bijdrage daalt volgend jaar met tien euro.')).toEqual([]);
    expect(classify('Het gat tussen de bijdrage en de werkelijke kosten bedraagt € 180 miljoen per jaar.')).toEqual(['problem: problem-shortage']);
    expect(classify('Er is een financieel gat van 20 miljoen.')).toEqual(['problem: problem-shortage']);
    expect(classify('Er is een gat in de markt voor nieuwe aanbieders.')).toEqual([]);
    expect(classify('Er is geen landelijke regie op het onderzoek naar de ziekte.')).toEqual(['problem: problem-lack']);
    expect(classify('De diagnose wordt vaak pas laat gesteld.')).toEqual(['problem: problem-waiting']);
    expect(classify('Ruim 80.000 mensen leven met dementie zonder passende ondersteuning.')).toEqual(['problem: problem-lack']);
    expect(classify('Gemeenten krijgen nieuwe taken zonder de bijbehorende middelen.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Gemeenten krijgen taken zonder de middelen om die uit te voeren.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Wij kunnen dit niet zonder de middelen van het Rijk.')).toEqual([]);
    expect(classify('Gemeenten zien de kosten van de jeugdzorg ieder jaar oplopen.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Jongeren met een licht verstandelijke beperking raken vaak uit beeld.')).toEqual(['problem: problem-idiom']);
    expect(classify('Zo komen kwetsbare jongeren weer in beeld.')).toEqual([]);
    expect(classify('Het probleem: er zijn in de sector ruim 4.000 vacatures, en dat aantal groeit.')).toEqual(['problem: problem-shortage, problem-named, problem-growth']);
    expect(classify('Het grootste probleem is niet het geld maar de regels.')).toEqual(['problem: problem-named']);
    expect(classify('Wij lossen dit probleem samen op.')).toEqual([]);
    expect(classify('Groepen worden gesloten omdat er geen pedagogisch medewerker beschikbaar is.')).toEqual(['problem: problem-closing, problem-out-of-reach']);
    expect(classify('Zonder extra medewerkers is die groei niet op te vangen.')).toEqual(['problem: problem-cannot']);
    expect(classify('Een behandelaar besteedt gemiddeld 35 procent van zijn werktijd aan administratie.')).toEqual(['problem: problem-pressure']);
  });

  it('hears more of how the genre describes harm, not remedies for it', () => {
    const problems = [
      'Steeds vaker moeten gezinnen kiezen tussen eten en de energierekening.',
      'De inkomensgrens van de huurtoeslag zorgt voor een armoedeval.',
      'Werken loont voor veel mensen niet.',
      'Nieuwbouwprojecten worden uitgesteld of geannuleerd.',
      'De bereikbaarheid van de acute zorg in de regio is in het geding.',
      'De Participatiewet is star en wantrouwend.',
      'Het is voor mensen met een beperking bijna onmogelijk om een passende woning te vinden.',
      'Kinderen groeien op in slechte en vochtige woningen.',
      'Zorgaanbieders maken verlies op de Wlz-zorg.',
      'Steeds meer mensen melden zich bij de voedselbank.',
      'Op het platteland sluiten steeds meer huisartsenpraktijken.',
      'De energietransitie gaat te langzaam.',
      'Het aantal mensen zonder dak boven hun hoofd is gestegen tot 30.000.',
    ];
    expect(problems.filter((text) => !classify(text)[0]?.startsWith('problem:'))).toEqual([]);
    expect(classify('Wij werken samen met de voedselbank.')).toEqual([]);
    expect(classify('Wij willen de armoedeval aanpakken.')).toEqual([]);
    expect(classify('Werken loont weer.')).toEqual([]);
    expect(classify('Verbeter de slechte woningen.')).toEqual(['ask: ask-imperative']);
  });

  it('hears figures that describe a problem, not help the senders give or money the Rijk adds', () => {
    expect(classify('Ruim 1 miljoen huishoudens leven in energiearmoede.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('In 2023 waren er 32.000 dak- en thuislozen in Nederland.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Eén op de drie jongeren heeft geen startkwalificatie.')).toEqual(['problem: problem-hardship']);
    expect(classify('Gemeenten betalen jaarlijks 1,5 miljard euro bij op de jeugdzorg.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Het Rijk betaalt 200 miljoen euro bij voor de jeugdzorg.')).toEqual([]);
    expect(classify('Wij helpen 5.000 daklozen per jaar aan een woning.')).toEqual([]);
    expect(classify('Wij willen voorkomen dat gezinnen in armoede leven.')).toEqual([]);
  });

  it('hears budgets that cannot be balanced and a growing divide, not a cut the senders welcome undone', () => {
    expect(classify('Gemeenten kunnen hun begroting niet sluiten.')).toEqual(['problem: problem-cannot']);
    expect(classify('De begrotingen van gemeenten zijn niet meer sluitend.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Veel gemeenten hebben geen sluitende meerjarenbegroting meer.')).toEqual(['problem: problem-cannot']);
    expect(classify('De begroting wordt in november behandeld.')).toEqual([]);
    expect(classify('Er is sprake van een groeiende tweedeling in de samenleving.')).toEqual(['problem: problem-growth, problem-unequal']);
    expect(classify('Wij zijn blij dat het kabinet de opschalingskorting heeft geschrapt.')).toEqual([]);
    expect(classify('Wij zijn blij met de extra middelen, maar de tekorten in de jeugdzorg blijven groot.')).toEqual(['problem: problem-shortage, problem-magnitude']);
  });

  it('hears growing demand for care, absence that is high, people without work or school', () => {
    expect(classify('De vraag naar jeugdhulp neemt jaarlijks toe.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal mensen met een hulpvraag neemt jaarlijks met 5 procent toe.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het ziekteverzuim in de zorg is hoog.')).toEqual(['problem: problem-growing-harm, problem-magnitude, problem-words']);
    expect(classify('De helft van de statushouders heeft na vijf jaar nog geen betaald werk.')).toEqual(['problem: problem-hardship']);
    expect(classify("Zo'n 60.000 jongeren zitten thuis zonder onderwijs.")).toEqual(['problem: problem-hardship']);
    expect(classify('De vraag naar woningen neemt toe.')).toEqual([]);
    expect(classify('De kwaliteit van de zorg is hoog.')).toEqual([]);
  });

  it('hears deaths above the average or other countries and wards that close, not contracts they close', () => {
    expect(classify('De babysterfte in Nederland ligt nog altijd hoger dan in de ons omringende landen.')).toEqual(['problem: problem-above-average, problem-words']);
    expect(classify('In kwetsbare wijken is de perinatale sterfte twee keer zo hoog als gemiddeld.')).toEqual(['problem: problem-above-average, problem-words']);
    expect(classify('Zwangere vrouwen moeten steeds vaker ver reizen omdat afdelingen verloskunde sluiten.')).toEqual(['problem: problem-closing, problem-forced, problem-ever-more']);
    expect(classify('De lonen in Nederland liggen hoger dan in omringende landen.')).toEqual([]);
    expect(classify('Scholen sluiten contracten af met de gemeente.')).toEqual([]);
    expect(classify('De afdelingen sluiten aan bij de wijkteams.')).toEqual([]);
  });

  it('hears years before help comes and work that helpers can hardly cope with', () => {
    expect(classify('Gemiddeld duurt het vijf jaar voordat iemand met schulden hulp zoekt.')).toEqual(['problem: problem-waiting, problem-words']);
    expect(classify('Het duurt gemiddeld 18 maanden voordat een statushouder een woning krijgt.')).toEqual(['problem: problem-waiting']);
    expect(classify('Hun vrijwilligers kunnen het werk nauwelijks nog aan.')).toEqual(['problem: problem-cannot']);
    expect(classify('Hulporganisaties melden dat hun vrijwilligers het werk niet meer aankunnen.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('De bouw duurt twee jaar.')).toEqual([]);
  });

  it('hears what lags behind and people who cannot take part', () => {
    expect(classify('Acht jaar later constateren wij dat de uitvoering ervan ver achterblijft.')).toEqual(['problem: problem-falls-short']);
    expect(classify('Het gevolg is dat mensen thuis blijven en niet mee kunnen doen aan werk.')).toEqual(['problem: problem-cannot']);
    // A value for everyone, no harm and no ask (see "universal-value").
    expect(classify('Iedereen moet mee kunnen doen.')).toEqual([]);
    expect(classify('Niemand mag achterblijven.')).toEqual([]);
  });

  it('hears what the senders demand of others, not what they demand of themselves or forecast', () => {
    expect(classify('Wij eisen dat het kabinet de bezuiniging op de jeugdzorg terugdraait.')).toEqual(['ask: ask-expect']);
    expect(classify('Wij verlangen van het Rijk dat het de tekorten volledig compenseert.')).toEqual(['ask: ask-expect']);
    expect(classify('Wij eisen van onszelf dat wij de jeugdhulp goed organiseren.')).toEqual([]);
    expect(classify('Wij verwachten dat de tekorten de komende jaren verder oplopen.')).toEqual(['problem: problem-shortage, problem-rising-cost, problem-growth']);
    expect(classify('Wij verwachten dat u de middelen beschikbaar stelt.')).toEqual(['ask: ask-expect']);
  });

  it('hears a cause of death, avoidable or not, and no goal in "vermijdbare"', () => {
    expect(classify('Dementie is doodsoorzaak nummer één.')).toEqual(['problem: problem-hardship']);
    expect(classify('Roken is de belangrijkste vermijdbare doodsoorzaak in Nederland.')).toEqual(['problem: problem-hardship']);
    expect(classify('Wij willen vermijden dat mensen in de schulden raken.')).toEqual([]);
  });

  it('hears what was hard to carry out', () => {
    expect(classify('De regeling is lastig in de uitvoering.')).toEqual(['problem: problem-words, problem-burden']);
    expect(classify('Het was complex in de uitvoering en niet duurzaam helpend voor inwoners.')).toEqual(['problem: problem-words, problem-burden']);
    expect(classify('Wij helpen gemeenten in de uitvoering.')).toEqual([]);
  });

  it('hears a sender in the third person call on the Rijk, not the cabinet calling on others', () => {
    expect(classify('De gemeente Utrecht doet een dringend beroep op het Rijk om de jeugdzorg te financieren.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Dit doet een groot beroep op de veerkracht van inwoners.')).toEqual([]);
    expect(classify('Het kabinet roept gemeenten op om meer woningen te bouwen.')).toEqual([]);
    expect(classify('De minister vraagt het Rijk om een plan.')).toEqual([]);
    expect(classify('Aedes roept de Kamer op om de verhuurderheffing niet opnieuw in te voeren.')).toEqual(['ask: ask-request-actor, ask-call-upon']);
  });

  it('hears organisations that collapse, jobs lost, people not heard and a split', () => {
    expect(classify('Zorgaanbieders vallen om.')).toEqual(['problem: problem-collapse']);
    expect(classify('Zonder steun vallen organisaties om.')).toEqual(['problem: problem-collapse']);
    expect(classify('Er gaan banen verloren.')).toEqual(['problem: problem-closing']);
    expect(classify('Inwoners voelen zich niet gehoord.')).toEqual(['problem: problem-exclusion']);
    expect(classify('Gemeenten zitten in een spagaat.')).toEqual(['problem: problem-idiom']);
    expect(classify('Wij vallen niet om.')).toEqual([]);
    expect(classify('Het valt op dat gemeenten veel doen.')).toEqual([]);
    expect(classify('Er mag geen tijd verloren gaan.')).toEqual([]);
  });

  it('hears a burden repeated as a problem, not a demand on the Rijk or a plea not to repeat', () => {
    expect(classify('Inwoners moeten telkens opnieuw hun verhaal doen.')).toEqual(['problem: problem-forced']);
    expect(classify('Aanbieders moeten nu voor elke gemeente een andere verantwoording aanleveren.')).toEqual(['problem: problem-forced']);
    expect(classify('Gemeenten moeten elk jaar opnieuw subsidie aanvragen voor hetzelfde project.')).toEqual(['problem: problem-forced']);
    expect(classify('Gemeenten moeten niet telkens opnieuw het wiel uitvinden.')).toEqual(['ask: ask-modal']);
    expect(classify('Het Rijk moet jaarlijks opnieuw de uitkering vaststellen.')).toEqual(['ask: ask-modal']);
  });

  it('hears what others must do now, how long or at their own cost, as no demand', () => {
    expect(classify('Statushouders moeten vaak maanden in het azc blijven.')).toEqual(['problem: problem-forced']);
    expect(classify('Ouders moeten vaak zelf de zorg voor hun kind regelen.')).toEqual(['problem: problem-forced']);
    expect(classify('Gemeenten moeten het tekort dekken uit hun reserves.')).toEqual(['problem: problem-shortage, problem-forced']);
    expect(classify('Veel huishoudens moeten rondkomen van een inkomen onder het sociaal minimum.')).toEqual(['problem: problem-forced']);
    expect(classify('Zorgverleners moeten een groot deel van hun tijd besteden aan registratie.')).toEqual(['problem: problem-forced']);
    expect(classify('Mantelzorgers moeten hun baan opzeggen om voor hun naaste te zorgen.')).toEqual(['problem: problem-forced']);
    expect(classify('Gemeenten moeten regelmatig overleggen met zorgaanbieders.')).toEqual([]);
    expect(classify('Inwoners moeten zelf kunnen kiezen.')).toEqual(['ask: ask-modal']);
    expect(classify('Het Rijk moet vaker luisteren naar gemeenten.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten moeten soms kunnen afwijken van de regels.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten moeten jaren vooruit kunnen plannen.')).toEqual(['ask: ask-modal']);
    expect(classify('Ouders moeten zelf de zorg kunnen regelen.')).toEqual(['ask: ask-modal']);
    expect(classify('Zorgverleners moeten minder tijd besteden aan administratie.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten moeten dit niet uit eigen middelen hoeven te betalen.')).toEqual(['ask: ask-modal']);
    expect(classify('Inwoners moeten kunnen rekenen op een voorspelbaar inkomen.')).toEqual(['ask: ask-modal']);
  });

  it('hears a need stated first and a request made with emphasis, not what is needed as a subject', () => {
    expect(classify('Nodig is een meerjarige investering in de sociale basis.')).toEqual(['ask: ask-need']);
    expect(classify('Wat er nodig is, is een meerjarige investering.')).toEqual(['ask: ask-need']);
    expect(classify('Wat er nodig is, overstijgt vaak het individu.')).toEqual([]);
    expect(classify('Wij willen u met klem vragen de korting te schrappen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Wij willen dat er een einde komt aan de bezuinigingen.')).toEqual(['ask: ask-want']);
    expect(classify('Het is belangrijk dat het kabinet de regie neemt.')).toEqual(['ask: ask-necessity']);
    expect(classify('Het is belangrijk om te weten dat de regeling tijdelijk is.')).toEqual([]);
  });

  it('hears a challenge faced, not a goal called a challenge', () => {
    expect(classify('Ook staan we voor de uitdaging van dubbele vergrijzing, zowel op wonen als zorg.')).toEqual(['problem: problem-challenge, problem-words']);
    expect(classify('Wij staan voor de uitdaging om samen de wijk te verbeteren.')).toEqual([]);
  });

  it('hears a sector that can no longer cope, not what cannot be the case', () => {
    expect(classify('Gemeenten kunnen het werk niet langer aan.')).toEqual(['problem: problem-cannot']);
    expect(classify('Dat kan niet aan de orde zijn.')).toEqual([]);
  });

  it('hears debts, stress, time lost to paperwork, vacancies unfilled, dropouts, levels that fall and services lost', () => {
    const problems = ['Studenten hebben gemiddeld 15.000 euro studieschuld.', 'Een op de vijf studenten heeft financiële stress.', 'Huisartsen hebben geen tijd meer voor preventie.', 'Veel scholen kunnen hun vacatures niet vullen.', 'Zorgverleners besteden een derde van hun tijd aan administratie.', 'Veel jongeren vallen uit zonder diploma.', 'Het leesniveau van kinderen daalt al jaren.', 'Kleine dorpen verliezen hun laatste voorzieningen.', 'Buslijnen worden opgeheven.'];
    expect(problems.filter((text) => !classify(text).some((claim) => claim.startsWith('problem')))).toEqual([]);
    expect(['De regel wordt opgeheven.', 'Wij hebben geen tijd te verliezen.', 'De prijzen dalen.', 'Het is niet de schuld van de huurders.'].flatMap((text) => classify(text))).toEqual([]);
  });

  it('hears life in poverty said after its subject, years of life lost, waits of a year and harm to health', () => {
    expect(classify('Op dit moment leven meer dan een half miljoen huishoudens in energiearmoede.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('In Twente is de gezonde levensverwachting van inwoners met een laag inkomen vijftien jaar lager dan die van anderen.')).toEqual(['problem: problem-unequal']);
    expect(classify('Een asielzoeker wacht gemiddeld meer dan een jaar op zijn eerste gehoor.')).toEqual(['problem: problem-waiting']);
    expect(classify('Die onzekerheid is slecht voor de gezondheid van mensen.')).toEqual(['problem: problem-harsh, problem-words']);
    expect(classify('De regel vertraagt de integratie van statushouders.')).toEqual(['problem: problem-harsh']);
    expect(classify('Kinderen verliezen daardoor telkens hun school en hun vriendjes.')).toEqual(['problem: problem-closing']);
    expect(classify('Ruim 4.000 asielzoekers verblijven in de crisisnoodopvang.')).toEqual(['problem: problem-harmful-state, problem-hardship']);
    expect(classify('Iedere winter betalen huishoudens met een smalle beurs de hoogste prijs.')).toEqual(['problem: problem-idiom']);
    expect(classify('Wij bieden noodopvang aan dakloze jongeren.')).toEqual([]);
    expect(classify('Wij wachten graag op uw reactie.')).toEqual([]);
    expect(classify('Wij leven in een tijd van grote veranderingen.')).toEqual([]);
    expect(classify('De levensverwachting is met twee jaar gestegen.')).toEqual([]);
    expect(classify('Een stabiele woning is goed voor de gezondheid van mensen.')).toEqual([]);
    expect(classify('Iedereen betaalt de prijs voor de energietransitie naar draagkracht.')).toEqual([]);
  });

  it('hears a recommendation named as ours, what is obvious of the addressee, and a child growing up in poverty said last', () => {
    expect(classify('Onze aanbeveling is om de wet te evalueren.')).toEqual(['ask: ask-our-request']);
    expect(classify('Onze eerste aanbeveling: maak de financiering structureel.')).toEqual(['ask: ask-imperative, ask-our-request']);
    expect(classify('Het ligt voor de hand dat het Rijk de kosten draagt.')).toEqual(['ask: ask-necessity']);
    expect(classify('Wat ons betreft komt er een minister voor wonen.')).toEqual(['ask: ask-necessity']);
    expect(classify('Uit onderzoek blijkt dat een op de vijf kinderen in armoede opgroeit.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Nog altijd groeien 1 op de 10 kinderen in armoede op.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Onze wens is gelukkig in vervulling gegaan.')).toEqual([]);
    expect(classify('Wat ons betreft is dit een goede eerste stap.')).toEqual([]);
    expect(classify('Het ligt voor de hand dat gemeenten hier een rol in spelen.')).toEqual([]);
    expect(classify('Geen kind mag in armoede opgroeien.').join()).not.toContain('problem');
  });

  it('hears losses over a year, waits beyond the norm, progress that is slow and nowhere to go', () => {
    expect(classify('Een kwart van de aanbieders draaide in 2023 verlies.')).toEqual(['problem: problem-worsening']);
    expect(classify('Tegelijk wachten ruim 6.000 kinderen langer dan de treeknorm op hulp.')).toEqual(['problem: problem-waiting']);
    expect(classify('De uitvoering komt maar moeizaam op gang.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Het gevolg is dat jongeren nergens terecht kunnen.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij maken geen verlies.')).toEqual([]);
    expect(classify('De samenwerking verliep na een moeizame start goed.')).toEqual([]);
  });

  it('hears "op het hart drukken" with the verb first, and a burden that weighs heavily', () => {
    expect(classify('Wij drukken u op het hart de korting te schrappen.')).toEqual(['ask: ask-call-upon']);
    expect(classify('De vennootschapsbelasting drukt zwaar op de investeringsruimte.')).toEqual(['problem: problem-pressure']);
  });

  it('hears a proposal wished for and a request named by its maker, not a proposal reported', () => {
    expect(classify('Wij zouden willen voorstellen de korting te schrappen.')).toEqual(['ask: ask-propose']);
    expect(classify('Het verzoek van de VNG is om de korting te schrappen.')).toEqual(['ask: ask-our-request']);
    expect(classify('Onze oproep aan het kabinet is helder: investeer in de wijk.')).toEqual(['ask: ask-imperative, ask-our-request']);
    // A label of up to seven words before the colon: the command after it is read.
    expect(classify('Onze boodschap aan de formateur is helder: investeer in gemeenten.')).toEqual(['ask: ask-imperative']);
    expect(classify('Het voorstel is ingediend door de minister.')).toEqual([]);
    expect(classify('Wij kunnen ons voorstellen dat dit lastig is.')).toEqual([]);
  });

  it('hears demand that grows while the means do not, and homes that are not suitable', () => {
    expect(classify('Het aantal 75-plussers verdubbelt tot 2040, terwijl het aantal zorgmedewerkers nauwelijks groeit.')).toEqual(['problem: problem-growth, problem-unequal']);
    expect(classify('Ruim 100.000 ouderen wonen in een woning die niet geschikt is voor hun zorgvraag.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('De vraag groeit, terwijl wij niet stilzitten.')).toEqual([]);
    expect(classify('Het aantal ouderen verdubbelt tot 2040.')).toEqual([]);
    expect(classify('De woning is nog niet geschikt gemaakt, maar dat gebeurt volgend jaar.')).toEqual([]);
  });

  it('hears those entitled who do not use a benefit, not the senders who do not use a scheme', () => {
    expect(classify('Naar schatting maakt een derde van de rechthebbenden geen gebruik van de huurtoeslag.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Wij maken geen gebruik van deze regeling.')).toEqual([]);
  });

  it('hears financial trouble, trust harmed, help not dared, harm that stays high and bills that cannot be paid', () => {
    expect(classify('Zorgaanbieders zitten in de financiële problemen.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('De toeslagenaffaire heeft het vertrouwen in de overheid ernstig geschaad.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Veel mensen durven geen hulp te vragen.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Mensen durven daardoor geen bijbaan aan te nemen.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Wij durven niet te voorspellen hoe dit uitpakt.')).toEqual([]);
    // A burden in facts: billions cost, people held back, procedures of years, over-full shelters, more urgent seekers.
    expect(['De verhuurderheffing heeft corporaties jarenlang miljarden gekost.', 'De eigen bijdrage weerhoudt mensen ervan om zorg te vragen.', 'Vergunningsprocedures duren gemiddeld twee jaar.', 'De bezettingsgraad van de crisisopvang ligt boven de 100 procent.'].map((text) => classify(text))).toEqual([
      ['problem: problem-burden-fact'],
      ['problem: problem-burden-fact'],
      ['problem: problem-burden-fact'],
      ['problem: problem-burden-fact'],
    ]);
    expect(classify('Het aantal spoedzoekers op de woningmarkt groeit.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(['Niets weerhoudt ons ervan om te beginnen.', 'De procedure duurt maximaal zes weken.', 'De behandeling duurt twee weken.'].map((text) => classify(text))).toEqual([[], [], []]);
    // What the senders deplore, whatever remedy it names; not what they would deplore.
    expect(classify('Wij betreuren het dat het kabinet de opschalingskorting niet volledig schrapt.')).toEqual(['problem: problem-cuts, problem-deplored']);
    expect(classify('Wij vinden het betreurenswaardig dat de wet is uitgesteld.')).toEqual(['problem: problem-deplored']);
    expect(classify('Wij zouden het betreuren als de wet niet doorgaat.')).toEqual([]);
    // What stays out or drags on; not promises kept.
    expect(['Een structurele oplossing laat op zich wachten.', 'Het Rijk komt zijn afspraken niet na.', 'De rekening komt bij gemeenten te liggen.', 'Gemeenten draaien op voor de kosten.', 'De onzekerheid over de financiering houdt al jaren aan.'].map((text) => classify(text))).toEqual([
      ['problem: problem-left-waiting'],
      ['problem: problem-left-waiting'],
      ['problem: problem-left-waiting'],
      ['problem: problem-left-waiting'],
      ['problem: problem-words, problem-left-waiting'],
    ]);
    expect(['Het kabinet komt de afspraken na.', 'De uitvoering komt bij gemeenten te liggen.', 'Wij houden vast aan de afspraken.'].map((text) => classify(text))).toEqual([[], [], []]);
    // A proposal or a problem named by its label.
    expect(classify('Oplossing: een wachttijdgarantie van maximaal vier weken.')).toEqual(['ask: ask-our-request']);
    expect(classify('Voorstel 2: meer opleidingsplaatsen.')).toEqual(['ask: ask-our-request']);
    expect(classify('Probleem: de bekostiging stimuleert kortdurende behandelingen.')).toEqual(['problem: problem-named']);
    expect(classify('Voor de oplossing verwijzen wij naar de bijlage.')).toEqual([]);
    // Goals that come out of reach; not into it.
    expect(classify('Zonder de beloofde middelen komen de natuurdoelen en de waterkwaliteitsdoelen buiten bereik.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Met deze middelen komen de doelen binnen bereik.')).toEqual([]);
    // A measure that falls short.
    expect(classify('Het wetsvoorstel is een eerste stap, maar gaat niet ver genoeg.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Wij gaan niet ver genoeg als we alleen praten.')).toEqual([]);
    // Harm as those it concerns experience it; not the senders' own view, nor praise.
    expect(classify('Veel van hen ervaren de regels als wantrouwend en onnavolgbaar.')).toEqual(['problem: problem-experienced-as']);
    expect(classify('Ouders voelen de eigen bijdrage als een straf.')).toEqual(['problem: problem-experienced-as']);
    expect(classify('Inwoners ervaren het contact met de gemeente als prettig.')).toEqual([]);
    // A consequence said after the subject: "Zo leidt een kleine fout … al snel tot een boete".
    expect(classify('Zo leidt een kleine fout bij het doorgeven van inkomsten al snel tot een boete of terugvordering.')).toEqual(['problem: problem-consequence']);
    expect(classify('Dit zorgt in de wijk voor minder problemen.')).toEqual([]);
    expect(classify('Het aantal uithuisplaatsingen is nog altijd hoog.')).toEqual(['problem: problem-growing-harm, problem-magnitude']);
    expect(classify('Steeds vaker zien wij gezinnen die hun huur niet kunnen betalen.')).toEqual(['problem: problem-ever-more, problem-cannot']);
    // What is unclear to residents is the problem; "waar zij moeten zijn" asks nothing.
    expect(classify('Het is voor inwoners vaak onduidelijk waar zij moeten zijn.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Wij durven te zeggen dat de aanpak werkt.')).toEqual([]);
    expect(classify('Het vertrouwen is hersteld.')).toEqual([]);
  });

  it('hears what the senders count on the coalition to do, not a duty the law lays down', () => {
    expect(classify('Wij rekenen erop dat de nieuwe coalitie deze keuze maakt.')).toEqual(['ask: ask-count-on']);
    expect(classify('Gemeenten moeten vanaf 2025 een woonzorgvisie hebben, zo staat in de wet.')).toEqual([]);
    // What a bill provides is described; what the law must provide is asked.
    expect(classify('Het wetsvoorstel regelt dat gemeenten een verordening moeten vaststellen.')).toEqual([]);
    expect(classify('In het wetsvoorstel staat dat het Rijk de kosten moet vergoeden.')).toEqual([]);
    expect(classify('De Jeugdwet schrijft voor dat gemeenten moeten samenwerken.')).toEqual([]);
    expect(classify('De wet moet regelen dat gemeenten de kosten vergoed krijgen.')).toEqual(['ask: ask-modal']);
    expect(classify('In het coalitieakkoord moet staan dat gemeenten meer geld krijgen.')).toEqual(['ask: ask-modal']);
  });

  it('hears harm higher than ever and providers in heavy weather, not a turnout higher than ever', () => {
    expect(classify('Het ziekteverzuim in de zorg is hoger dan ooit.')).toEqual(['problem: problem-growing-harm, problem-words']);
    expect(classify('Veel zorgaanbieders zitten financieel in zwaar weer.')).toEqual(['problem: problem-idiom']);
    expect(classify('De opkomst was hoger dan ooit.')).toEqual([]);
  });

  it('hears a struggle said after its subject, money and benefits missed out on, and what goes wrong', () => {
    expect(classify('Volgens het Nibud heeft een op de zes AOW-gerechtigden met een klein pensioen moeite om de vaste lasten te betalen.')).toEqual(['problem: problem-struggle']);
    expect(classify('Gemeenten hebben geen moeite met de uitvoering van deze taak.')).toEqual([]);
    expect(classify('Wij schatten dat ruim 100.000 ouderen hierdoor jaarlijks honderden euro\'s mislopen.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Daardoor lopen veel gezinnen de kinderopvangtoeslag mis.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Het gaat vaak mis bij de overgang naar de volwassenheid.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Veel ouderen maken geen gebruik van toeslagen waar zij recht op hebben.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Wij willen voorkomen dat het misgaat.')).toEqual([]);
  });

  it('hears the same burden each time and less pay for the same work, not what the cabinet must redo', () => {
    expect(classify('Bij elke wijziging moeten zij opnieuw formulieren invullen bij de gemeente en de SVB.')).toEqual(['problem: problem-forced']);
    expect(classify('Budgethouders moeten bij elke wijziging opnieuw formulieren invullen.')).toEqual(['problem: problem-forced']);
    expect(classify('Ouders moeten telkens weer hun verhaal doen.')).toEqual(['problem: problem-forced']);
    expect(classify('Mantelzorgers krijgen daardoor minder betaald voor hetzelfde werk.')).toEqual(['problem: problem-cuts']);
    expect(classify('Het kabinet moet telkens opnieuw de tarieven vaststellen.')).toEqual(['ask: ask-modal']);
    expect(classify('Er moet opnieuw gekeken worden naar de verdeling.')).toEqual(['ask: ask-modal']);
  });

  it('hears nothing left available, joy and trust lost, and a growing group without insurance', () => {
    expect(classify('In veel regio\'s is er geen huisarts meer beschikbaar voor nieuwe patiënten.')).toEqual(['problem: problem-closing, problem-out-of-reach']);
    expect(classify('Zorgverleners zijn hun werkplezier kwijt.')).toEqual(['problem: problem-left-out']);
    expect(classify('Wij zijn het vertrouwen in de overheid kwijt.')).toEqual(['problem: problem-left-out']);
    expect(classify('Het aantal zzp\'ers zonder arbeidsongeschiktheidsverzekering groeit.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal zzp\'ers met een verzekering groeit.')).toEqual([]);
    expect(classify('Vanaf januari is er een nieuwe regeling beschikbaar.')).toEqual([]);
  });

  it('hears services that vanish, said before or after the verb, not waiting lists that vanish', () => {
    expect(classify('Tegelijk verdwijnen in veel wijken de jongerenwerkers.')).toEqual(['problem: problem-closing']);
    expect(classify('Steeds meer huisartsenposten verdwijnen.')).toEqual(['problem: problem-closing, problem-ever-more']);
    expect(classify('Daarmee verdwijnt de prikkel om te besparen.')).toEqual([]);
    expect(classify('Met deze aanpak verdwijnen de wachtlijsten voor de voorzieningen.')).toEqual([]);
  });

  it('hears harm at its highest in years and budgets in deficit, not satisfaction at its highest', () => {
    expect(classify('Het aantal zelfdodingen onder jongeren is het hoogste in tien jaar.')).toEqual(['problem: problem-growing-harm, problem-words']);
    expect(classify('Meer dan de helft van de gemeenten heeft een negatieve begroting.')).toEqual(['problem: problem-worsening']);
    expect(classify('De tevredenheid is het hoogste ooit.')).toEqual([]);
    expect(classify('Wij willen suïcide voorkomen.')).toEqual([]);
  });

  it('reads a phrase without a verb right after an ask in its paragraph as more of that ask, asking the same actor', async () => {
    const { file } = await runLetter('Geachte formateur,\n\nEr is ruimte in wet- en regelgeving nodig. Maar misschien nog wel belangrijker: een compleet andere manier van bekostigen. Een goede zaak voor iedereen. Zie ook onze notitie over bekostiging.\n\nWij vragen het kabinet de korting te schrappen. Duurzaam en samenhangend, met zo min mogelijk tijdelijke maatregelen.\n\nDe kosten stijgen. Een zorgelijke zaak.\n');
    const asks = (file.data.claimDrafts ?? []).filter((draft) => draft.type === 'ask');
    expect(asks.map((draft) => [draft.sentence.text, draft.evidence[0]?.rule, file.data.addressees?.get(draft)?.name])).toEqual([
      ['Er is ruimte in wet- en regelgeving nodig.', 'ask-need', 'formateur'],
      ['Maar misschien nog wel belangrijker: een compleet andere manier van bekostigen.', 'ask-continued', 'formateur'],
      ['Wij vragen het kabinet de korting te schrappen.', 'ask-request-verb', 'kabinet'],
      ['Duurzaam en samenhangend, met zo min mogelijk tijdelijke maatregelen.', 'ask-continued', 'kabinet'],
    ]);
  });

  it('hears no problem in what the senders tackle, what a programme is aimed at, or harm that was halved', () => {
    expect(classify('Samen met corporaties pakken wij de wooncrisis aan.')).toEqual([]);
    expect(classify('Wij pakken de wooncrisis aan, maar de tekorten blijven groeien en de wachtlijsten worden langer.')).toEqual(['problem: problem-shortage, problem-crisis, problem-waiting, problem-growing-harm, problem-growing-debt']);
    expect(classify('Het programma Een thuis voor iedereen richt zich op het tekort aan woningen voor aandachtsgroepen.')).toEqual([]);
    expect(classify('Het tekort op de begroting is in 2023 omgebogen naar een overschot.')).toEqual([]);
    expect(classify('Door de inzet van buurtcoaches is het aantal huisuitzettingen gehalveerd.')).toEqual([]);
    expect(classify('In de Kamerbrief staat dat de wachtlijsten afnemen.')).toEqual([]);
    expect(classify('De wachtlijsten nemen niet af.')).toEqual(['problem: problem-waiting']);
  });

  it('hears programmes at a standstill, permits stuck, plans shelved, norms exceeded and farmers who do not know where they stand', () => {
    expect(classify('Met het schrappen van het fonds staan de provinciale gebiedsprogramma\'s stil.')).toEqual(['problem: problem-blocked']);
    expect(classify('Intussen loopt de vergunningverlening voor woningbouw en infrastructuur vast.')).toEqual(['problem: problem-regret']);
    expect(classify('Die plannen liggen nu op de plank.')).toEqual(['problem: problem-idiom']);
    expect(classify('De stikstofdepositie ligt in veel gebieden nog ver boven de kritische depositiewaarde.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Boeren weten nog steeds niet waar zij aan toe zijn.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij staan stil bij de slachtoffers.')).toEqual([]);
    expect(classify('De huur ligt boven de liberalisatiegrens.')).toEqual([]);
  });

  it('hears problems of other domains: harvests that disappoint, traffic deaths, groundwater polluted, costs beyond the budget, people sleeping in tents', () => {
    expect(classify('Door droogte vallen de oogsten tegen.')).toEqual(['problem: problem-idiom, problem-words']);
    expect(classify('Het aantal verkeersdoden stijgt.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Culturele instellingen zitten in financiële nood.')).toEqual(['problem: problem-idiom']);
    expect(classify('Het grondwater raakt vervuild.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Woningen zakken weg door bodemdaling.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Dorpen raken hun laatste voorzieningen kwijt.')).toEqual(['problem: problem-left-out']);
    expect(classify('De uitvoering van de Omgevingswet kost gemeenten veel meer dan begroot.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('In Ter Apel sliepen honderden mensen op de grond.')).toEqual(['problem: problem-hardship']);
    expect(classify('In de opvang slapen mensen op matrassen in gangen.')).toEqual(['problem: problem-hardship']);
    expect(classify('De kosten vallen mee.')).toEqual([]);
    expect(classify('Het aantal slachtoffers is gedaald.')).toEqual([]);
    expect(classify('In geval van nood bellen wij 112.')).toEqual([]);
  });

  it('hears staff turnover, uncertainty that reigns and cooperation that runs stiffly, not a project that runs well', () => {
    expect(classify('Er is een groot verloop onder medewerkers.')).toEqual(['problem: problem-pressure']);
    expect(classify('Het verloop onder jeugdzorgwerkers is hoog.')).toEqual(['problem: problem-growing-harm, problem-magnitude']);
    expect(classify('Er heerst veel onzekerheid onder ondernemers.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('De samenwerking tussen zorg en veiligheid verloopt stroef.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Het project verloopt goed.')).toEqual([]);
  });

  it('hears small shares ("maar een klein deel", "nog geen derde", "geen enkele … haalt") and patients refused', () => {
    expect(classify('Maar een klein deel van de aanvragen wordt gehonoreerd.')).toEqual(['problem: problem-only']);
    expect(classify('Nog geen derde van de statushouders heeft na een jaar werk.')).toEqual(['problem: problem-only']);
    expect(classify('Bijna geen enkele gemeente haalt de norm.')).toEqual(['problem: problem-only']);
    expect(classify('Wij krijgen signalen dat huisartsen patiënten weigeren.')).toEqual(['problem: problem-closing']);
    expect(classify('Maar een enkeling heeft er last van.')).toEqual([]);
    expect(classify('Geen enkele gemeente weigert statushouders.')).toEqual([]);
  });

  it('hears problems that pile up with the verb first', () => {
    expect(classify('In veel wijken stapelen de problemen zich op.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Bij deze gezinnen stapelen schulden, ziekte en werkloosheid zich verder op.')).toEqual(['problem: problem-trouble, problem-words']);
  });

  it('hears illness several times as common, deaths from heat and people at risk, not more help given', () => {
    expect(classify('Kinderen in zulke woningen hebben twee keer zo vaak astma.')).toEqual(['problem: problem-unequal, problem-above-average']);
    expect(classify('In de zomer van 2023 overleden naar schatting 400 mensen meer dan gebruikelijk door hitte.')).toEqual(['problem: problem-hardship']);
    expect(classify('Vooral ouderen in slecht geïsoleerde woningen lopen risico.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Wij helpen twee keer zo veel mensen als vorig jaar.')).toEqual([]);
    expect(classify('Niemand mag risico lopen.')).toEqual([]);
  });

  it('hears a shortage to be tackled or limited as a goal, a risk that falls and a success as good news', () => {
    expect(classify('Met het programma willen we de tekorten aan personeel aanpakken.')).toEqual([]);
    expect(classify('Dankzij de extra middelen konden gemeenten de tekorten beperken.')).toEqual([]);
    expect(classify('Het risico op uitval neemt af als jongeren begeleiding krijgen.')).toEqual([]);
    expect(classify('In Rotterdam is de aanpak van de wachtlijsten succesvol gebleken.')).toEqual([]);
    // "aanpakken" as a noun, the approaches that keep changing, is no remedy.
    expect(classify('Mede door het keer op keer wijzigen van aanpakken en beleid voelt de overheid als onbetrouwbaar.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Het tekort aan personeel is niet aan te pakken zonder extra geld.').join()).toContain('problem');
  });

  it('hears the same form filled in again and again, not a decision still to come or a motion reported', () => {
    expect(classify('Zo moet een inwoner soms drie keer hetzelfde formulier invullen.')).toEqual(['problem: problem-forced']);
    expect(classify('Het kabinet moet nog besluiten over de middelen.')).toEqual([]);
    expect(classify('In de motie-Hijink wordt de regering verzocht de eigen bijdrage te verlagen.')).toEqual([]);
    expect(classify('Wij verzoeken u de motie te steunen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Gemeenten moeten soms kunnen afwijken van de regels.')).toEqual(['ask: ask-modal']);
  });

  it('hears an average share of income spent on rent, not a harm a bill protects against', () => {
    expect(classify('Huurders betalen nu gemiddeld 45 procent van hun inkomen aan huur (CBS, 2023).')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Het wetsvoorstel beschermt middenhuurders tegen te hoge huren.')).toEqual([]);
    expect(classify('Huurders worden niet beschermd tegen te hoge huren.')).toEqual(['problem: problem-rising-cost, problem-lack']);
  });

  it('hears jobs in danger, staff on their last legs and young people without a future', () => {
    expect(classify('Duizenden banen lopen gevaar.')).toEqual(['problem: problem-idiom']);
    expect(classify('Medewerkers lopen op hun tandvlees.')).toEqual(['problem: problem-growth, problem-idiom']);
    expect(classify('Jongeren zien geen toekomst meer.')).toEqual(['problem: problem-idiom']);
    expect(classify('Wij zien geen toekomst meer in deze regeling.')).toEqual([]);
    expect(classify('Niemand hoeft gevaar te lopen.')).toEqual([]);
  });

  it('hears reading skills that fell, illiteracy and support schools must wind down, and a cut not to go ahead as asked', () => {
    expect(classify('De leesvaardigheid van Nederlandse leerlingen is de afgelopen tien jaar gedaald.')).toEqual(['problem: problem-worsening']);
    expect(classify('Een kwart van de vijftienjarigen is laaggeletterd.')).toEqual(['problem: problem-hardship']);
    expect(classify('Nu het programma afloopt, moeten scholen hun extra ondersteuning weer afbouwen.')).toEqual(['problem: problem-forced']);
    // The verb in a clause of its own is not what they must do.
    expect(classify('Zorgverzekeraars moeten per regio publiceren hoe lang mensen wachten.')).toEqual(['ask: ask-modal']);
    expect(classify('de bezuiniging op het onderwijsachterstandenbeleid niet door te laten gaan;', { block: { kind: 'listItem', index: 0, sentence: 0, sentences: 1 }, leadIn: 'Daarom vragen wij het nieuwe kabinet:' })).toEqual(['ask: ask-list-item']);
  });

  it('hears young people recruited by criminals, a problem that reaches every province, jobs given up, norms without teeth', () => {
    expect(classify('Jongeren uit onze wijken worden steeds vaker geronseld als uithaler.')).toEqual(['problem: problem-ever-more, problem-words']);
    expect(classify('Het netcongestieprobleem raakt inmiddels elke provincie.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Sommige ouders zeggen hun baan op.')).toEqual(['problem: problem-closing']);
    expect(classify('De normen zijn afspraken, zonder gevolgen als ze niet worden gehaald.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Zij zijn twee keer zo vaak niet lid van een sportclub.')).toEqual(['problem: problem-unequal, problem-above-average']);
    expect(classify('Wij zeggen de samenwerking niet op.')).toEqual([]);
    expect(classify('In 2023 zijn 1.200 ggz-bedden afgebouwd.')).toEqual(['problem: problem-closing']);
    // Spending beyond what comes in is a deficit, also where the senders say it of themselves.
    expect(classify('Gemeenten geven 1,5 miljard euro meer uit aan jeugdzorg dan zij ontvangen.')).toEqual(['problem: problem-overspend']);
    expect(classify('Gemeenten geven meer uit aan preventie.')).toEqual([]);
    expect(classify('Het aantal aanvragen bij ons fonds voor schoolspullen is in een jaar verdubbeld.')).toEqual(['problem: problem-growth, problem-growing-harm']);
  });

  it('hears what something demands of the cabinet and what the senders need, said first', () => {
    expect(classify('Dat vergt een langjarige inzet van het kabinet.')).toEqual(['ask: ask-demand']);
    expect(classify('Het vraagt om lef van de politiek.')).toEqual(['ask: ask-demand']);
    expect(classify('Wat gemeenten nodig hebben is duidelijkheid over de financiering.')).toEqual(['ask: ask-need']);
    expect(classify('Dit vraagt veel van onze medewerkers.')).toEqual([]);
    expect(classify('Dit vraagt een extra inspanning van onze medewerkers.')).toEqual([]);
  });

  it('hears nowhere to register, shifts hardly filled and care not equipped for those who stay home', () => {
    expect(classify('In sommige regio\'s kunnen nieuwe inwoners zich nergens meer inschrijven bij een huisarts.')).toEqual(['problem: problem-cannot']);
    expect(classify('De avond-, nacht- en weekenddiensten zijn nauwelijks nog rond te krijgen.')).toEqual(['problem: problem-cannot']);
    expect(classify('Ouderen blijven langer thuis wonen, terwijl de zorg in de wijk daar niet op is ingericht.')).toEqual(['problem: problem-inadequate']);
    expect(classify('De wijkzorg is daar goed op ingericht.')).toEqual([]);
  });

  it('hears a routine duty of others as described, and the same duty of the addressee as asked', () => {
    expect(classify('Gemeenten moeten jaarlijks verantwoording afleggen over de besteding.')).toEqual([]);
    expect(classify('Corporaties moeten ieder jaar rapporteren aan de minister.')).toEqual([]);
    expect(classify('Het kabinet moet jaarlijks rapporteren over de voortgang.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten moeten jaarlijks 100 miljoen extra krijgen.')).toEqual(['ask: ask-modal']);
  });

  it('hears a contribution that differs per municipality, not needs that differ per neighbourhood', () => {
    expect(classify('De eigen bijdrage verschilt per gemeente.')).toEqual(['problem: problem-unequal']);
    expect(classify('Wat gezinnen nodig hebben, verschilt per wijk.')).toEqual([]);
  });

  it('hears no money as a lack, not money that is not lost', () => {
    expect(classify('Gemeenten hebben geen geld voor de uitvoering.')).toEqual(['problem: problem-lack']);
    expect(classify('Zo gaat er geen geld verloren.')).toEqual([]);
    expect(classify('Zo gaat er geen geld meer verloren aan bureaucratie.')).toEqual([]);
  });

  it('hears a system that cannot last and the housing shortage by its name, not the senders’ plans for them', () => {
    expect(classify('Het huidige stelsel is niet toekomstbestendig.')).toEqual(['problem: problem-left-out']);
    expect(classify('Ondanks alle inspanningen blijft de woningnood groot.')).toEqual(['problem: problem-shortage']);
    expect(classify('Wij maken het stelsel toekomstbestendig.')).toEqual([]);
    expect(classify('Wij willen de woningnood aanpakken.')).toEqual([]);
  });

  it('hears a budget that was lowered, not one to be lowered', () => {
    expect(classify('Eén op de vier gemeenten heeft het bibliotheekbudget de afgelopen drie jaar verlaagd.')).toEqual(['problem: problem-cuts']);
    expect(classify('De subsidie voor buurthuizen is gehalveerd.')).toEqual(['problem: problem-cuts']);
    expect(classify('Wij willen de kosten verlagen door het tekort aan personeel aan te pakken.')).toEqual([]);
  });

  it('hears staff who leave, funding that ends and a motion that would help', () => {
    expect(classify('Het aantal zorgverleners dat de sector verlaat, is sinds 2021 met 18 procent gestegen.')).toEqual(['problem: problem-growth, problem-hardship']);
    expect(classify('De huidige subsidie loopt eind 2025 af.')).toEqual(['problem: problem-temporary']);
    expect(classify('De subsidie voor buurthuizen stopt per 1 januari.')).toEqual(['problem: problem-temporary']);
    expect(classify('Een motie hierover zou ons zeer helpen.')).toEqual(['ask: ask-helps-if']);
  });

  it('knows the genre’s words for a system that blocks, strains, cuts and loses trust', () => {
    expect(classify('Het stikstofprobleem houdt de vergunningverlening op slot.')).toEqual(['problem: problem-blocked']);
    expect(classify('Het elektriciteitsnet zit vol, waardoor bedrijven niet kunnen uitbreiden.')).toEqual(['problem: problem-blocked, problem-cannot']);
    expect(classify('Het glas is vol water.')).toEqual([]);
    expect(classify('Mantelzorgers raken overbelast.')).toEqual(['problem: problem-strain']);
    expect(classify('Het kabinet wil 600 miljoen euro bezuinigen op de langdurige zorg.')).toEqual(['problem: problem-cuts']);
    expect(classify('De regels voor zorgtechnologie zijn te ingewikkeld.')).toEqual(['problem: problem-lack, problem-words']);
    expect(classify('De provincies missen structurele middelen voor het openbaar vervoer.')).toEqual(['problem: problem-lack']);
    expect(classify('Tegelijk blijven veel vacatures onvervuld.')).toEqual(['problem: problem-shortage']);
    expect(classify('De wet pakt in de praktijk vaak hard uit.')).toEqual([]);
    expect(classify('Wij merken dat de wet in de praktijk onbedoeld hard uitpakt.')).toEqual(['problem: problem-harsh']);
    expect(classify('Het vertrouwen van inwoners in de overheid neemt hierdoor af.')).toEqual(['problem: problem-distrust, problem-worsening']);
    expect(classify('Gemeenten nemen jeugdhulp af bij aanbieders.')).toEqual([]);
    expect(classify('Dit is de weg van een overbelast zorgsysteem naar een gezonde samenleving.')).toEqual([]);
    expect(classify('Huurders hebben het zwaar.')).toEqual(['problem: problem-hardship']);
    expect(classify('Eén op de vijf huurders heeft een betalingsachterstand.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Tegelijk stijgen de huren in de vrije sector harder dan de inflatie.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Tegelijk daalt de algemene uitkering vanaf 2026.')).toEqual(['problem: problem-cuts']);
    expect(classify('De werkloosheid daalt.')).toEqual([]);
    expect(classify('Het is vijf voor twaalf voor het sociaal domein.')).toEqual(['problem: problem-idiom']);
    expect(classify('De rek is eruit.')).toEqual(['problem: problem-idiom']);
    expect(classify('“De grens is bereikt”, dat schreef de G4 in oktober 2019 aan het kabinet.')).toEqual([]);
  });

  it('hears a proposal in "Het is tijd dat …" and "De oplossing ligt in …"', () => {
    expect(classify('Het is tijd dat het kabinet de opschalingskorting definitief schrapt.')).toEqual(['ask: ask-time']);
    expect(classify('De oplossing ligt in een eerlijke cao die het Rijk volledig financiert.')).toEqual(['ask: ask-solution']);
    expect(classify('Toen was het tijd voor een nieuwe aanpak.')).toEqual([]);
  });

  it('hears polite requests and expectations', () => {
    expect(classify('Bent u bereid de minister te vragen jaarlijks te rapporteren?')).toEqual(['ask: ask-polite-question']);
    // Asking for the reader's support; not the rhetorical question.
    expect(classify('Mogen wij op uw steun rekenen?')).toEqual(['ask: ask-polite-question']);
    expect(classify('Kunnen wij op u rekenen?')).toEqual(['ask: ask-polite-question']);
    expect(classify('Kunnen wij hier nog op rekenen?')).toEqual([]);
    expect(classify('Bent u het met ons eens dat dit niet kan?')).toEqual([]);
    expect(classify('Wij zouden het op prijs stellen als u het kabinet vraagt om een ondergrens.')).toEqual(['ask: ask-appreciate']);
    expect(classify('Wij gaan ervan uit dat het kabinet in het voorjaar een brief stuurt.')).toEqual(['ask: ask-expect']);
    expect(classify('Bijna één op de tien mantelzorgers is zwaar belast.')).toEqual(['problem: problem-strain']);
    expect(classify('De waardering verschilt sterk per gemeente.')).toEqual(['problem: problem-unequal']);
    expect(classify('Uit onderzoek blijkt dat gemeenten 30% van de middelen voor het sociaal domein investeren in 1 procent van de huishoudens.')).toEqual(['problem: problem-disproportion']);
    expect(classify('10 procent van de cliënten is goed voor de helft van de kosten.')).toEqual(['problem: problem-disproportion']);
    expect(classify('In 2030 is 30% van de woningen in de stad een sociale huurwoning.')).toEqual([]);
    expect(classify('Steeds meer huishoudens komen niet rond.')).toEqual(['problem: problem-ever-more, problem-ends-meet']);
    expect(classify('Gezinnen kunnen nauwelijks rondkomen van hun inkomen.')).toEqual(['problem: problem-ends-meet']);
    expect(classify('Wij gaan rond de tafel om niet rond te draaien.')).toEqual([]);
    expect(classify('Het aantal dakloze jongeren is de afgelopen vijf jaar verdubbeld.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal dakloze mensen nam in 2023 toe met tien procent.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal woningen nam in 2023 toe.')).toEqual([]);
    expect(classify('De bodem van de financiële reserves van gemeenten is in zicht.')).toEqual(['problem: problem-idiom']);
    expect(classify("In sommige regio's kunnen mensen zich niet meer inschrijven bij een huisarts.")).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Ouderen kunnen nergens anders terecht.')).toEqual(['problem: problem-cannot']);
    expect(classify('De maximum uurprijs houdt geen gelijke tred met de kosten.')).toEqual(['problem: problem-falls-short']);
    expect(classify('Het aantal leerlingen dat de school verlaat zonder diploma stijgt.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-hardship']);
    expect(classify('In 2024 werden 12.000 huishoudens uit huis gezet.')).toEqual(['problem: problem-hardship']);
    expect(classify('Minister, zorg voor voldoende middelen.')).toEqual(['ask: ask-imperative']);
    expect(classify('Het zou goed zijn als het kabinet de regie neemt.')).toEqual(['ask: ask-wish']);
    expect(classify('Wij zien graag dat de minister de regie neemt.')).toEqual(['ask: ask-wish']);
    expect(classify('Daarom stellen wij voor een deltaplan op te stellen.')).toEqual(['ask: ask-propose']);
    expect(classify('Wij vragen ons af of dit verstandig is.')).toEqual([]);
    expect(classify('Ons verzoek aan u is om sport een vaste plek te geven in het regeerakkoord.')).toEqual(['ask: ask-our-request']);
    expect(classify('Onze oproep luidt: investeer in preventie.')).toEqual(['ask: ask-imperative, ask-our-request']);
    expect(classify('Onze vraag aan u: investeer in de wijk.')).toEqual(['ask: ask-imperative, ask-our-request']);
    expect(classify('En ook hier: maak wetgeving die ervoor zorgt dat regels elkaar niet tegenspreken.')).toEqual(['ask: ask-imperative']);
    expect(classify('Bijbehorende vraag aan het rijk is om uitvoeringsorganisaties te equiperen.')).toEqual(['ask: ask-request-to']);
    expect(classify('De vraag is of dit werkt.')).toEqual([]);
    expect(classify('Daarbij helpen langjarig financieren en meer vrij besteedbare middelen.')).toEqual(['ask: ask-helps-if']);
    expect(classify('Daarbij helpen wij inwoners met hun aanvraag.')).toEqual([]);
    expect(classify('Daarom het verzoek aan u om de motie te steunen.')).toEqual(['ask: ask-request-to']);
    expect(classify('Interbestuurlijke sturing vanuit een regietafel is hiervoor een goede optie.')).toEqual(['ask: ask-good-option']);
    expect(classify('Wij nodigen u uit om met ons in gesprek te gaan over de jeugdzorg.')).toEqual(['ask: ask-invite']);
    expect(classify('We nodigen inwoners uit mee te blijven doen.')).toEqual([]);
    expect(classify('Wij zien een belangrijke rol voor het Rijk in het borgen van de kwaliteit.')).toEqual(['ask: ask-invite']);
    expect(classify('Hier ligt een taak voor het kabinet.')).toEqual(['ask: ask-invite']);
    expect(classify('Wij zien een rol voor gemeenten.')).toEqual([]);
    expect(classify('Het is wenselijk dat het kabinet de eigen bijdrage afschaft.')).toEqual(['ask: ask-necessity']);
    expect(classify('Het verdient aanbeveling om de regels te vereenvoudigen.')).toEqual(['ask: ask-necessity']);
    expect(classify('Wij doen de aanbeveling de Participatiewet grondig te herzien.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Wij doen de aanbeveling graag nog eens in een gesprek uit de doeken.')).toEqual([]);
    // An expectation of an actor asks it; one of a measure forecasts.
    expect(classify('Wij verwachten van zorgverzekeraars dat zij de tarieven verhogen.')).toEqual(['ask: ask-expect']);
    expect(classify('Wij verwachten van de maatregel weinig effect.')).toEqual([]);
    expect(classify('Wij verwachten van de nieuwe wet weinig verbetering.')).toEqual([]);
    expect(classify('Wij verwachten van de Europese Commissie dat zij de regels verruimt.')).toEqual(['ask: ask-expect']);
    expect(classify('Dat vraagt van het kabinet een andere manier van financieren.')).toEqual(['ask: ask-demand']);
    expect(classify('Dat vraagt van ons een andere manier van werken.')).toEqual([]);
    expect(classify('Een minister voor Armoede is geen overbodige luxe.')).toEqual(['ask: ask-necessity']);
    expect(classify('Eén op de vijf mensen ziet af van een bezoek aan de huisarts.')).toEqual(['problem: problem-hardship']);
    expect(classify('Een auto is voor veel mensen op het platteland geen luxe maar noodzaak.')).toEqual([]);
    expect(classify('Werkgevers doen een beroep op ons om mee te denken.')).toEqual([]);
    expect(classify('Daarom is het aan ons om de handschoen op te pakken.')).toEqual([]);
    expect(classify('Wij willen u meegeven dat de Wmo onder druk staat.')).toEqual(['problem: problem-pressure']);
    expect(classify('Wij rekenen erop dat het kabinet deze afspraken nakomt.')).toEqual(['ask: ask-count-on']);
    expect(classify('Wij rekenen erop dat gemeenten dit oppakken.')).toEqual([]);
    expect(classify('Wij zouden het toejuichen als het kabinet de regie neemt.')).toEqual(['ask: ask-appreciate']);
    expect(classify('P.S. Wij stellen het op prijs als u ons betrekt bij de uitwerking.')).toEqual(['ask: ask-appreciate']);
    expect(classify('Wij willen u op het hart drukken om de jeugdzorg te ontzien.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Het kabinet wordt gevraagd de korting te schrappen.')).toEqual(['ask: ask-passive']);
    expect(classify('Van het kabinet wordt verwacht dat het de regie neemt.')).toEqual(['ask: ask-passive']);
    expect(classify('Gemeenten wordt gevraagd steeds meer taken uit te voeren.')).toEqual([]);
    expect(classify('Neemt u dit mee in de formatie.')).toEqual(['ask: ask-polite-imperative']);
    expect(classify('Neemt u gerust contact op met onze adviseur.')).toEqual([]);
    expect(classify('Wij geven u in overweging de wet aan te passen.')).toEqual(['ask: ask-polite-imperative']);
    expect(classify('Wij doen een oproep aan alle partijen om dit op te nemen in het regeerakkoord.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Wij doen daarom een dringende oproep aan het kabinet om de eigen bijdrage af te schaffen.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Gemeenten moeten steeds meer taken uitvoeren met steeds minder geld.')).toEqual(['problem: problem-forced, problem-worsening, problem-ever-more, problem-lack']);
    expect(classify('Zonder extra geld moeten gemeenten bezuinigen op preventie.')).toEqual(['problem: problem-unfunded, problem-cuts, problem-forced']);
    expect(classify('Het kabinet moet stoppen met bezuinigen op gemeenten.')).toEqual(['ask: ask-modal']);
    expect(classify('Het kabinet moet niet bezuinigen op de jeugdzorg.')).toEqual(['ask: ask-modal']);
    expect(classify('Wij vertrouwen erop dat u deze punten meeneemt in het akkoord.')).toEqual(['ask: ask-count-on']);
    expect(classify('Aanbeveling 1: Investeer structureel in preventie.')).toEqual(['ask: ask-imperative, ask-our-request']);
    expect(classify('De Wmo heeft gemeenten veel taken gegeven, maar niet het geld dat daarbij hoort.')).toEqual(['problem: problem-lack']);
    expect(classify('Het tarief heeft geleid tot een forse stijging van het aantal aanvragen.')).toEqual(['problem: problem-growing-harm, problem-consequence']);
    expect(classify('Veel van hen wonen noodgedwongen nog bij hun ouders.')).toEqual(['problem: problem-forced']);
    expect(classify('Ruim 20.000 mensen wachten op een passende woning.')).toEqual(['problem: problem-waiting']);
    expect(classify('De gezondheidsverschillen in Nederland zijn groot.')).toEqual(['problem: problem-unequal, problem-magnitude']);
    expect(classify('Wij vragen het kabinet de bezuiniging op de jeugdzorg te schrappen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('De bezuinigingen op de jeugdzorg schrappen is een eerste stap.')).toEqual([]);
    expect(classify('Kortom: investeer in preventie.')).toEqual(['ask: ask-imperative']);
    expect(classify('Een structurele verhoging van het budget is daarom onontkoombaar.')).toEqual(['ask: ask-necessity']);
    // Appreciation said with "stellen … op prijs" proposes nothing, though "voor" follows.
    expect(classify('Wij stellen uw aandacht voor dit onderwerp zeer op prijs.')).toEqual([]);
    expect(classify('Wij stellen voor de regeling te verlengen.')).toEqual(['ask: ask-propose']);
    // Thanks for what was done is no request; what would seem wise to the senders is one.
    expect(classify('Wij stellen het op prijs dat de minister met ons in gesprek is gegaan.')).toEqual([]);
    expect(classify('Wij zouden het op prijs stellen als u de regeling verlengt.')).toEqual(['ask: ask-appreciate']);
    expect(classify('Het lijkt ons verstandig de invoering uit te stellen tot 2027.')).toEqual(['ask: ask-wish']);
    expect(classify('Het lijkt ons goed te gaan met de uitvoering.')).toEqual([]);
    // A wish that names a measure; a request whose subject the sentence gave before "en".
    expect(classify('Onze belangrijkste wens is een minister voor Wonen.')).toEqual(['ask: ask-our-request']);
    expect(classify('Onze wens is een samenleving waarin iedereen meedoet.')).toEqual([]);
    expect(classify('Wij zetten in op een lagere eigen bijdrage en vragen u dit te steunen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('De minister werkt aan een plan en vraagt gemeenten mee te denken.')).toEqual([]);
    // A question put as a statement ("De vraag is hoe …") asks no one to do what it names.
    expect(classify('De vraag is hoe gemeenten dit moeten betalen.')).toEqual([]);
    // The command before a colon, with its reason after it; words that name what follows are no command.
    expect(classify('Verminder de regeldruk: zorgverleners besteden nu een derde van hun tijd aan administratie.')).toEqual(['ask: ask-imperative']);
    expect(classify('Schrap de eigen bijdrage: die houdt mensen weg bij zorg.')).toEqual(['ask: ask-imperative']);
    expect(classify('Doel van deze brief: u informeren over de stand van zaken.')).toEqual([]);
    expect(classify('Kort samengevat: de zorg staat onder druk.')).toEqual(['problem: problem-pressure']);
    expect(classify('Slecht nieuws: de bouw ligt stil.')).toEqual(['problem: problem-blocked']);
    expect(classify('Ten eerste, maak de Wlz toegankelijk.')).toEqual(['ask: ask-imperative']);
    expect(classify('Kortom, het gaat om mensen.')).toEqual([]);
    expect(classify('Het is zaak dat het kabinet snel met een plan komt.')).toEqual(['ask: ask-necessity']);
    expect(classify('Wij doen een dringend verzoek aan u om de middelen te verhogen.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Wij zouden u willen vragen om de regeling te verlengen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('We willen graag dat u de regeling verlengt.')).toEqual(['ask: ask-want']);
    expect(classify('Wij willen vragen wat inwoners nodig hebben.')).toEqual([]);
    expect(classify('Dit zou moeten leiden tot minder bureaucratie.')).toEqual([]);
    expect(classify('Volgens de wet moet elke gemeente een plan maken.')).toEqual([]);
    // A duty the law sets, dated or with its legal ground, describes the rules.
    expect(classify('Vanaf 1 januari 2026 moeten gemeenten een nieuw plan opstellen.')).toEqual([]);
    expect(classify('Op grond van de Wmo moeten gemeenten maatwerk leveren.')).toEqual([]);
    expect(classify('Vanaf 2026 moet het kabinet de jeugdzorg structureel financieren.')).toEqual(['ask: ask-modal']);
    expect(classify('Vanaf 2026 moeten gemeenten extra middelen krijgen.')).toEqual(['ask: ask-modal']);
    expect(classify('Het kabinet moet ervoor zorgen dat dit leidt tot minder regels.')).toEqual(['ask: ask-modal']);
  });

  it('knows problems by their verdict, and good news and conditions from problems', () => {
    expect(classify('Gemeenten hebben te maken met grote tekorten op de jeugdzorg.')).toEqual(['problem: problem-shortage, problem-trouble']);
    expect(classify('Zorgmedewerkers verlaten massaal de sector.')).toEqual(['problem: problem-hardship']);
    expect(classify('Het ziekteverzuim onder zorgpersoneel is recordhoog.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('De investeringen zijn recordhoog.')).toEqual([]);
    expect(classify('Corporaties kunnen niet meer investeren in verduurzaming.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Veel mensen met een laag inkomen hebben geen buffer.')).toEqual(['problem: problem-lack']);
    expect(classify('Gemeenten lopen jaarlijks 1 miljard euro mis.')).toEqual(['problem: problem-cuts, problem-out-of-reach']);
    expect(classify('In 2024 kwamen er ruim 20 procent meer aanmeldingen binnen dan in 2022.')).toEqual(['problem: problem-more-harm']);
    expect(classify('Dit jaar waren er twee keer zoveel meldingen van huiselijk geweld.')).toEqual(['problem: problem-more-harm, problem-words']);
    expect(classify('Gemeenten kunnen 20 procent meer aanvragen verwerken dankzij de nieuwe software.')).toEqual([]);
    expect(classify('Het stelsel is zo complex geworden dat niemand het nog overziet.')).toEqual(['problem: problem-lack, problem-words']);
    expect(classify('Corporaties zien hun investeringsruimte verdampen.')).toEqual(['problem: problem-worsening']);
    expect(classify('Het budget voor de Wmo is sinds 2015 met 20 procent gedaald.')).toEqual(['problem: problem-cuts']);
    expect(classify("Jaarlijks komen zo'n 10.000 mensen in de schuldhulpverlening terecht.")).toEqual(['problem: problem-ending-up']);
    expect(classify('Minder mensen komen in de schuldsanering terecht.')).toEqual([]);
    expect(classify('Klachten worden door de verhuurder vaak pas na maanden opgepakt.')).toEqual(['problem: problem-late-help']);
    expect(classify('De regeling gaat pas na twee jaar in.')).toEqual([]);
    expect(classify('Kinderen hebben hierdoor vaker last van astma.')).toEqual(['problem: problem-suffering']);
    expect(classify('Onze leden krijgen cliënten die ze niet kunnen helpen, omdat er simpelweg geen verpleegkundigen beschikbaar zijn.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('De administratieve last is in vijf jaar verdubbeld.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Een wijkverpleegkundige is inmiddels een derde van haar tijd kwijt aan registratie.')).toEqual(['problem: problem-pressure']);
    expect(classify('Zij hebben er geen last van.')).toEqual([]);
    expect(classify('Huurders worden zwaar getroffen.')).toEqual(['problem: problem-hard-hit']);
    expect(classify('Het aantal laaggeletterden neemt niet af, ondanks jaren van beleid.')).toEqual(['problem: problem-persisting']);
    expect(classify('Het aantal bezoekers neemt niet af.')).toEqual([]);
    expect(classify('Brieven van de Belastingdienst zijn voor veel mensen onleesbaar.')).toEqual(['problem: problem-unreadable']);
    expect(classify('De website is goed leesbaar.')).toEqual([]);
    expect(classify('In de praktijk blijkt de regeling nauwelijks te worden gebruikt.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('De regeling wordt goed gebruikt.')).toEqual([]);
    expect(classify('Gemeenten kunnen hierdoor minder hulp bieden.')).toEqual(['problem: problem-less-capacity']);
    expect(classify('Zorgverzekeraars moeten de tarieven voor de wijkverpleging verhogen.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten moeten de lokale lasten verhogen.')).toEqual(['problem: problem-forced']);
    expect(classify('Gemeenten weten vaak pas in juni hoeveel geld zij het jaar erna krijgen.')).toEqual(['problem: problem-late-certainty']);
    expect(classify('Het rapport verschijnt pas in juni.')).toEqual([]);
    expect(classify('Een derde van de gemeenten heeft een sluitende begroting alleen kunnen presenteren door de lokale lasten te verhogen.')).toEqual(['problem: problem-only-by']);
    expect(classify('Dit kan alleen door samen te werken.')).toEqual([]);
    // A study or a debate about a harm is a topic, not a problem stated.
    expect(classify('Het onderzoek naar de wachtlijsten wordt in maart afgerond.')).toEqual([]);
    expect(classify('De commissie heeft gesproken over de druk op de woningmarkt.')).toEqual([]);
    expect(classify('Het onderzoek laat zien dat de wachtlijsten groeien.')).toEqual(['problem: problem-waiting']);
    expect(classify('De wachtlijst voor sociale huurwoningen is in onze gemeente de kortste van de regio.')).toEqual([]);
    expect(classify('De wachtlijsten zijn de langste van het land.')).toEqual(['problem: problem-waiting']);
    // No one, said of a harm: a goal or a fact that spares everyone.
    expect(classify('Geen enkel kind mag op straat belanden.')).toEqual([]);
    expect(classify('Niemand belandt in de opvang.')).toEqual([]);
    expect(classify('Geen enkele gemeente haalt de norm.')).toEqual(['problem: problem-only']);
    expect(classify('Zo kunnen we met minder mensen meer doen.')).toEqual([]);
    expect(classify('Gemeenten bieden hulp aan inwoners.')).toEqual([]);
    expect(classify('Huurders worden niet hard geraakt.')).toEqual([]);
    expect(classify('Wij zijn diep geraakt door de verhalen.')).toEqual([]);
    expect(classify('Inwoners kunnen met vragen bij het wijkteam terecht.')).toEqual([]);
    expect(classify('Kinderen komen na school in de opvang terecht.')).toEqual([]);
    expect(classify('Het water verdampt in de zon.')).toEqual([]);
    expect(classify('Steeds minder jongeren kiezen voor een opleiding in de zorg.')).toEqual(['problem: problem-worsening, problem-ever-more']);
    expect(classify('Steeds minder mensen roken.')).toEqual([]);
    expect(classify('Kinderen in armoede presteren slechter op school.')).toEqual(['problem: problem-words, problem-worse-outcomes']);
    expect(classify('Mensen met een laag inkomen hebben een slechtere gezondheid.')).toEqual(['problem: problem-worse-outcomes']);
    expect(classify('Het bedrijf presteert beter dan verwacht.')).toEqual([]);
    expect(classify('In het speciaal onderwijs staan klassen regelmatig zonder bevoegde leraar.')).toEqual(['problem: problem-left-without']);
    expect(classify('Zorg dat niemand zonder woning blijft.')).toEqual(['ask: ask-imperative']);
    expect(classify('Kinderen uit gezinnen met weinig geld doen minder vaak mee aan sport.')).toEqual(['problem: problem-left-out']);
    expect(classify('Tegelijkertijd zien we dat de problematiek achter de voordeur complexer wordt.')).toEqual(['problem: problem-words, problem-heavier-needs']);
    expect(classify('Wij merken dat de zorgvraag van cliënten zwaarder is geworden.')).toEqual(['problem: problem-heavier-needs']);
    expect(classify('Deze vragen worden ernstiger genomen.')).toEqual([]);
    expect(classify('Daardoor daalt het inkomen van juist de gezinnen die het al moeilijk hadden.')).toEqual(['problem: problem-worsening']);
    expect(classify('Het aantal dak- en thuislozen wordt geschat op 30.000.')).toEqual(['problem: problem-growing-harm, problem-words']);
    expect(classify('Het aantal bezoekers wordt geschat op 30.000.')).toEqual([]);
    expect(classify('Gemeenten moeten daardoor pijnlijke keuzes maken.')).toEqual(['problem: problem-forced']);
    expect(classify('Het kabinet moet pijnlijke keuzes maken.')).toEqual(['ask: ask-modal']);
    expect(classify('Daardoor is er minder ruimte voor inwoners die de hulp het hardst nodig hebben.')).toEqual(['problem: problem-scarce']);
    expect(classify('Er is geen ruimte voor twijfel.')).toEqual([]);
    expect(classify('Voor complexe problematiek loopt dat op tot meer dan een jaar.')).toEqual(['problem: problem-words, problem-waiting']);
    expect(classify('Dat kan oplopen tot 200 euro.')).toEqual([]);
    expect(classify('Ambulances halen in landelijke gebieden de normtijd van 15 minuten niet.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij halen de norm ruimschoots.')).toEqual([]);
    expect(classify('De bibliotheek in ons dorp is gesloten.')).toEqual(['problem: problem-closing']);
    expect(classify('De school is gesloten tijdens de vakantie.')).toEqual([]);
    expect(classify('De spoedeisende hulp van het ziekenhuis in Heerlen sluit \'s nachts.')).toEqual(['problem: problem-closing']);
    expect(classify('Steeds meer winkels in de kernen staan leeg.')).toEqual(['problem: problem-ever-more, problem-closing']);
    expect(classify('Corporaties kunnen door de huurbevriezing minder investeren in verduurzaming.')).toEqual(['problem: problem-cannot, problem-less-capacity']);
    expect(classify('Starters maken nauwelijks nog kans op een koopwoning.')).toEqual(['problem: problem-scarce']);
    expect(classify('Veel huurwoningen hebben nog een energielabel E, F of G.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Woningen worden verbeterd van energielabel G naar A.')).toEqual([]);
    expect(classify('Arbeidsmigranten wonen vaak in slechte omstandigheden.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Het grondwater daalt in grote delen van Oost-Nederland.')).toEqual(['problem: problem-worsening']);
    expect(classify('Bij hevige regenval lopen kelders en straten onder.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Wij lopen onder de brug door.')).toEqual([]);
    expect(classify('Gezinnen worden van loket naar loket gestuurd.')).toEqual(['problem: problem-idiom']);
    expect(classify('Ouders ervaren de jeugdzorg als een doolhof.')).toEqual(['problem: problem-idiom']);
    expect(classify('Wij helpen inwoners de weg te vinden in het doolhof van regelingen.')).toEqual([]);
    expect(classify('Procedures voor nieuwe windmolens duren gemiddeld acht jaar.')).toEqual(['problem: problem-burden-fact']);
    expect(classify('Een kwart van de leerlingen verlaat de basisschool met een taalachterstand.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Gemeenten worden geconfronteerd met een forse stijging van de uitgaven aan de Wmo.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Het vertrouwen tussen Rijk en gemeenten heeft een flinke deuk opgelopen.')).toEqual(['problem: problem-growth, problem-idiom']);
    expect(classify('Met 10 procent meer middelen kunnen wij de aanvragen aan.')).toEqual([]);
    expect(classify('De energiearmoede neemt toe.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('De bouw van nieuwe woningen stagneert.')).toEqual(['problem: problem-blocked']);
    expect(classify('Met extra middelen kunnen we de wachtlijsten wegwerken.')).toEqual([]);
    expect(classify('Het grootste knelpunt is de financiering.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('De regeldruk is hoog.')).toEqual(['problem: problem-pressure, problem-growing-harm, problem-magnitude']);
    expect(classify('Steeds meer mensen vallen buiten de boot.')).toEqual(['problem: problem-ever-more, problem-idiom']);
    expect(classify('Wij lossen knelpunten samen op.')).toEqual([]);
    expect(classify('Het is nog niet te laat om in te grijpen.')).toEqual([]);
    expect(classify('Ambulances komen te laat.')).toEqual(['problem: problem-lack']);
    expect(classify('Gemeenten kunnen de problemen niet alleen oplossen.')).toEqual(['problem: problem-cannot, problem-words']);
    expect(classify('Gemeenten kunnen de achterstanden niet inlopen.')).toEqual(['problem: problem-cannot, problem-words']);
    expect(classify('De woningbouw ligt in veel gemeenten stil.')).toEqual(['problem: problem-blocked']);
    expect(classify('Door de gestegen energiekosten moeten clubs de contributie verhogen.')).toEqual(['problem: problem-forced, problem-rising-cost, problem-growth']);
    expect(classify('Door de gestegen kosten moet het kabinet de bijdrage verhogen.')).toEqual(['ask: ask-modal']);
    expect(classify('Gemeenten maken zich zorgen.')).toEqual(['problem: problem-concern']);
    expect(classify('De huidige financiering is ontoereikend.')).toEqual(['problem: problem-lack']);
    expect(classify('Zonder structurele financiering komt de uitvoering in gevaar.')).toEqual(['problem: problem-unfunded, problem-left-out']);
    expect(classify('Het is onbegrijpelijk dat het kabinet de middelen schrapt.')).toEqual(['problem: problem-left-out']);
    expect(classify('Gemeenten lopen aan tegen de grenzen van hun mogelijkheden.')).toEqual(['problem: problem-idiom']);
    expect(classify('De wachtlijsten zijn de afgelopen jaren gehalveerd.')).toEqual([]);
    expect(classify('Het vertrouwen in de overheid is afgenomen.')).toEqual(['problem: problem-distrust']);
    expect(classify('Wanneer we niet voldoende middelen krijgen, stellen we de ambities bij.')).toEqual([]);
    expect(classify('Daardoor kunnen corporaties minder woningen bouwen dan afgesproken.')).toEqual(['problem: problem-falls-short']);
    expect(classify('Steeds vaker belanden gezinnen na een huisuitzetting in de daklozenopvang.')).toEqual(['problem: problem-ever-more, problem-hardship, problem-ending-up']);
    expect(classify('Wij vrezen dat de wachtlijsten verder oplopen.')).toEqual(['problem: problem-concern, problem-waiting, problem-growth, problem-growing-debt']);
    expect(classify('Zonder extra middelen blijft het dweilen met de kraan open.')).toEqual(['problem: problem-unfunded, problem-idiom']);
    expect(classify('Deze aanpak staat of valt met voldoende middelen.')).toEqual(['ask: ask-necessity']);
    expect(classify('Het wetsvoorstel leidt tot meer bureaucratie.')).toEqual(['problem: problem-consequence']);
    expect(classify('Dit leidt tot lagere kosten voor gemeenten.')).toEqual([]);
    // A hardship named for a group, not a hedge ("Het is lastig om hier een antwoord op te geven").
    expect(classify('Voor statushouders is het lastig een bestaan op te bouwen.')).toEqual(['problem: problem-hard-for, problem-words']);
    expect(classify('Het is lastig om hier een goed antwoord op te geven.')).toEqual([]);
    expect(classify('Flexwerkers hebben niet de opleidingsmogelijkheden die vaste medewerkers wel hebben.')).toEqual(['problem: problem-unequal']);
    expect(classify('De infectieziektebestrijding blijft kwetsbaar.')).toEqual(['problem: problem-fragile']);
    expect(classify('Netcongestie remt de woningbouw.')).toEqual(['problem: problem-shortage, problem-blocked']);
    expect(classify('Dat doel komt steeds verder uit zicht.')).toEqual(['problem: problem-idiom']);
    expect(classify('Het aantal kinderen dat met spoed uit huis moet worden geplaatst, neemt toe.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    // "langer dan nodig" describes a need; "Dan is extra geld nodig" still asks.
    expect(classify('Zij blijven een jaar langer in de opvang dan nodig is.')).toEqual([]);
    expect(classify('Dan is extra geld nodig voor de opvang.')).toEqual(['ask: ask-need']);
    // "Die" opening a sentence points back; "die" after a noun describes it.
    expect(classify('Die 2% is nodig om de voorzieningen in de buurt te versterken.')).toEqual(['ask: ask-need']);
    expect(classify('Die verbinding is nog niet overal vanzelfsprekend.')).toEqual(['problem: problem-no-longer, problem-not-given']);
    expect(classify('We bereiken lang niet alle inwoners.')).toEqual(['problem: problem-non-take-up, problem-falls-short']);
    expect(classify('De arbeidsmarkt in de zorg is krap.')).toEqual(['problem: problem-shortage']);
    expect(classify('Huisartsen kunnen geen nieuwe patiënten meer aannemen.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Jongeren krijgen niet op tijd de hulp die ze nodig hebben.')).toEqual(['problem: problem-cannot']);
    expect(classify('Het is voor inwoners niet duidelijk waar zij terecht kunnen.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('Veel mensen maken geen gebruik van regelingen waar zij recht op hebben.')).toEqual(['problem: problem-out-of-reach']);
    expect(classify('De samenwerking tussen zorg en veiligheid laat te wensen over.')).toEqual(['problem: problem-idiom']);
    // "van … naar …" is mostly a transition aimed at; not from pillar to post.
    expect(classify('Zij worden van het kastje naar de muur gestuurd.')).toEqual(['problem: problem-idiom']);
    expect(classify('Het huidige systeem werkt perverse prikkels in de hand.')).toEqual(['problem: problem-consequence']);
    expect(classify('Zo werken we samen met partners in de hand van de wijk.')).toEqual([]);
    expect(classify('Gemeenten krijgen steeds meer taken zonder dat daar voldoende geld bij komt.')).toEqual(['problem: problem-unfunded, problem-ever-more']);
    expect(classify('Mensen raken verstrikt in regels.')).toEqual(['problem: problem-strain']);
    expect(classify('Ouders kunnen de eindjes niet aan elkaar knopen.')).toEqual(['problem: problem-cannot, problem-idiom']);
    expect(classify('Het openbaar vervoer op het platteland verschraalt.')).toEqual(['problem: problem-closing']);
    expect(classify('De netbeheerders kunnen de vraag naar aansluitingen niet bijbenen.')).toEqual(['problem: problem-cannot']);
    expect(classify('De helft van de asielzoekers verblijft langer dan een jaar in de noodopvang.')).toEqual(['problem: problem-waiting, problem-harmful-state, problem-hardship']);
    expect(classify('Wij blijven langer dan nodig in gesprek met partners.')).toEqual([]);
    // A call on someone is the senders' own; others who rely on a service ask nothing.
    expect(classify('Wij doen een beroep op uw verantwoordelijkheid.')).toEqual(['ask: ask-call-upon']);
    expect(classify('Mensen doen vaker een beroep op de voedselbank.')).toEqual([]);
    expect(classify('Het is nu aan de politiek om keuzes te maken.')).toEqual(['ask: ask-invite']);
    expect(classify('Wij vinden het onverstandig om te bezuinigen op preventie.')).toEqual(['ask: ask-advise-against']);
    expect(classify('Wij raden af om de eigen bijdrage te verhogen.')).toEqual(['ask: ask-advise-against']);
    // "tegen" here is no ask against a plan: running into limits is a problem.
    expect(classify('Wij lopen tegen grenzen aan.')).toEqual(['problem: problem-idiom']);
    expect(classify('Het verdient de voorkeur om de middelen via het gemeentefonds te verdelen.')).toEqual(['ask: ask-necessity']);
    expect(classify('Voorzieningen verdwijnen uit de dorpen.')).toEqual(['problem: problem-closing']);
    expect(classify('Starters wachten gemiddeld negen jaar op een sociale huurwoning.')).toEqual(['problem: problem-waiting']);
    expect(classify('Het programma loopt in 2026 af; zet het structureel voort.')).toEqual(['ask: ask-imperative']);
    expect(classify('Wij investeren in wijken; gemeenten doen wat ze kunnen.')).toEqual([]);
    expect(classify('In de tussentijd verergeren hun klachten en lopen relaties schade op.')).toEqual(['problem: problem-worsening, problem-hardship']);
    expect(classify('De huisarts en de bushalte liggen steeds verder weg.')).toEqual(['problem: problem-lack']);
    expect(classify('Krimpgemeenten ontvangen minder uit het gemeentefonds dan andere gemeenten, terwijl hun kosten hoger zijn.')).toEqual(['problem: problem-unequal']);
    expect(classify('Het advies aan het nieuwe kabinet: investeer in de jeugd.')).toEqual(['ask: ask-imperative, ask-request-to']);
    expect(classify('De decentralisaties hebben niet gebracht wat ervan werd verwacht.')).toEqual(['problem: problem-falls-short']);
    // Undoing a cut is the remedy, not the harm.
    expect(classify('Het zou mooi zijn als het kabinet de korting terugdraait.')).toEqual(['ask: ask-wish']);
    expect(classify('De regeling sluit niet aan bij de praktijk.')).toEqual(['problem: problem-consequence']);
    expect(classify('Er ontbreekt een goede overgangsregeling.')).toEqual(['problem: problem-consequence']);
    expect(classify('Bij het ontbreken van afspraken kan de minister sturen.')).toEqual([]);
    expect(classify('De uitvoering is niet haalbaar binnen de gestelde termijn.')).toEqual(['problem: problem-inadequate, problem-cannot']);
    expect(classify('Veel inwoners weten de weg naar hulp niet te vinden.')).toEqual(['problem: problem-cannot']);
    expect(classify('Dat baart ons zorgen.')).toEqual(['problem: problem-concern']);
    expect(classify('Het aantal jongeren met psychische klachten is sinds 2019 met een derde gestegen.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-trouble']);
    expect(classify('Het aantal woningen is gestegen.')).toEqual([]);
    expect(classify('Gemeenten zetten alles op alles om slim te sturen, maar de structurele basis is niet op orde.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Gemeenten zetten alles op alles om de basis op orde te brengen.')).toEqual([]);
    expect(classify('Vaak gaat het om een stapeling van problemen die eerder voorkomen hadden kunnen worden.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Zo voorkomen we een stapeling van problemen.')).toEqual([]);
    expect(classify('De eigen bijdrage houdt mensen weg bij zorg.')).toEqual(['problem: problem-exclusion']);
    expect(classify('We houden de kosten weg bij inwoners.')).toEqual([]);
    expect(classify('Jongeren krijgen de hulp niet die ze nodig hebben.')).toEqual(['problem: problem-cannot']);
    expect(classify('Inwoners weten niet waar ze terecht kunnen.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij weten niet hoe het kabinet hierover denkt.')).toEqual([]);
    expect(classify('Het stelsel is versnipperd.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Het aantal buurthuizen dat zijn deuren sluit, neemt toe.')).toEqual(['problem: problem-closing, problem-growth']);
    expect(classify('Sinds 2019 zijn ruim 1.200 buslijnen ingekort.')).toEqual(['problem: problem-closing']);
    expect(classify('Inwoners van kleine kernen kunnen hun huisarts niet meer bereiken zonder auto.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Wij vragen het schrappen van de korting op het gemeentefonds.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Zorgaanbieders zien zich genoodzaakt cliëntenstops in te voeren.')).toEqual(['problem: problem-forced']);
    expect(classify('De tarieven zijn niet kostendekkend.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Het systeem is niet ingericht op mensen met meervoudige problemen.')[0]).toMatch(/^problem: problem-inadequate/u);
    expect(classify('Huurders betalen een steeds groter deel van hun inkomen aan huur.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('De administratieve lasten zijn de afgelopen jaren fors toegenomen.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('Wijkteams zijn overvraagd.')).toEqual(['problem: problem-strain']);
    expect(classify('Gemeenten betalen de jeugdbescherming, zonder dat het Rijk dit vergoedt.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Er is nauwelijks zicht op de effecten.')).toEqual(['problem: problem-scarce']);
    expect(classify('Het ontbreekt aan een landelijke visie op wonen en zorg.')).toEqual(['problem: problem-scarce']);
    expect(classify('Er ontbreekt niets aan de plannen.')).toEqual([]);
    expect(classify('Er is geen sprake van een tekort aan woningen.')).toEqual([]);
    expect(classify('Dit leidt niet tot hogere kosten voor gemeenten.')).toEqual([]);
    expect(classify('We kampen niet met tekorten.')).toEqual([]);
    expect(classify('Het aantal uithuiszettingen is vorig jaar gestegen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Mensen belanden steeds vaker in de schuldhulpverlening.')).toEqual(['problem: problem-ever-more, problem-ending-up']);
    expect(classify('Geef gemeenten geen nieuwe taken zonder voldoende middelen.')).toEqual(['ask: ask-imperative']);
    expect(classify('De aanbieders kampen met hoge verzuimcijfers.')).toEqual(['problem: problem-trouble']);
    expect(classify('Wij helpen mensen die in de schulden zitten.')).toEqual([]);
    expect(classify('De commissie heeft een rapport uitgebracht over de druk op de zorg.')).toEqual([]);
    expect(classify('Het rapport laat zien dat de wachtlijsten groeien.')).toEqual(['problem: problem-waiting']);
    expect(classify('Het rapport van de commissie beschrijft de knelpunten in de jeugdzorg.')).toEqual([]);
    expect(classify('Het rapport beschrijft dat de wachtlijsten groeien.')).toEqual(['problem: problem-waiting']);
    // What this letter is about, and what a study looked into, describe no state of affairs.
    expect(classify('Deze brief gaat over de knelpunten in de jeugdzorg.')).toEqual([]);
    expect(classify('In deze brief gaan wij in op de tekorten bij de GGD’en.')).toEqual([]);
    expect(classify('De commissie onderzocht de oorzaken van de personeelstekorten.')).toEqual([]);
    expect(classify('De oorzaken van de tekorten liggen in de gebrekkige financiering.')).toEqual(['problem: problem-shortage, problem-inadequate']);
    expect(classify('De energiearmoede is groot.')).toEqual(['problem: problem-magnitude, problem-words']);
    expect(classify('Tegelijk stijgen de energiekosten van verenigingen.')[0]).toMatch(/^problem: problem-rising-cost/u);
    expect(classify('Veel sportaccommodaties zijn verouderd.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Betaalbare woningen zijn schaars.')).toEqual(['problem: problem-shortage']);
    expect(classify('Uit onderzoek blijkt dat een op de vijf huishoudens moeite heeft om rond te komen.')).toEqual(['problem: problem-ends-meet, problem-struggle']);
    expect(classify('Ondanks alle inspanningen lukt het niet om de wachtlijsten terug te dringen.')).toEqual(['problem: problem-waiting, problem-fails']);
    expect(classify('Dat lukt ons niet alleen.')).toEqual([]);
    expect(classify('Het is gelukt om de wachtlijsten te halveren.')).toEqual([]);
    expect(classify('Het is onbestaanbaar dat kinderen in armoede opgroeien.')).toEqual(['problem: problem-left-out, problem-trouble, problem-words']);
    expect(classify('Ruim de helft van hen heeft schulden.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Zij hebben geen schulden.')).toEqual([]);
    expect(classify('Veel jongeren komen daardoor niet in beeld bij de gemeente.')).toEqual(['problem: problem-left-out']);
    expect(classify('Wij brengen de jongeren in beeld.')).toEqual([]);
    // A goal out of reach is the problem; a goal alone is none.
    expect(classify('Gemeenten hebben onvoldoende middelen om de achterstand in onderhoud in te lopen.')).toEqual(['problem: problem-lack, problem-words']);
    expect(classify('Met extra middelen kunnen gemeenten de achterstanden inlopen.')).toEqual([]);
    expect(classify('De opgave is groot.')).toEqual([]);
    expect(classify('De bibliotheek verdwijnt uit kleine kernen.')).toEqual(['problem: problem-closing']);
    expect(classify('Er is steeds minder geld voor onderhoud.')[0]).toMatch(/^problem: .*problem-worsening/u);
    expect(classify('Steeds minder jongeren roken.')).toEqual([]);
    expect(classify('In deze brief schetsen wij de knelpunten in de jeugdzorg.')).toEqual([]);
    expect(classify('In de bijlage vindt u een overzicht van de tekorten per gemeente.')).toEqual([]);
    expect(classify('Graag zetten wij voor het debat de belangrijkste knelpunten op een rij.')).toEqual([]);
    expect(classify('Wij benoemen de knelpunten: de wachtlijsten groeien.')[0]).toMatch(/^problem: /u);
    expect(classify('Hieronder ziet u dat de tekorten in de jeugdzorg oplopen.')).toEqual(['problem: problem-shortage, problem-rising-cost, problem-growth']);
    expect(classify('Dat komt omdat gezondheidsverschillen in sommige wijken zo groot zijn geworden dat collectieve investeringen nodig zijn.')[0]).toMatch(/^problem: problem-unequal/u);
  });

  it('reads the cells of a table of text by their column heads', () => {
    const cell = (text: string, leadIn: string, inTable = true) => classify(text, { leadIn, inTable, block: { kind: 'listItem', index: 0, sentence: 0, sentences: 1 } });
    expect(cell('Cliënten wachten weken op een indicatie.', 'Wat gaat er mis')).toEqual(['problem: problem-waiting, problem-list-item']);
    expect(cell('Te weinig plekken in de opvang.', 'Knelpunt')).toEqual(['problem: problem-lack, problem-list-item']);
    expect(cell('Een toeslag voor zorg in dunbevolkte gebieden.', 'Voorstel')).toEqual(['ask: ask-list-item']);
    expect(cell('Een toeslag voor zorg in dunbevolkte gebieden.', 'Wat het kabinet kan doen')).toEqual(['ask: ask-list-item']);
    // A heading in the singular above a list is no column: its items are read as they stand.
    expect(cell('Wij bieden gemeenten ruimte voor maatwerk.', 'Het probleem', false)).toEqual([]);
  });

  it('takes the items of a list whose lead-in makes a request for asks, unless an item states a problem', () => {
    const item = (text: string, leadIn: string) => classify(text, { leadIn, block: { kind: 'listItem', index: 0, sentence: 0, sentences: 1 } });
    expect(item('de middelen voor het sociaal domein te indexeren;', 'Wij stellen de formateur voor om:')).toEqual(['ask: ask-list-item']);
    expect(item('Structurele financiering voor de jeugdzorg.', 'Wat hebben we van het rijk nodig?')).toEqual(['ask: ask-list-item']);
    expect(item('de wachtlijsten in de jeugdzorg;', 'Wij vragen uw aandacht voor:')).toEqual(['problem: problem-waiting']);
    expect(item('bij de Voorjaarsnota te zorgen voor compensatie van de gestegen energiekosten.', 'Wij vragen u:')).toEqual(['ask: ask-list-item']);
    // Under a lead-in that names remedies, a noun phrase names one, whatever problem it mentions.
    expect(item('Een landelijk overzicht van actuele wachttijden, beschikbaar voor iedere patiënt.', 'Oplossingen')).toEqual(['ask: ask-list-item']);
    expect(item('De wachttijden zijn te lang.', 'Oplossingen')).toEqual(['problem: problem-waiting, problem-lack']);
    expect(item('Verbinding in de wijk.', 'We investeren op drie niveaus:')).toEqual([]);
    expect(item('gemeenten meer ruimte te geven voor maatwerk.', 'Wij vragen het kabinet om:')).toEqual(['ask: ask-list-item']);
    expect(item('We maken de beweging naar langer thuis en ambulante hulp.', 'Wat hebben we van het rijk nodig?')).toEqual([]);
    // A heading right above the list is its lead-in: it asks when it names requests.
    expect(item('Een Deltafonds voor het landelijk gebied.', 'Onze aanbevelingen')).toEqual(['ask: ask-list-item']);
    expect(item('Snellere procedures voor netuitbreiding.', '3. Voorstellen')).toEqual(['ask: ask-list-item']);
    expect(item('Structurele financiering van de jeugdzorg.', 'Onze speerpunten')).toEqual(['ask: ask-list-item']);
    expect(item('Een structurele investering in de jeugdzorg.', 'Agenda voor het nieuwe kabinet')).toEqual(['ask: ask-list-item']);
    expect(item('Meer ruimte voor maatwerk in de Wmo.', 'Randvoorwaarden')).toEqual(['ask: ask-list-item']);
    expect(item('Een structurele investering in de jeugdzorg.', 'Onze agenda')).toEqual([]);
    expect(item('Structurele financiering van de jeugdzorg.', 'Wat kan het kabinet doen?')).toEqual(['ask: ask-list-item']);
    expect(item('Structurele financiering van de jeugdzorg.', 'Wat kunnen gemeenten doen?')).toEqual([]);
    // A lead-in that says the remedies follow.
    expect(item('een amendement dat de tarieven voor 2026 met minimaal 5 procent verhoogt;', 'Wat zou helpen:')).toEqual(['ask: ask-list-item']);
    expect(item('een landelijke norm voor de caseload van wijkteams;', 'Wat er moet gebeuren:')).toEqual(['ask: ask-list-item']);
    expect(item('een landelijke norm voor de caseload van wijkteams;', 'Wat er gebeurde:')).toEqual([]);
    // An item in lower case commands as one in capitals does; nouns that begin items are no commands.
    expect(item('schrap de kostendelersnorm;', 'Wij hebben drie punten:')).toEqual(['ask: ask-imperative']);
    expect(item('zorg is te duur geworden;', 'Wij zien drie problemen:')).toEqual(['problem: problem-rising-cost, problem-lack, problem-list-item']);
    expect(item('vraag en aanbod op de woningmarkt.', 'Onze leden:')).toEqual([]);
    expect(item('Een Deltafonds voor het landelijk gebied.', 'Het landelijk gebied')).toEqual([]);
    // A lead-in that names its items as requests, also without a request verb.
    expect(item('een landelijke norm voor de jeugdzorg;', 'Wij hebben de volgende wensen voor het coalitieakkoord:')).toEqual(['ask: ask-list-item']);
    expect(item('een landelijke norm voor de jeugdzorg;', 'Hieronder vindt u onze voorstellen:')).toEqual(['ask: ask-list-item']);
    expect(item('Een integraal spoedpakket van maatregelen.', 'In het rapport zijn dan ook twee hoofdaanbevelingen gedaan:')).toEqual(['ask: ask-list-item']);
    expect(item('een landelijke norm voor de jeugdzorg;', 'Wij nemen de volgende maatregelen:')).toEqual([]);
    // A norm for waiting times is the remedy, not the problem.
    expect(item('een landelijke norm voor wachttijden in de jeugdzorg;', 'Wij doen drie voorstellen:')).toEqual(['ask: ask-list-item']);
    // A cut to be undone, in the passive, is what must happen, not the problem of the cut.
    expect(item('de bezuiniging wordt teruggedraaid;', 'Wat er moet gebeuren:')).toEqual(['ask: ask-list-item']);
    expect(classify('De bezuiniging is helaas niet teruggedraaid.')).toEqual(['problem: problem-cuts, problem-regret']);
    // A heading right above a list that names its items problems ("Wat er mis gaat", "Knelpunten").
    expect(item('Kinderen uit gezinnen met een laag inkomen maken het minst gebruik van kinderopvang.', 'Wat er mis gaat')).toEqual(['problem: problem-list-item']);
    expect(item('Kinderen uit gezinnen met een laag inkomen maken het minst gebruik van kinderopvang.', 'Wat wij doen')).toEqual([]);
    expect(item('hulpverleners wisselen voortdurend;', 'Wat gaat er mis:')).toEqual(['problem: problem-list-item']);
    expect(item('hulpverleners wisselen voortdurend;', 'Waar loopt het vast?')).toEqual(['problem: problem-list-item']);
    expect(item('hulpverleners wisselen voortdurend;', 'Wat gaat er goed:')).toEqual([]);
    expect(item('De urgentieregeling legt de lasten bij een beperkt aantal gemeenten.', 'Onze bezwaren')).toEqual(['problem: problem-list-item']);
    expect(item('De urgentieregeling legt de lasten bij een beperkt aantal gemeenten.', 'Onze voorstellen')).toEqual(['ask: ask-list-item']);
    expect(item('Ouders moeten toeslag terugbetalen als hun inkomen hoger blijkt.', 'Knelpunten')).toEqual(['problem: problem-forced, problem-list-item']);
    // Concerns named as such above the list; not a list of what to see to.
    expect(item('De kindregeling wordt opnieuw uitgesteld.', 'Onze zorgen:')).toEqual(['problem: problem-list-item']);
    expect(item('De kindregeling wordt opnieuw uitgesteld.', 'Wij maken ons grote zorgen over het volgende:')).toEqual(['problem: problem-list-item']);
    expect(item('een goede kinderopvang in elke wijk;', 'Wij vragen u te zorgen voor:')).toEqual(['ask: ask-list-item']);
    // A lead-in that states a problem and asks nothing introduces its consequences; an item that commands still asks.
    expect(item('huishoudelijke hulp wordt beperkt tot de meest noodzakelijke taken;', 'Gemeenten moeten daardoor keuzes maken die inwoners raken:')).toEqual(['problem: problem-list-consequence']);
    expect(item('huishoudelijke hulp wordt beperkt tot de meest noodzakelijke taken;', 'Gemeenten maken daarbij de volgende keuzes:')).toEqual([]);
    expect(item('Schrap de korting op het gemeentefonds.', 'De tekorten bij gemeenten lopen op:')).toEqual(['ask: ask-imperative']);
    // A summary's noun phrases that say what should be are its asks in short; a topic or a problem is not.
    expect(item('Structurele financiering voor de jeugdzorg', 'Samenvatting')).toEqual(['ask: ask-summary-item']);
    expect(item('Een gemeentefonds dat meegroeit met de taken', 'In het kort:')).toEqual(['ask: ask-summary-item']);
    expect(item('De positie van mantelzorgers', 'Samenvatting')).toEqual([]);
    expect(item('Structurele tekorten in de jeugdzorg', 'Samenvatting')).toEqual(['problem: problem-shortage']);
  });

  it('takes the label that opens an item for an ask when it commands, as a heading', () => {
    const label = (text: string) => classify(text, { label: true, block: { kind: 'listItem', index: 0, sentence: 0, sentences: 2 } });
    expect(label('Investeer in buurthuizen en bewonersinitiatieven.')).toEqual(['ask: ask-imperative-heading']);
    expect(label('Toegang tot steun, hulp en zorg.')).toEqual([]);
    expect(label('Slim sturen met regels en geld.')).toEqual([]);
  });

  it('takes a command of two words for an ask, not a subject and its verb, nor a pointer for the reader', () => {
    const heading = (text: string) => classify(text, { block: { kind: 'heading', index: 0, sentence: 0, sentences: 1 } });
    expect(heading('Benut technologie')).toEqual(['ask: ask-imperative-heading']);
    expect(classify('Bouw door!')).toEqual(['ask: ask-imperative']);
    expect(['Sport verbindt.', 'Zorg werkt.', 'Zie bijlage.', 'Let op!', 'Wat nu?', 'Kortom:', 'Hoogachtend,', 'Jeugdzorg Nederland'].map((text) => classify(text))).toEqual([[], [], [], [], [], [], [], []]);
  });

  it('takes a bare noun phrase right after an ask in such an item for another ask', () => {
    const later = (text: string, followsAsk: boolean, leadIn = 'Wat wij daarom nodig hebben van het rijk:') =>
      classifySentence(sentence(text, { leadIn, block: { kind: 'listItem', index: 0, sentence: 1, sentences: 2 } }), { followsAsk }).map((draft) => draft.type);
    expect(later('Structurele langjarige investeringen in gebiedsontwikkeling en nieuwbouw.', true)).toEqual(['ask']);
    expect(later('En maatregelen die schuldeisers verplichten om schulden te voorkomen.', true)).toEqual(['ask']);
    expect(later('Structurele langjarige investeringen in gebiedsontwikkeling en nieuwbouw.', false)).toEqual([]);
    expect(later('Structurele langjarige investeringen in gebiedsontwikkeling en nieuwbouw.', true, 'We investeren op drie niveaus:')).toEqual([]);
    expect(later('Gemeenten investeren in gebiedsontwikkeling en nieuwbouw.', true)).toEqual([]);
    expect(later('Inwoners die schulden hebben ondersteunen we vanaf het eerste signaal.', true)).toEqual([]);
  });

  it('does not take what the senders do about a problem for the problem, also with the verb before "we"', () => {
    expect(classify('Wij ondersteunen gezinnen met schulden en onvoldoende inkomen.')).toEqual([]);
    expect(classify('Ook bieden we gezinnen met schulden en onvoldoende inkomen hulp aan huis.')).toEqual([]);
    expect(classify('Inwoners met schulden in een kwetsbare situatie ondersteunen we vanaf de eerste signalen.')).toEqual([]);
    expect(classify('Veel gezinnen hebben schulden en onvoldoende inkomen.')).toEqual(['problem: problem-lack, problem-trouble, problem-words']);
  });

  it('hears costs that cannot be absorbed, willingness that falls, pupils falling behind and discrimination, not their lookalikes', () => {
    expect(classify('Zorgaanbieders kunnen de loonstijgingen niet meer opvangen.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Met deze bijdrage kunnen gemeenten de uitvoeringskosten niet dekken.')).toEqual(['problem: problem-cannot']);
    // "niet genoeg" that stresses a point lacks nothing.
    expect(classify('Wij kunnen niet genoeg benadrukken hoe belangrijk preventie is.')).toEqual([]);
    expect(classify('Het belang van goede huisvesting kan niet genoeg worden benadrukt.')).toEqual([]);
    expect(classify('Er is niet genoeg personeel om alle cliënten te helpen.')).toEqual(['problem: problem-lack']);
    expect(classify('Steeds minder mensen zijn bereid om vrijwilligerswerk te doen.')).toEqual(['problem: problem-worsening, problem-ever-more']);
    expect(classify('Steeds meer gemeenten zijn bereid om statushouders extra te huisvesten.')).toEqual([]);
    expect(classify('Jonge mantelzorgers combineren de zorg voor een ouder met school en raken daardoor achterop.')).toEqual(['problem: problem-left-out']);
    expect(classify('Door de krappe arbeidsmarkt blijven vacatures in de kinderopvang lang openstaan.')).toEqual(['problem: problem-shortage']);
    expect(classify('Mensen met een migratieachtergrond worden nog steeds gediscrimineerd op de woningmarkt.')).toEqual(['problem: problem-exclusion']);
    expect(classify('Wij zetten ons in tegen discriminatie op de woningmarkt.')).toEqual([]);
    expect(classify('In de praktijk lopen wij dagelijks tegen allerlei belemmeringen in de regelgeving aan.')).toEqual(['problem: problem-idiom']);
    expect(classify('Wij lopen graag met u door de voorstellen heen.')).toEqual([]);
    expect(classify('Steeds meer studenten raken in geldnood.')).toEqual(['problem: problem-ever-more, problem-idiom']);
    expect(classify('Gemeenten worden geconfronteerd met forse extra kosten door de nieuwe wet.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Gemeenten worden geconfronteerd met nieuwe vragen van inwoners.')).toEqual([]);
  });

  it('hears help refused, obstacles met and losses or aggression dealt with, not their lookalikes', () => {
    expect(classify('Gemeenten moeten steeds vaker nee zeggen tegen inwoners met een hulpvraag.')).toEqual(['problem: problem-forced, problem-ever-more']);
    expect(classify('De wet stelt gemeenten in staat om nee te zeggen tegen ongewenste initiatieven.')).toEqual([]);
    expect(classify('Inwoners met een beperking ervaren drempels bij het vinden van werk.')).toEqual(['problem: problem-blocked']);
    expect(classify('Wij willen drempels voor inwoners wegnemen.')).toEqual([]);
    expect(classify('De helft van de zorgaanbieders heeft te maken met verliezen.')).toEqual(['problem: problem-trouble']);
    expect(classify('Medewerkers van wijkteams krijgen steeds vaker te maken met agressie.')).toEqual(['problem: problem-ever-more, problem-trouble']);
    expect(classify('Wij hebben te maken met een nieuwe wet.')).toEqual([]);
  });

  it('hears problems of other domains: care below par, people sleeping outside, work not paid for, permits delayed, uncertainty', () => {
    expect(classify('De opvang van asielzoekers is al maanden onder de maat.')).toEqual(['problem: problem-idiom']);
    expect(classify('In Ter Apel sliepen honderden asielzoekers buiten.')).toEqual(['problem: problem-hardship']);
    expect(classify('Wij slapen buiten de stad in een hotel.')).toEqual([]);
    expect(classify('Gemeenten krijgen de klimaatadaptatie niet gefinancierd.')).toEqual(['problem: problem-unfunded, problem-cannot']);
    expect(classify('De doorlooptijden van vergunningen zijn opgelopen tot meer dan een jaar.')).toEqual(['problem: problem-waiting, problem-growth']);
    expect(classify('Boeren verkeren in onzekerheid over de toekomst van hun bedrijf.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('De verduurzaming van maatschappelijk vastgoed loopt ernstige vertraging op.')).toEqual(['problem: problem-blocked']);
    expect(classify('Wij willen vertraging voorkomen.')).toEqual([]);
  });

  it('hears people who become homeless or jobless and a large backlog, not a backlog made up or homelessness prevented', () => {
    expect(classify('Steeds meer jongeren raken dakloos.')).toEqual(['problem: problem-ever-more, problem-hardship']);
    expect(classify('Vorig jaar raakten ruim 5.000 jongeren dakloos.')).toEqual(['problem: problem-hardship']);
    expect(classify('Het aantal jongeren dat dakloos raakt, neemt toe.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-hardship']);
    expect(classify('Er is sprake van een grote achterstand in het onderhoud van scholen.')).toEqual(['problem: problem-hardship, problem-words']);
    expect(classify('Zo raakt straks geen enkele jongere meer dakloos.')).toEqual([]);
    expect(classify('Wij zorgen ervoor dat niemand meer dakloos raakt.')).toEqual([]);
    expect(classify('Hij raakte in 2019 dakloos en vond via ons een woning.')).toEqual([]);
    expect(classify('De grote achterstand in het onderhoud is inmiddels ingelopen.')).toEqual([]);
    expect(classify('Met dit programma werken wij de grote achterstand weg.')).toEqual([]);
  });

  it('hears those who struggle with something or hardly find a home, work or staff, not a question wrestled with or work found', () => {
    expect(classify('Ondernemers in de binnenstad worstelen met leegstand.')).toEqual(['problem: problem-trouble']);
    expect(classify('Veel gemeenten worstelen al jaren met de gevolgen van de decentralisaties.')).toEqual(['problem: problem-trouble']);
    expect(classify('Jongeren met een beperking vinden moeilijk een stageplek.')).toEqual(['problem: problem-cannot']);
    expect(classify('Zorgaanbieders vinden geen personeel.')).toEqual(['problem: problem-cannot, problem-lack']);
    expect(classify('Wij worstelen met de vraag hoe wij dit het beste kunnen aanpakken.')).toEqual([]);
    expect(classify('Wij vinden geen bezwaar in deze aanpak.')).toEqual([]);
    expect(classify('Via de regeling vinden jongeren een stageplek.')).toEqual([]);
  });

  it('hears thresholds run into, costs that run up said verb first and people no better off, not their negations', () => {
    expect(classify('Toch lopen mensen met een beperking nog dagelijks tegen drempels aan: in het openbaar vervoer en op de arbeidsmarkt.')).toEqual(['problem: problem-idiom']);
    expect(classify('Voor veel huishoudens lopen die kosten op tot honderden euro’s per maand.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Wie met een beperking gaat werken, gaat er vaak financieel niet op vooruit.')).toEqual(['problem: problem-idiom']);
    expect(classify('Veel ouderen gaan er door de maatregel fors op achteruit.')).toEqual(['problem: problem-worsening']);
    expect(classify('Wij nemen drempels weg waar mensen tegen aanlopen.')).toEqual([]);
    expect(classify('Daarmee lopen de kosten niet verder op.')).toEqual([]);
    expect(classify('Zo stijgen de kosten nauwelijks.')).toEqual([]);
    expect(classify('Gezinnen gaan er flink op vooruit.')).toEqual([]);
    expect(classify('Met dit voorstel gaat niemand er op achteruit.')).toEqual([]);
    expect(classify('Huurders gaan er niet op achteruit.')).toEqual([]);
  });

  it('hears a negative result expected and a vacancy open for months, not when there is none', () => {
    expect(classify('Een derde van onze leden verwacht over 2025 een negatief resultaat.')).toEqual(['problem: problem-worsening']);
    expect(classify('Een op de zeven vacatures in de gehandicaptenzorg staat langer dan een half jaar open.')).toEqual(['problem: problem-shortage']);
    expect(classify('Wij verwachten geen negatief resultaat.')).toEqual([]);
    expect(classify('Er staan bij ons geen vacatures open.')).toEqual([]);
  });

  it('hears a harm at its level in figures, a payment risk and spending beyond what comes in, not a low level or time spent', () => {
    expect(classify('Het ziekteverzuim in de jeugdzorg ligt op 8 procent.')).toEqual(['problem: problem-growing-harm, problem-words']);
    expect(classify('Het aantal meldingen van huiselijk geweld bedraagt jaarlijks 120.000.')).toEqual(['problem: problem-growing-harm, problem-words']);
    expect(classify('40 procent van de huurders met een laag inkomen heeft een betaalrisico.')).toEqual(['problem: problem-hardship']);
    expect(classify('Gemeenten besteden jaarlijks 1,2 miljard euro meer aan de Wmo dan zij ontvangen.')).toEqual(['problem: problem-overspend']);
    expect(classify('De armoede ligt op 3 procent, het laagste niveau in jaren.')).toEqual([]);
    expect(classify('Wij helpen huishoudens met een betaalrisico.')).toEqual([]);
    expect(classify('Wij besteden meer tijd aan preventie dan aan herstel.')).toEqual([]);
  });

  it('hears doctors who stop without a successor, underfunding, costs out of hand and bureaucracy growing hand over hand, not their remedies or negations', () => {
    expect(classify('Steeds meer huisartsen stoppen zonder opvolger.')).toEqual(['problem: problem-ever-more, problem-hardship']);
    expect(classify('Er is sprake van structurele onderfinanciering.')).toEqual(['problem: problem-shortage']);
    expect(classify('De jeugdzorg is onbeheersbaar duur geworden.')).toEqual(['problem: problem-harmful-state, problem-rising-cost']);
    expect(classify('De bureaucratie neemt hand over hand toe.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Wij willen de onderfinanciering van de jeugdzorg aanpakken.')).toEqual([]);
    expect(classify('Zo voorkomen we dat huisartsen stoppen zonder opvolger.')).toEqual([]);
    expect(classify('Hij stopte zonder opvolger met zijn praktijk en wij namen die over.')).toEqual([]);
    expect(classify('De bouw is niet duur geworden.')).toEqual([]);
  });

  it('hears harm that threatens, not fear or concern denied, nor no one threatened', () => {
    expect(classify('Honderden zorgaanbieders dreigen om te vallen.')).toEqual(['problem: problem-threat, problem-words']);
    expect(classify('Gezinnen dreigen dakloos te raken.')).toEqual(['problem: problem-threat, problem-words']);
    expect(classify('Wij vrezen niet voor de toekomst.')).toEqual([]);
    expect(classify('Wij maken ons geen zorgen over de uitvoering.')).toEqual([]);
    expect(classify('Met deze aanpak dreigt niemand tussen wal en schip te vallen.')).toEqual([]);
    expect(classify('Zo dreigt geen enkele aanbieder om te vallen.')).toEqual([]);
  });

  it('hears libraries that close their doors one by one, travel times that grow, access that is limited and work made less attractive, not their lookalikes', () => {
    const cases = [
      'De bibliotheken in kleine kernen sluiten één voor één hun deuren.',
      'Wij sluiten onze deuren niet voor nieuwe leden.',
      'De bibliotheek opent haar deuren ook op zondag.',
      'De aanrijtijden van de ambulance zijn opgelopen.',
      'Door de files neemt de reistijd voor mantelzorgers toe.',
      'De aanrijtijden zijn het afgelopen jaar verkort.',
      'De toegang tot de rechter is voor mensen met een laag inkomen beperkt.',
      'De toegang tot de regeling is beperkt tot mensen boven de 65 jaar.',
      'Het vak van leraar is minder aantrekkelijk geworden.',
      'Het werk is er niet minder aantrekkelijk op geworden.',
      'Daardoor wordt fraude minder aantrekkelijk.',
      'Huisartsen kunnen geen nieuwe patiënten meer inschrijven.',
      'Scholen krijgen hun vacatures niet vervuld.',
      'Het aantal dak- en thuisloze jongeren is verdubbeld.',
      'Het aantal dak- en thuisloze jongeren is gedaald.',
      'Gemeenten krijgen er taken bij zonder het geld om ze uit te voeren.',
      'Dat gaat ten koste van de kwaliteit van de zorg.',
      'Deze afspraak gaat niet ten koste van de kwaliteit.',
    ];
    expect(Object.fromEntries(cases.map((text) => [text, classify(text)]))).toEqual({
      'De bibliotheken in kleine kernen sluiten één voor één hun deuren.': ['problem: problem-closing'],
      'Wij sluiten onze deuren niet voor nieuwe leden.': [],
      'De bibliotheek opent haar deuren ook op zondag.': [],
      'De aanrijtijden van de ambulance zijn opgelopen.': ['problem: problem-waiting, problem-growth'],
      'Door de files neemt de reistijd voor mantelzorgers toe.': ['problem: problem-waiting'],
      'De aanrijtijden zijn het afgelopen jaar verkort.': [],
      'De toegang tot de rechter is voor mensen met een laag inkomen beperkt.': ['problem: problem-lack'],
      'De toegang tot de regeling is beperkt tot mensen boven de 65 jaar.': [],
      'Het vak van leraar is minder aantrekkelijk geworden.': ['problem: problem-worsening'],
      'Het werk is er niet minder aantrekkelijk op geworden.': [],
      'Daardoor wordt fraude minder aantrekkelijk.': [],
      'Huisartsen kunnen geen nieuwe patiënten meer inschrijven.': ['problem: problem-out-of-reach'],
      'Scholen krijgen hun vacatures niet vervuld.': ['problem: problem-shortage'],
      'Het aantal dak- en thuisloze jongeren is verdubbeld.': ['problem: problem-growth, problem-growing-harm'],
      'Het aantal dak- en thuisloze jongeren is gedaald.': [],
      'Gemeenten krijgen er taken bij zonder het geld om ze uit te voeren.': ['problem: problem-unfunded'],
      'Dat gaat ten koste van de kwaliteit van de zorg.': ['problem: problem-consequence'],
      'Deze afspraak gaat niet ten koste van de kwaliteit.': [],
    });
  });

  it('hears the words of a cue its hints used to miss: distrust, "ongewenst", feeling unheard, fear, an energy bill run up, requests for help', () => {
    expect(classify('Onder inwoners groeit het wantrouwen jegens de overheid.')).toEqual(['problem: problem-distrust, problem-growth']);
    expect(classify('Wij vinden het ongewenst dat de minister de korting doorzet.')).toEqual(['ask: ask-advise-against']);
    expect(classify('Veel ouderen voelen zich vaak niet gehoord.')).toEqual(['problem: problem-exclusion']);
    expect(classify('Er is grote angst onder huurders.')).toEqual(['problem: problem-trouble']);
    expect(classify('De energierekening is fors opgelopen.')).toEqual(['problem: problem-rising-cost, problem-growth, problem-magnitude']);
    expect(classify('Hulpvragen nemen sterk toe.')).toEqual(['problem: problem-growth, problem-growing-harm']);
  });

  it('hears a growth of harm said noun first, a wait said verb last, people who cannot move on and what is deficient, not good news or the senders’ plans', () => {
    expect(classify('Daardoor zien wij een toename van het aantal uithuisplaatsingen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Een toename van het aantal meldingen is een goed teken.')).toEqual([]);
    expect(classify('Het aantal mensen met dementie verdubbelt tot 2040.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal mensen met dementie is gedaald.')).toEqual([]);
    expect(classify('Het aantal jongeren dat langer dan een jaar op jeugdhulp wacht, is in twee jaar verdubbeld.')).toEqual(['problem: problem-waiting, problem-growth']);
    expect(classify('Wij willen dat niemand langer dan nodig op hulp hoeft te wachten.')).toEqual([]);
    expect(classify('Ouderen kunnen niet doorstromen naar een passende woning.')).toEqual(['problem: problem-cannot']);
    expect(classify('Zoals de Algemene Rekenkamer constateerde, is het toezicht op de besteding van de middelen gebrekkig.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Wij willen de gebrekkige informatievoorziening verbeteren.')).toEqual([]);
    expect(classify('Om die reden bepleiten wij een structurele verhoging van het macrobudget Wmo.')).toEqual(['ask: ask-request-verb']);
  });

  it('hears reserves drawn on in the past, a stay longer than needed, an impossible task, an untenable situation, alarm raised and fire, not the senders’ wish', () => {
    expect(classify('Gemeenten hebben de afgelopen jaren tientallen miljoenen uit hun reserves moeten halen om de jeugdzorg te betalen.')).toEqual(['problem: problem-forced']);
    expect(classify('Het gevolg is dat jongeren langer in een instelling verblijven dan nodig.')).toEqual(['problem: problem-waiting']);
    expect(classify('Wij willen niet dat jongeren langer in de opvang blijven dan nodig.')).toEqual([]);
    expect(classify('Met de huidige middelen is het onmogelijk om aan de vraag te voldoen.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Dit is geen houdbare situatie.')).toEqual(['problem: problem-left-out']);
    expect(classify('De rek is er bij onze medewerkers uit.')).toEqual(['problem: problem-idiom']);
    expect(classify('Onze leden slaan alarm.')).toEqual(['problem: problem-idiom']);
    expect(classify('De jeugdzorg staat in brand.')).toEqual(['problem: problem-idiom']);
  });

  it('hears a budget that cannot be balanced, room to invest that shrank and funds that are only temporary, not a balanced budget or funds raised for a while', () => {
    expect(classify('Gemeenten kunnen de grondexploitatie niet meer sluitend krijgen.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Wij kunnen de begroting sluitend maken.')).toEqual([]);
    expect(classify('Tegelijkertijd is de investeringsruimte van corporaties door de huurbevriezing met 2,5 miljard euro afgenomen.')).toEqual(['problem: problem-worsening']);
    expect(classify('De middelen voor wijkaanpak zijn tijdelijk en lopen in 2026 af.')).toEqual(['problem: problem-temporary']);
    expect(classify('De middelen zijn tijdelijk verhoogd.')).toEqual([]);
  });

  it('hears homes not fit for their use and clients who fall between two laws, not relief of the workload or a range of costs, nor a bare invitation', () => {
    expect(classify('Ouderen blijven langer thuis wonen, maar hun woning is daar vaak niet op ingericht.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Cliënten vallen tussen de Wmo en de Wlz.')).toEqual(['problem: problem-left-out']);
    expect(classify('De kosten vallen tussen de 10 en 20 euro.')).toEqual([]);
    expect(classify('Digitale zorg kan de werkdruk verlichten.')).toEqual([]);
    expect(classify('P.S. Op 5 december presenteren wij onze monitor; wij nodigen u van harte uit.')).toEqual([]);
    expect(classify('Wij nodigen het kabinet uit om met ons in gesprek te gaan over preventie.')).toEqual(['ask: ask-invite']);
  });

  it('hears means that do not suffice, not a note that suffices or does not always', () => {
    expect(classify('Decentrale overheden staan voor een opgave waarvoor de huidige middelen niet volstaan: het Deltafonds voorziet in 200 miljoen euro per jaar.')).toEqual(['problem: problem-lack']);
    expect(classify('Dat volstaat niet.')).toEqual(['problem: problem-lack']);
    expect(classify('Een eenvoudige melding volstaat.')).toEqual([]);
    expect(classify('Een korte toelichting volstaat niet altijd.')).toEqual([]);
  });

  it('hears what a consultation reaction finds wrong: tasks not paid for, a cost others bear, terms too short, a duty not feasible, not a demand for clarity', () => {
    expect(classify('De wet legt nieuwe taken bij corporaties, maar regelt niet hoe die worden betaald.')).toEqual(['problem: problem-unfunded']);
    expect(classify('De verhuurderheffing is afgeschaft, maar de huurbevriezing kost corporaties 2,4 miljard euro.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Onze voorstellen kosten het Rijk 1 miljard euro.')).toEqual([]);
    expect(classify('De termijnen in de wet zijn te kort.')).toEqual(['problem: problem-lack']);
    expect(classify('Gemeenten moeten binnen een jaar een volkshuisvestingsprogramma vaststellen; dat is voor kleine gemeenten niet haalbaar.')).toEqual(['problem: problem-inadequate, problem-cannot']);
    expect(classify('Het moet duidelijk zijn wanneer iets niet uitvoerbaar is en waarom niet.')).toEqual(['ask: ask-modal']);
  });

  it('hears carers who drop out, help they cannot find, respite care scarcely available and fewer doctors, not fewer carers overburdened', () => {
    expect(classify('Jonge mantelzorgers combineren de zorg voor een ouder met school of studie en vallen vaker uit.')).toEqual(['problem: problem-hardship']);
    expect(classify('Ondersteuning is er wel, maar mantelzorgers weten die niet te vinden.')).toEqual(['problem: problem-cannot']);
    expect(classify('Respijtzorg is in veel gemeenten beperkt beschikbaar.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Daar daalt het aantal huisartsen.')).toEqual(['problem: problem-worsening']);
    expect(classify('Het aantal beschikbare huurwoningen daalt.')).toEqual(['problem: problem-shortage, problem-worsening']);
    expect(classify('Daar daalt het aantal overbelaste mantelzorgers.')).toEqual([]);
    expect(classify('Het aantal daklozen daalt.')).toEqual([]);
  });

  it('hears spending beyond what comes in from someone named, and takes where to read more for no ask, also as a list item', () => {
    expect(classify('Gemeenten geven jaarlijks 1,5 miljard euro meer uit aan jeugdzorg dan zij van het Rijk ontvangen.')).toEqual(['problem: problem-overspend']);
    expect(classify('Meer informatie vindt u op vng.nl (https://vng.nl/jeugd).', { block: { kind: 'listItem', index: 0, sentence: 0, sentences: 1 }, leadIn: 'Wat vragen wij?' })).toEqual([]);
    expect(classify('Dicht het financiële gat in de jeugdzorg.', { block: { kind: 'listItem', index: 0, sentence: 0, sentences: 1 }, leadIn: 'Wat vragen wij?' })).toEqual(['ask: ask-list-item, ask-imperative']);
  });

  it('hears a bottleneck named, not one announced', () => {
    expect(classify('Het grootste knelpunt is de financiering.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Divosa geeft u graag de volgende knelpunten en oplossingen mee.')).toEqual([]);
    expect(classify('Wij noemen hieronder de belangrijkste knelpunten.')).toEqual([]);
  });

  it('hears what must not be put off or paid for with quality, and what would help, not a rule the law lays down', () => {
    expect(classify('Investeringen in de dijkversterking mogen niet worden uitgesteld.')).toEqual(['ask: ask-modal']);
    expect(classify('De indexatie mag niet langer worden uitgesteld.')).toEqual(['ask: ask-modal']);
    expect(classify('Dit mag niet ten koste gaan van de kwaliteit van het onderwijs.')).toEqual(['ask: ask-modal']);
    expect(classify('Volgens de wet mogen deze gegevens niet worden gedeeld.')).toEqual([]);
    expect(classify('Het zou helpen als de wet op dit punt wordt aangepast.')).toEqual(['ask: ask-helps-if']);
  });

  it('hears clients put on a waiting list, losses, a count of vacancies and absence above other sectors', () => {
    expect(classify('Zorgaanbieders moeten cliënten op een wachtlijst plaatsen, terwijl die cliënten dringend zorg nodig hebben.')).toEqual(['problem: problem-forced, problem-waiting']);
    expect(classify('Daardoor draait een derde van de aanbieders verlies.')).toEqual(['problem: problem-worsening']);
    expect(classify('Er zijn in de gehandicaptenzorg ruim 9.000 vacatures.')).toEqual(['problem: problem-shortage']);
    expect(classify('Er zijn 12 vacatures bij onze vereniging.')).toEqual([]);
    expect(classify('Medewerkers werken structureel over en het ziekteverzuim is met 8,1% hoger dan in andere sectoren.')).toEqual(['problem: problem-above-average, problem-words, problem-pressure']);
    expect(classify('De productiviteit is hoger dan in andere sectoren.')).toEqual([]);
    // Means that lag the tasks, the verb split: "groeien niet mee".
    expect(classify('De GGD’en voeren steeds meer wettelijke taken uit, maar de middelen groeien niet mee.')).toEqual(['problem: problem-unfunded, problem-ever-more, problem-falls-short']);
    expect(classify('De vraag groeit niet mee met de bevolking.')).toEqual([]);
  });

  it('reads a vignette and a quotation as no command, and a wait of years as a problem', () => {
    expect(classify('Neem Fatima, alleenstaande moeder van drie kinderen, die al twee jaar op een woning wacht.')).toEqual(['problem: problem-waiting']);
    expect(classify('Neem bijvoorbeeld de bijzondere bijstand.')).toEqual([]);
    expect(classify('Neem maatregelen om de huren te bevriezen.')).toEqual(['ask: ask-imperative']);
    expect(classify('"Ik weet niet meer hoe ik de huur moet betalen," vertelt een huurder uit Zwolle.')).toEqual([]);
    expect(classify('Wij wachten al maanden op een reactie van de minister.')).toEqual([]);
  });

  it('hears rules that make something impossible, and no demand in what takes a long breath', () => {
    expect(classify('De huidige regels maken maatwerk onmogelijk.')).toEqual(['problem: problem-blocked']);
    expect(classify('Wij maken het onmogelijke mogelijk.')).toEqual([]);
    expect(classify('Deze opgave vraagt om een lange adem.')).toEqual([]);
    expect(classify('Dat vraagt om politieke keuzes.')).toEqual(['ask: ask-demand']);
  });

  it('hears harsh sanctions and a claw-back as problems, not sanctions the senders want for others', () => {
    expect(classify('Mensen in de bijstand krijgen nu te maken met strenge sancties bij kleine fouten.')).toEqual(['problem: problem-harsh']);
    expect(classify('Een vergeten formulier kan leiden tot een terugvordering van duizenden euro’s.')).toEqual(['problem: problem-consequence']);
    expect(classify('Wij pleiten voor strenge sancties voor malafide verhuurders.')).toEqual(['ask: ask-request-verb, ask-plead']);
    expect(classify('Dit leidt tot een besparing van 10 procent.')).toEqual([]);
  });

  it('hears what does not improve, practices that vanish, a mortgage or homes out of reach, not their negations', () => {
    expect(classify('De situatie verbetert niet.')).toEqual(['problem: problem-worsening']);
    expect(classify('Dit verbetert niet alleen de gezondheid, maar ook de schoolprestaties.')).toEqual([]);
    expect(classify('Er verdwijnen steeds meer huisartsenpraktijken uit de wijk.')).toEqual(['problem: problem-closing, problem-ever-more']);
    expect(classify('De voorzieningen verdwijnen niet.')).toEqual([]);
    expect(classify('Jongeren krijgen geen hypotheek meer.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij krijgen geen signalen meer van inwoners.')).toEqual([]);
    expect(classify('Er is nauwelijks nog betaalbare huur te vinden.')).toEqual(['problem: problem-cannot']);
    expect(classify('Er is nauwelijks verschil te vinden tussen de regio’s.')).toEqual([]);
  });

  it('hears growth and falls said in a clause of their own or verb first, and budgets in the red', () => {
    expect(classify('De G4 constateert dat het aantal daklozen in de grote steden toeneemt.')).toEqual(['problem: problem-growth, problem-growing-harm, problem-words']);
    expect(classify('Het aantal leden neemt toe.')).toEqual([]);
    expect(classify('Uit de monitor van de VNG blijkt dat 60 procent van de gemeenten rood staat.')).toEqual(['problem: problem-worsening']);
    expect(classify('De begroting staat weer in de plus.')).toEqual([]);
    expect(classify('Tegelijkertijd stijgt het aantal crisismeldingen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Sinds 2020 stijgt het aantal leden.')).toEqual([]);
    expect(classify('De caseload per medewerker is in twee jaar met een derde gestegen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Volgens het CPB daalt de koopkracht van de laagste inkomens in 2025.')).toEqual(['problem: problem-worsening']);
  });

  it('hears who is put at a disadvantage, work that runs on temporary grants and high accountability burdens', () => {
    expect(classify('De huidige verdeelsystematiek benadeelt kleine gemeenten.')).toEqual(['problem: problem-harsh']);
    expect(classify('Wij willen voorkomen dat kleine gemeenten worden benadeeld.')).toEqual([]);
    expect(classify('Het jongerenwerk draait op tijdelijke subsidies.')).toEqual(['problem: problem-temporary']);
    expect(classify('Specifieke uitkeringen leiden tot hoge verantwoordingslasten.')).toEqual(['problem: problem-consequence']);
  });

  it('hears money others must add or live off as a harm, and the same words as a demand on the Rijk', () => {
    expect(classify('Gemeenten moeten jaarlijks miljoenen bijpassen.')).toEqual(['problem: problem-forced']);
    expect(classify('Huishoudens moeten interen op hun spaargeld.')).toEqual(['problem: problem-forced, problem-hardship']);
    expect(classify('Het Rijk moet de tekorten bijpassen.')).toEqual(['ask: ask-modal']);
  });

  it('hears what a village loses, how far people must travel, who leaves and who draws on reserves', () => {
    expect(classify('In veel dorpen is de laatste supermarkt, het laatste café of de basisschool de afgelopen tien jaar verdwenen.')).toEqual(['problem: problem-closing']);
    expect(classify('Daarmee verdwijnt vaak de enige plek waar inwoners elkaar nog ontmoeten.')).toEqual(['problem: problem-closing']);
    expect(classify('Van de dorpen onder de 1.000 inwoners heeft inmiddels twee derde geen enkele winkel meer.')).toEqual(['problem: problem-closing']);
    expect(classify('Ouderen moeten voor een huisarts of apotheek soms twintig kilometer reizen.')).toEqual(['problem: problem-forced']);
    expect(classify('Niemand moet meer dan twintig kilometer hoeven reizen voor een huisarts.')[0]).toMatch(/^ask: /u);
    expect(classify('Het gevolg is dat ouderen eerder dan nodig naar de stad verhuizen en jongeren het dorp verlaten.')).toEqual(['problem: problem-hardship']);
    expect(classify('Wij willen voorkomen dat ouderen eerder dan nodig naar een verpleeghuis verhuizen.')).toEqual([]);
    expect(classify('Jongeren trekken weg uit de regio.')).toEqual(['problem: problem-hardship']);
    expect(classify('Zij stoppen met werken om de zorg thuis rond te krijgen.')).toEqual(['problem: problem-hardship']);
    expect(classify('Veel ouderen stoppen met werken om van hun pensioen te genieten.')).toEqual([]);
    expect(classify('Aanbieders teren in op hun reserves.')).toEqual(['problem: problem-hardship']);
    expect(classify('Dat leidt tot spanning in wijken.')).toEqual(['problem: problem-consequence']);
    expect(classify('Het gevolg is verdringing van reguliere woningzoekenden.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Daarmee verdwijnt de noodzaak om elk jaar een nieuwe aanvraag te doen.')).toEqual([]);
    expect(classify('Het is een noodzaak om de tarieven te indexeren.')[0]).toMatch(/^ask: /u);
  });

  it('hears people who grow lonely and rules that discourage', () => {
    expect(classify('Een groeiende groep ouderen vereenzaamt.')).toEqual(['problem: problem-strain, problem-growth']);
    expect(classify('De regels voor de kostendelersnorm ontmoedigen mensen om bij elkaar te wonen.')).toEqual(['problem: problem-consequence']);
    expect(classify('Wij ontmoedigen niemand om mantelzorg te geven.')).toEqual([]);
  });

  it('hears who does not get the help they need, providers that stopped, and more people who need care', () => {
    expect(classify('Het gaat echter om kinderen die nu niet de hulp krijgen die zij nodig hebben.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij willen voorkomen dat kinderen geen hulp krijgen.')).toEqual([]);
    expect(classify('In 2025 zijn al veertien instellingen gestopt of gefuseerd.')).toEqual(['problem: problem-closing']);
    expect(classify('Het aantal jongeren dat jeugdhulp krijgt, is gegroeid van 1 op 27 in 2015 tot 1 op 7 nu.')).toEqual(['problem: problem-growing-harm']);
    expect(classify('Het aantal jongeren dat jeugdhulp krijgt, is gedaald.')).toEqual([]);
  });

  it('hears a duty laid down without saying who pays for it', () => {
    expect(classify('Het wetsvoorstel legt een zorgplicht bij gemeenten, maar regelt niet hoe deze wordt gefinancierd.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Het is niet geregeld wie de kosten draagt.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Het kabinet moet regelen hoe de taken worden gefinancierd.')).toEqual(['ask: ask-modal']);
  });

  it('hears limits reached, burn-out, norms not met, budgets that do not grow with the tasks and no way out', () => {
    expect(classify('Het sociaal domein loopt tegen zijn grenzen aan.')).toEqual(['problem: problem-strain']);
    expect(classify('Veel wijkverpleegkundigen zitten thuis met een burn-out.')).toEqual(['problem: problem-strain']);
    expect(classify('Wij willen burn-outs bij medewerkers voorkomen.')).toEqual([]);
    expect(classify('De bestedingsvrijheid van gemeenten is de afgelopen jaren uitgehold.')).toEqual(['problem: problem-closing']);
    expect(classify('Een derde van de ambulances haalt de normtijd niet.')).toEqual(['problem: problem-cannot']);
    expect(classify('De ambulances halen de normtijd in 95 procent van de gevallen.')).toEqual([]);
    expect(classify('Gemeenten krijgen er steeds meer taken bij zonder dat het budget meegroeit.')[0]).toMatch(/^problem: problem-unfunded/u);
    expect(classify('Gemeenten krijgen nieuwe taken, zonder dat het budget meegroeit.')).toEqual(['problem: problem-unfunded']);
    expect(classify('Jongeren met schulden zien geen uitweg meer.')[0]).toMatch(/^problem: problem-hardship/u);
    expect(classify('Wij zien geen toekomst in de huidige plannen.')).toEqual([]);
  });

  it('hears waits of years, procedures that take years, funding that ends, harms that return, homes and help forgone, nothing left over', () => {
    expect(classify('Nieuwe wijken wachten soms jaren op een aansluiting op het elektriciteitsnet.')).toEqual(['problem: problem-waiting']);
    expect(classify('Gemeenten wachten al maanden op duidelijkheid over het Gemeentefonds.')).toEqual(['problem: problem-waiting']);
    expect(classify('Wij wachten met spanning op het regeerakkoord.')).toEqual([]);
    expect(classify('Van initiatief tot oplevering duurt het gemiddeld zeven jaar.')).toEqual(['problem: problem-burden-fact']);
    expect(classify('De behandeling van een bezwaar duurt vaak meer dan een jaar.')).toEqual(['problem: problem-burden-fact']);
    expect(classify('Het programma duurt vier jaar en start in 2026.')).toEqual([]);
    expect(classify('De opleiding duurt gemiddeld vier jaar.')).toEqual([]);
    expect(classify('De woningbouwimpuls loopt in 2026 af.')).toEqual(['problem: problem-temporary']);
    expect(classify('De impuls loopt door tot 2030.')).toEqual([]);
    expect(classify('Daardoor steken mazelen en kinkhoest weer de kop op.')).toEqual(['problem: problem-idiom']);
    expect(classify('Daardoor blijven jongeren dakloos of zien ouders af van zorg voor hun kind.')).toEqual(['problem: problem-hardship']);
    expect(classify('Met deze aanpak blijven minder mensen werkloos.')).toEqual([]);
    expect(classify('Wij zien af van verdere opmerkingen over de begroting.')).toEqual([]);
    expect(classify('Wie een paar uur werkt, houdt daar vaak niets aan over.')).toEqual(['problem: problem-scarce']);
    expect(classify('Wij houden u op de hoogte.')).toEqual([]);
  });

  it('hears fewer police officers, pupils who leave school unable to read well, homes that are cold and damp, a sea that rises faster than foreseen, money that is gone', () => {
    expect(classify('Het aantal wijkagenten is de afgelopen vijf jaar met een kwart afgenomen.')).toEqual(['problem: problem-worsening']);
    expect(classify('Het aantal daklozen is de afgelopen vijf jaar gehalveerd.')).toEqual([]);
    expect(classify('Een op de vier leerlingen verlaat de basisschool zonder voldoende leesvaardigheid.')).toEqual(['problem: problem-hardship']);
    expect(classify('Honderdduizenden huishoudens wonen in een slecht geïsoleerde woning.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Wij willen dat niemand in een vochtige woning hoeft te wonen.')).toEqual([]);
    expect(classify('De zeespiegel stijgt sneller dan werd verwacht.')).toEqual(['problem: problem-growth, problem-worsening']);
    expect(classify('De economie groeit sneller dan verwacht.')).toEqual([]);
    expect(classify('Het geld is op.')).toEqual(['problem: problem-scarce']);
    expect(classify('De reserves van gemeenten raken op.')).toEqual(['problem: problem-scarce']);
    expect(classify('Het geld is op de verkeerde plek terechtgekomen.')).toEqual([]);
    expect(classify('Voorzieningen als buurthuizen en bibliotheken staan op de tocht.')).toEqual(['problem: problem-idiom']);
  });

  it('hears children left out and carers made to fill in for others, not what the senders take no part in', () => {
    expect(classify('Kinderen gaan zonder ontbijt naar school en doen niet mee aan sport.')).toEqual(['problem: problem-left-out']);
    expect(classify('Veel ouderen doen niet meer mee in de samenleving.')).toEqual(['problem: problem-no-longer, problem-left-out']);
    expect(classify('Wij doen niet mee aan deze consultatie.')).toEqual([]);
    expect(classify('Gemeenten doen niet mee aan het experiment.')).toEqual([]);
    expect(classify('Ondertussen worden mantelzorgers steeds vaker gevraagd taken van professionals over te nemen.')).toEqual(['problem: problem-ever-more, problem-forced']);
    expect(classify('Gemeenten worden gevraagd de regie over te nemen.')).toEqual([]);
  });

  it('reads no problem in what an opening clause is to prevent, however many harms it names', () => {
    const types = classify('Om te voorkomen dat de financiële problemen onbeheersbaar worden en de kracht van gemeenten verder wordt uitgehold, moet de balans worden hersteld.');
    expect(types).toHaveLength(1);
    expect(types[0]).toMatch(/^ask: /u);
  });

  it('hears figures of a long wait, of more young people depressed, of help nobody gives, of means lacking for a goal', () => {
    expect(classify('Gemiddeld wacht een woningzoekende in de Randstad tien jaar op een sociale huurwoning.')).toEqual(['problem: problem-waiting']);
    expect(classify('Het aantal jongeren met een depressie is sinds 2019 verdubbeld.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Een derde van de mantelzorgers ervaart geen enkele ondersteuning.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij wachten op het advies van de Raad van State.')).toEqual([]);
    expect(classify('Veel mensen met een licht verstandelijke beperking krijgen daardoor niet de hulp die zij nodig hebben.')).toEqual(['problem: problem-cannot']);
    expect(classify('Het ontbreekt gemeenten aan de instrumenten om leegstand tegen te gaan.')).toEqual(['problem: problem-scarce']);
    expect(classify('Gemeenten krijgen de ruimte om leegstand tegen te gaan.')).toEqual([]);
  });

  it('hears what works against its aim and harm that falls on the most vulnerable', () => {
    expect(classify('Dit staat haaks op de ambitie om meer mensen thuis te laten wonen.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Deze aanpak staat niet haaks op het beleid van het Rijk.')).toEqual([]);
    expect(classify('De huidige systematiek werkt averechts.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Dit ondermijnt het vertrouwen van inwoners in de overheid.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Wij willen voorkomen dat dit het vertrouwen ondermijnt.')).toEqual([]);
    expect(classify('Deze maatregel treft juist de meest kwetsbare huishoudens.')).toEqual(['problem: problem-hits-vulnerable, problem-hit']);
    expect(['Dit raakt de meest kwetsbare inwoners het hardst.', 'Het besluit treft de meest kwetsbare inwoners.'].map((text) => classify(text))).toEqual([['problem: problem-hits-vulnerable'], ['problem: problem-hits-vulnerable']]);
    expect(classify('Wij raken de meest kwetsbare inwoners niet kwijt uit het oog.')).toEqual([]);
  });

  it('hears uncertainty and staff shortages dealt with, not what is only connected', () => {
    expect(classify('Gemeenten krijgen te maken met onzekerheid over de financiering.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Huisartsen krijgen steeds vaker te maken met agressie.')).toEqual(['problem: problem-ever-more, problem-trouble']);
    expect(classify('Wij hebben te maken met een nieuw kabinet.')).toEqual([]);
    expect(classify('Dit heeft te maken met de nieuwe regels.')).toEqual([]);
  });

  it('hears more people out of work or on benefits, and overtime as the rule', () => {
    expect(classify('Het aantal mensen met een WW-uitkering is in een jaar met 20 procent toegenomen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('De uitkeringen stijgen mee met de lonen.')).toEqual([]);
    expect(classify('Verloskundigen werken structureel over.')).toEqual(['problem: problem-pressure']);
    expect(classify('Wij werken samen met de verloskundigen.')).toEqual([]);
  });

  it('asks in slogans: "Tijd voor …", "Geen bezuinigingen op …!", a condition that must be met', () => {
    expect(classify('Tijd voor structurele financiering van de publieke gezondheid.')).toEqual(['ask: ask-time']);
    expect(classify('Er is geen tijd voor uitstel meer.')).toEqual([]);
    expect(classify('Geen bezuinigingen op de jeugdzorg!')).toEqual(['ask: ask-slogan']);
    expect(classify('Geen bezuiniging heeft zoveel schade aangericht als de korting op de jeugdzorg.')).not.toContain('ask: ask-slogan');
    expect(classify('Een stabiele financiering van gemeenten is een randvoorwaarde.')).toEqual(['ask: ask-necessity']);
  });

  it('reads a command after the number of a paragraph numbered as a section, not after a figure', () => {
    expect(classify('2.1 Vraag de minister om een structurele bijdrage van het Rijk.')).toEqual(['ask: ask-imperative']);
    expect(classify('3.2.1. Investeer in het regionale openbaar vervoer.')).toEqual(['ask: ask-imperative']);
    expect(classify('1.2 miljoen huishoudens leven in armoede.')).toEqual(['problem: problem-trouble, problem-words']);
  });

  it('skips lead-ins, labels and rhetorical questions', () => {
    expect(classify('Wat hebben we concreet van het rijk nodig:')).toEqual([]);
    expect(classify('Inkomen.', { label: true })).toEqual([]);
    expect(classify('Waarom zou je dat doen?')).toEqual([]);
  });

  it('asks the questions under a heading of questions for the minister', () => {
    const section = { section: 'Vragen aan de minister' };
    expect(classify('Waarom is de toezegging uit het Integraal Zorgakkoord nog niet uitgevoerd?', section)).toEqual(['ask: ask-question-to-put']);
    expect(classify('Waarom is de toezegging uit het Integraal Zorgakkoord nog niet uitgevoerd?', { section: 'Wat er misgaat' })).toEqual([]);
    expect(classify('Hoe gaat de minister ervoor zorgen dat de wachttijden korter worden?', { section: 'Onze vragen voor de staatssecretaris' })).toEqual(['ask: ask-question-to-put']);
  });

  it('hears a target missed, a budget balanced only from reserves, a cut that goes on and income lost, not a cut called off', () => {
    expect(classify('De ambitie om 100.000 woningen per jaar te bouwen wordt bij lange na niet gehaald.')).toEqual(['problem: problem-target-missed']);
    expect(classify('De doelen voor 2030 worden niet bereikt.')).toEqual(['problem: problem-scarce, problem-target-missed']);
    expect(classify("De aanrijtijden van ambulances worden in steeds meer regio's niet gehaald.")[0]).toMatch(/^problem: .*problem-target-missed/u);
    expect(classify('Ouders lopen van de ene naar de andere hulpverlener.')).toEqual(['problem: problem-idiom']);
    expect(classify('Veel inburgeraars halen het vereiste taalniveau niet.')).toEqual(['problem: problem-cannot']);
    expect(classify('Kinderen uit gezinnen met weinig geld krijgen vaker een lager schooladvies.')[0]).toMatch(/^problem: .*problem-worse-outcomes/u);
    expect(classify('Bijna alle leerlingen halen hun diploma.')).toEqual([]);
    // Background that names a harm states none: a law's purpose, those who fight it, a survey of it.
    for (const none of ['De Wet versterking regie volkshuisvesting moet de woningnood helpen oplossen.', 'Ons netwerk bestaat uit 40 organisaties die zich inzetten tegen eenzaamheid.', 'Vrijwilligers zetten zich in tegen eenzaamheid.', 'Wij hebben onze leden gevraagd naar hun ervaringen met de wachtlijsten.']) expect(classify(none), none).toEqual([]);
    expect(classify('Het kabinet moet gemeenten helpen de woningnood op te lossen.')).toEqual(['ask: ask-modal']);
    for (const none of ['Wij hebben een handreiking over eenzaamheid ontwikkeld.', 'Het onderwerp regeldruk staat op de agenda van het overleg.']) expect(classify(none), none).toEqual([]);
    expect(classify('De training van medewerkers schiet tekort, waardoor signalen van armoede worden gemist.')[0]).toMatch(/^problem: /u);
    expect(classify('De cliënt verhuist van de ene naar de andere afdeling als zijn zorgvraag verandert.')).toEqual([]);
    expect(classify('Wij zetten alles op alles zodat de doelen wel worden gehaald.')).toEqual([]);
    expect(classify('Het doel is bereikt.')).toEqual([]);
    expect(classify('Nu al heeft een op de drie gemeenten een sluitende begroting alleen door de reserves aan te spreken.')).toEqual(['problem: problem-only-by']);
    expect(classify('Gemeenten kunnen hun begroting alleen sluitend krijgen door op hun reserves in te teren.')).toEqual(['problem: problem-only-by']);
    expect(classify('Het aanspreken van reserves is alleen mogelijk door een besluit van de raad.')).toEqual([]);
    expect(classify('Tegelijk constateren wij dat de opschalingskorting op het gemeentefonds gewoon doorgaat.')).toEqual(['problem: problem-cuts']);
    expect(classify('Door de huurbevriezing lopen corporaties 1,5 miljard euro aan inkomsten mis.')).toEqual(['problem: problem-cuts']);
    for (const calledOff of ['Gelukkig gaat de opschalingskorting niet door.', 'De korting gaat niet door.', 'Wij zijn opgelucht dat de korting niet doorgaat.', 'De bezuinigingen op de jeugdzorg zijn van de baan.']) expect(classify(calledOff), calledOff).toEqual([]);
    for (const calledOff of ['Het kabinet heeft de bezuiniging geschrapt.', 'Het kabinet heeft de korting op het gemeentefonds geschrapt.']) expect(classify(calledOff), calledOff).toEqual([]);
    expect(classify('Het kabinet heeft de subsidie voor buurthuizen geschrapt.')).toEqual(['problem: problem-cuts']);
  });

  it('hears a harmful group that grows, supply that falls, work hardly done, homes bought up and no certainty', () => {
    expect(classify('Het aantal mensen dat langdurig dakloos is, is sinds 2018 met een derde gestegen.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal mensen dat dakloos is, is gedaald.')).toEqual([]);
    expect(classify('Het aantal bouwvergunningen daalt al drie jaar op rij.')).toEqual(['problem: problem-shortage']);
    expect(classify('Particuliere verhuurders verduurzamen hun woningen nauwelijks.')).toEqual(['problem: problem-hardly-done']);
    expect(classify('Er wordt in kleine kernen nauwelijks nog gebouwd.')).toEqual(['problem: problem-hardly-done']);
    expect(classify('Wij investeren nauwelijks in reclame.')).toEqual([]);
    expect(classify('Beleggers kopen nog altijd op grote schaal goedkope koopwoningen op om ze te verhuren.')).toEqual(['problem: problem-buy-up']);
    expect(classify('Beleggers investeren in nieuwbouw van middenhuurwoningen.')).toEqual([]);
    expect(classify('Steeds meer huurders krijgen een tijdelijk contract, waardoor zij geen zekerheid hebben.')).toEqual(['problem: problem-ever-more, problem-insecure']);
    expect(classify('Huurders met een vast contract hebben zekerheid.')).toEqual([]);
  });

  it('hears a norm time missed, what others have had to cut, what holds things back and systems that do not fit', () => {
    expect(classify('De politie komt in een derde van de gevallen niet binnen de normtijd ter plaatse.')).toEqual(['problem: problem-target-missed']);
    expect(classify('Het UWV beslist in veel gevallen niet binnen de wettelijke termijn.')).toEqual(['problem: problem-target-missed']);
    expect(classify('Zorg ervoor dat de ambulance overal binnen de normtijd ter plaatse is.')).toEqual(['ask: ask-imperative']);
    // What others have had to do is past: it asks nothing, and cutting so is their harm.
    expect(classify('Culturele instellingen in de regio hebben hun programmering al moeten halveren.')).toEqual(['problem: problem-forced']);
    expect(classify('Gemeenten hebben de afgelopen jaren fors moeten bezuinigen op het sociaal domein.')).toEqual(['problem: problem-cuts, problem-forced']);
    expect(classify('Wij vinden dat gemeenten die dat hebben gedaan ook moeten worden gecompenseerd.')[0]).toMatch(/^ask: /u);
    expect(classify('Organisaties die hebben geïnvesteerd, moeten de ruimte krijgen om door te gaan.')).toEqual(['ask: ask-modal']);
    expect(classify('Het stikstofslot houdt de bouw van duizenden woningen tegen.')).toEqual(['problem: problem-blocked']);
    for (const none of ['Wij houden dit voorstel graag tegen het licht.', 'Niets houdt gemeenten tegen om samen te werken.']) expect(classify(none), none).toEqual([]);
    expect(classify('Digitale systemen van gemeenten en rijk sluiten niet op elkaar aan.')).toEqual(['problem: problem-consequence']);
    expect(classify('De systemen van zorgverzekeraars en zorgkantoren sluiten niet goed op elkaar aan.')).toEqual(['problem: problem-consequence']);
  });

  it('hears money that does not arrive, people left to cope alone and no successor found', () => {
    expect(classify('Het geld komt nu niet bij de kinderen terecht.')).toEqual(['problem: problem-not-given']);
    expect(classify('Veel aanvragen komen nooit bij de juiste instantie terecht.')).toEqual(['problem: problem-not-given']);
    expect(classify('Jongeren die uit de jeugdzorg komen, staan er op hun achttiende vaak alleen voor.')).toEqual(['problem: problem-left-without']);
    expect(classify('De helft van de huisartsen vindt geen opvolger.')).toEqual(['problem: problem-cannot']);
    for (const none of ['Gemeenten staan er niet alleen voor.', 'Wij komen hier later in deze brief op terug.', 'Het geld komt terecht bij de kinderen die het het hardst nodig hebben.', 'Wij vinden een opvolger voor onze voorzitter.']) expect(classify(none), none).toEqual([]);
    expect(classify('Zorg dat het geld niet bij de aandeelhouders terechtkomt.')).toEqual(['ask: ask-imperative']);
  });

  it('hears facilities gone with a word between ("geen volwaardige bibliotheek meer") and one of the last that disappears', () => {
    expect(classify('Een op de zes gemeenten heeft geen volwaardige bibliotheek meer.')).toEqual(['problem: problem-closing']);
    expect(classify('Daardoor verdwijnt juist in dorpen een van de laatste openbare plekken waar inwoners elkaar ontmoeten.')).toEqual(['problem: problem-closing']);
    for (const none of ['Daarmee verdwijnt niet de laatste bibliotheek.', 'Wij hebben geen volwaardige bibliotheek meer nodig in elk dorp.']) expect(classify(none), none).not.toContainEqual(expect.stringMatching(/problem-closing/u));
  });

  it('states no problem in the solutions the senders work on or look for, unless in vain', () => {
    for (const none of ['Samen met gemeenten werken wij aan oplossingen voor de woningnood.', 'Wij zoeken naar oplossingen voor het tekort aan personeel.']) expect(classify(none), none).toEqual([]);
    expect(classify('Wij zoeken al jaren tevergeefs naar oplossingen voor het tekort aan personeel.')).toEqual(['problem: problem-shortage, problem-struggle']);
    expect(classify('Er zijn geen oplossingen voor de woningnood.')).toEqual(['problem: problem-shortage']);
  });

  it('hears a search in vain, what cannot be found, time lost to paperwork, means that stay while the work grows, danger, reach that falls, work left undone', () => {
    expect(classify("In krimpregio's zoeken gepensioneerde huisartsen tevergeefs een opvolger.")).toEqual(['problem: problem-struggle']);
    expect(classify('Betaalbare praktijkruimte is in veel wijken niet te vinden.')).toEqual(['problem: problem-lack']);
    expect(classify('Een derde van die tijd gaat op aan administratie en overleg met verzekeraars.')).toEqual(['problem: problem-burden']);
    expect(classify('De gemeente telt sinds 2015 meer inwoners, terwijl het budget gelijk is gebleven.')).toEqual(['problem: problem-falls-short']);
    expect(classify('Fietsers zetten hun fiets op de stoep, wat voor blinden gevaarlijke situaties oplevert.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Daardoor bereiken musea de kinderen die thuis niet met cultuur in aanraking komen steeds minder.')).toEqual(['problem: problem-ever-more, problem-less-capacity']);
    expect(classify('Inspecties bij risicovolle bedrijven worden uitgesteld.')).toEqual(['problem: problem-blocked']);
    expect(classify('Meldingen van omwonenden blijven soms maanden onbeantwoord.')).toEqual(['problem: problem-blocked']);
    for (const none of ['Een goede opvolger is niet tevergeefs gezocht.', 'De informatie is op onze website te vinden.', 'Het geld gaat op aan zorg voor patiënten.', 'Wij zijn gegroeid, terwijl onze kosten gelijk zijn gebleven.', 'Wij bereiken steeds meer kinderen.', 'Geen enkele melding blijft onbeantwoord.', 'Met betere verlichting willen wij gevaarlijke situaties voorkomen.']) expect(classify(none), none).toEqual([]);
  });

  it('hears stress a few words after who feels it, life or care put off ("stellen belangrijke keuzes uit"), care that is scarce ("krap"), carers at their limit ("lopen op hun tenen") and how many wait ("400.000 woningzoekenden ingeschreven")', () => {
    expect(classify('Jongeren ervaren hierdoor veel stress.')).toEqual(['problem: problem-trouble, problem-words']);
    expect(classify('Jongeren stellen belangrijke keuzes uit, zoals samenwonen.')).toEqual(['problem: problem-hardship']);
    expect(classify('Veel ouderen stellen een bezoek aan de tandarts uit.')).toEqual(['problem: problem-hardship']);
    expect(classify('Ruim 40 procent van de chronisch zieken heeft het afgelopen jaar zorg uitgesteld vanwege de kosten.')).toEqual(['problem: problem-hardship']);
    expect(classify('Patiënten merken dagelijks dat de zorg krap is.')).toEqual(['problem: problem-shortage']);
    expect(classify('Mantelzorgers lopen op hun tenen.')).toEqual(['problem: problem-growth, problem-idiom']);
    expect(classify('Intussen staan ruim 400.000 woningzoekenden ingeschreven voor een sociale huurwoning.')).toEqual(['problem: problem-waiting']);
    expect(classify('Gemiddeld wachten mensen vijf jaar voordat zij hulp zoeken.')).toEqual(['problem: problem-waiting']);
    expect(classify('Het aantal verpleeghuisplekken groeit nauwelijks mee.')).toEqual(['problem: problem-growth, problem-falls-short']);
    for (const none of ['Leerlingen ervaren door de nieuwe aanpak geen stress.', 'Wij stellen de keuzes uit tot na de zomer.', 'Het kabinet stelt de beslissing niet uit.', 'Wij hebben de behandeling van het voorstel uitgesteld.', 'Wij zien niet dat de arbeidsmarkt krap is.', 'Het is goed dat personeel minder schaars wordt.', 'Gelukkig lopen onze vrijwilligers niet op hun tenen.', 'Bij de vereniging staan 12 leden ingeschreven.', 'Wij wachten twee weken voordat wij de aanvraag indienen.', 'De kosten van de regeling groeien niet mee.']) expect(classify(none), none).toEqual([]);
  });

  it('hears work above the norm or the agreed caseload', () => {
    expect(classify('Maar liefst 70 procent van de huisartsen werkt boven de norm.')).toEqual(['problem: problem-pressure']);
    expect(classify('Jeugdbeschermers zitten structureel boven de afgesproken caseload.')).toEqual(['problem: problem-pressure']);
    for (const none of ['Onze scholen presteren boven de norm.', 'Wij werken niet boven de norm.']) expect(classify(none), none).toEqual([]);
  });

  it('hears a share that is only so large ("nog maar de helft")', () => {
    expect(classify('Toch beweegt nog maar de helft van de Nederlanders voldoende.')).toEqual(['problem: problem-only']);
    expect(classify('Nog maar 30 procent van de huurwoningen is betaalbaar voor jongeren.')).toEqual(['problem: problem-only']);
    for (const none of ['Het is nog maar de vraag of dat lukt.', 'Wij zijn nog maar een jaar bezig met dit programma.']) expect(classify(none), none).toEqual([]);
  });

  it('hears a distance that grows between citizens and government', () => {
    expect(classify('De afstand tussen burger en overheid wordt groter.')).toEqual(['problem: problem-unequal']);
    expect(classify('De afstand tussen de regels en de praktijk is te groot.')).toEqual(['problem: problem-lack, problem-unequal']);
    for (const none of ['De afstand tussen de twee locaties is ongeveer tien kilometer.', 'Wij willen de afstand tussen burger en overheid verkleinen.']) expect(classify(none), none).toEqual([]);
  });

  it('hears people who struggle to do something, said without "om" ("hebben moeite hun huur te betalen")', () => {
    expect(classify('Huurders hebben grote moeite de energierekening te betalen.')).toEqual(['problem: problem-struggle']);
    expect(classify('Steeds meer huurders hebben moeite hun huur te betalen.')).toEqual(['problem: problem-ever-more, problem-struggle']);
    expect(classify('Wij hebben geen moeite de stukken te lezen.')).toEqual([]);
  });

  it('hears costs that get out of hand, a contribution that works as a threshold, municipalities in the dark', () => {
    for (const problem of ['De kosten lopen uit de hand.', 'De eigen bijdrage werkt als een drempel.', 'De eigen bijdrage vormt voor veel mensen een financiële drempel.', 'Gemeenten tasten in het duister over hun budget voor volgend jaar.']) expect(classify(problem), problem).toEqual(['problem: problem-idiom']);
    for (const none of ['Dat vormt geen drempel.', 'Wij vormen een brug tussen zorg en welzijn.', 'Een lage drempel voor hulp is belangrijk.']) expect(classify(none), none).toEqual([]);
  });

  it('hears what succeeds ever less often and people without the support they need; asks after "maar" with the subject left out', () => {
    expect(classify('Hoewel gemeenten zich maximaal inspannen, lukt het steeds minder vaak om jongeren op tijd passende hulp te bieden.')).toEqual(['problem: problem-ever-more, problem-fails']);
    expect(classify('Het gevolg is dat mensen langer thuis wonen zonder de ondersteuning die zij nodig hebben.')).toEqual(['problem: problem-left-without']);
    expect(classify('Wij begrijpen dat de financiële ruimte beperkt is, maar vragen u toch om de bezuiniging op de huurtoeslag te heroverwegen.')[0]).toMatch(/^ask: ask-request-verb/u);
    for (const none of ['Het lukt steeds beter om jongeren op tijd te helpen.', 'Wij bieden ondersteuning aan wie dat nodig heeft, zonder wachtlijst.', 'Gemeenten werken samen en vragen elkaar om raad.']) expect(classify(none), none).toEqual([]);
  });

  it('hears facilities halved, vacancies not filled, providers who pay on top, people who sit at home, children who cannot go to school', () => {
    expect(classify('De afgelopen tien jaar is het aantal huisartsenposten in de regio gehalveerd.')).toEqual(['problem: problem-shortage']);
    expect(classify('Scholen krijgen hun vacatures voor vakleerkrachten niet meer gevuld.')[0]).toMatch(/^problem: .*problem-shortage/u);
    expect(classify('Aanbieders leggen er structureel op toe.')).toEqual(['problem: problem-hardship']);
    expect(classify('Statushouders zitten gemiddeld twee jaar thuis voordat zij aan het werk kunnen.')).toEqual(['problem: problem-hardship']);
    expect(classify('Kinderen met een beperking kunnen vaak niet naar een gewone school.')).toEqual(['problem: problem-hardship']);
    expect(classify('De administratieve lasten nemen alleen maar toe.')[0]).toMatch(/^problem: .*problem-growth/u);
    for (const none of ['Wij leggen er niets op toe.', 'Veel mensen zitten graag thuis.', 'In de zomer zitten de kinderen thuis.', 'Het aantal daklozen is gehalveerd.']) expect(classify(none), none).toEqual([]);
  });

  it('hears what is not fast, high or skilled enough ("Het tempo is niet hoog genoeg")', () => {
    for (const problem of ['Een op de vier Nederlanders is digitaal niet vaardig genoeg.', 'Het tempo is niet hoog genoeg.', 'De huidige maatregelen zijn niet ambitieus genoeg.']) expect(classify(problem), problem).toEqual(['problem: problem-inadequate']);
    for (const none of ['Wij kunnen dit niet genoeg benadrukken.', 'Wij zijn niet snel genoeg tevreden.', 'Het belang hiervan kan niet groot genoeg worden ingeschat.']) expect(classify(none), none).toEqual([]);
  });

  it('hears a model that turns out badly, incentives that are wrong, access that is hampered', () => {
    expect(classify('Het verdeelmodel pakt voor plattelandsgemeenten nadelig uit.')).toEqual(['problem: problem-consequence']);
    expect(classify('De prikkels in het stelsel zijn verkeerd.')).toEqual(['problem: problem-perverse-incentive']);
    expect(classify('De toegang tot de ggz is voor jongeren ernstig belemmerd.')).toEqual(['problem: problem-blocked']);
    for (const none of ['Het verdeelmodel pakt niet nadelig uit voor kleine gemeenten.', 'De samenwerking mag niet worden belemmerd door regels.', 'De prikkels in het stelsel zijn niet verkeerd.']) expect(classify(none), none).toEqual([]);
  });

  it('states no problem in a harm made good ("Het Rijk heeft gemeenten gecompenseerd voor de gevolgen van de coronacrisis"), unless not or only partly', () => {
    expect(classify('Het Rijk heeft gemeenten gecompenseerd voor de gevolgen van de coronacrisis.')).toEqual([]);
    for (const problem of ['Gemeenten zijn niet gecompenseerd voor de gevolgen van de coronacrisis.', 'Gemeenten zijn slechts deels gecompenseerd voor de kosten van de energiecrisis.']) expect(classify(problem)[0], problem).toMatch(/^problem: /u);
  });

  it('asks what the senders hold others must do ("Wij vinden dat gemeenten meer moeten investeren"), not what they must do themselves', () => {
    for (const ask of ['Wij vinden dat gemeenten meer moeten investeren.', 'Wij vinden dat zorgverzekeraars moeten meebetalen.']) expect(classify(ask), ask).toEqual(['ask: ask-modal']);
    for (const own of ['Wij weten dat we meer moeten doen.', 'Wij zullen ook zelf moeten investeren.']) expect(classify(own), own).toEqual([]);
  });

  it('asks what the senders hold is needed ("Wij denken dat een structurele oplossing nodig is"), not the help someone needs', () => {
    for (const ask of ['Wij zijn ervan overtuigd dat investeren in preventie nodig is.', 'Wij denken dat een structurele oplossing nodig is.', 'Het is duidelijk dat extra middelen nodig zijn.']) expect(classify(ask), ask).toEqual(['ask: ask-need']);
    for (const none of ['Wij bieden de zorg die mensen nodig hebben.', 'Gemeenten weten wat inwoners nodig hebben.']) expect(classify(none), none).toEqual([]);
  });

  it('asks what the senders favour or object to ("Wij zijn voorstander van …", "Wij maken bezwaar tegen …", "Wij zijn tegen verdere bezuinigingen")', () => {
    for (const ask of ['Het ligt voor de hand om de regeling te verlengen.', 'Wij zijn voorstander van een landelijke norm voor de wachttijden.']) expect(classify(ask), ask).toEqual(['ask: ask-necessity']);
    for (const ask of ['Wij zijn tegen verdere bezuinigingen op de jeugdzorg.', 'Wij zijn tegen bezuinigingen op de jeugdzorg.', 'Wij maken bezwaar tegen het schrappen van de regeling.']) expect(classify(ask)[0], ask).toMatch(/^ask: ask-advise-against/u);
    for (const none of ['Het ligt voor de hand om te verwachten dat de vraag stijgt.', 'Wij zijn tegen vijf uur op het stadhuis.']) expect(classify(none), none).toEqual([]);
  });

  it('hears promises not kept and what the senders regret or are shocked by', () => {
    expect(classify('De afspraken uit het akkoord worden niet nagekomen.')).toEqual(['problem: problem-not-given']);
    expect(classify('Wij constateren met teleurstelling dat de motie niet is uitgevoerd.')).toEqual(['problem: problem-not-given, problem-deplored']);
    expect(classify('Tot onze spijt moeten wij vaststellen dat de afspraken niet worden nagekomen.')).toEqual(['problem: problem-not-given, problem-deplored']);
    expect(classify('Wij schrikken van de cijfers over kinderarmoede.')).toEqual(['problem: problem-words, problem-deplored']);
    for (const none of ['Tot onze spijt kunnen wij niet aanwezig zijn als u het rondetafelgesprek houdt.', 'De motie is uitgevoerd.', 'Wij constateren met tevredenheid dat de motie is uitgevoerd.']) expect(classify(none), none).toEqual([]);
    expect(classify('Zorg dat de afspraken worden nagekomen.')).toEqual(['ask: ask-imperative']);
  });

  it('hears a harm that hardly falls, demand above supply, and no trust left', () => {
    expect(classify('Het aantal kinderen dat in armoede opgroeit, daalt nauwelijks.')[0]).toMatch(/^problem: /u);
    expect(classify('De wachtlijsten in de ggz zijn nauwelijks korter geworden.')).toEqual(['problem: problem-waiting']);
    for (const none of ['De wachtlijsten in de ggz zijn korter geworden.', 'Het aanbod overstijgt de vraag.']) expect(classify(none), none).toEqual([]);
    expect(classify('De vraag overstijgt het aanbod ruimschoots.')).toEqual(['problem: problem-demand-exceeds']);
    expect(classify('Veel jongeren hebben geen vertrouwen meer in de politiek.')).toEqual(['problem: problem-distrust']);
  });

  it('asks when the senders say now is the moment, or that a task lies with the addressee', () => {
    for (const ask of ['Nu is het moment om te investeren in preventie.', 'Dit is het moment voor het kabinet om de regie te nemen.', 'Juist nu is het moment om te investeren in de jeugd.']) expect(classify(ask), ask).toEqual(['ask: ask-time']);
    expect(classify('Er ligt een opdracht voor het nieuwe kabinet om de woningnood aan te pakken.')).toEqual(['ask: ask-invite']);
    for (const none of ['Dat was het moment om onze aanpak te herzien.', 'Er ligt een grote opgave voor gemeenten om de woningnood aan te pakken.']) expect(classify(none), none).toEqual([]);
  });

  it('hears people passed from place to place, no one responsible, parties pointing at each other, decisions taken without those who carry them out', () => {
    for (const problem of ['Kinderen worden van instelling naar instelling doorgeschoven.', 'Niemand voelt zich verantwoordelijk voor deze groep.', 'Het ministerie en de gemeenten wijzen naar elkaar.', 'Beslissingen worden genomen zonder de uitvoering te raadplegen.']) expect(classify(problem), problem).toEqual(['problem: problem-idiom']);
    for (const none of ['Wij nemen nooit besluiten zonder onze leden te raadplegen.', 'Zij kijken naar elkaar.']) expect(classify(none), none).toEqual([]);
    expect(classify('Neem geen besluiten zonder gemeenten te betrekken.')[0]).toMatch(/^ask: /u);
  });

  it('hears people who lose their benefit and income garnished', () => {
    for (const problem of ['Door een kleine administratieve fout verliezen mensen hun uitkering.', 'Deurwaarders leggen beslag op toeslagen.', 'Er wordt steeds vaker beslag gelegd op het inkomen van kwetsbare huishoudens.']) expect(classify(problem)[0], problem).toMatch(/^problem: .*problem-hardship/u);
    for (const none of ['Wij verliezen de doelgroep niet uit het oog.', 'Niemand mag zijn uitkering verliezen door een fout van de overheid.']) expect(classify(none), none).toEqual([]);
    expect(classify('Voorkom dat mensen hun uitkering verliezen door een kleine fout.')[0]).toMatch(/^ask: /u);
  });

  it('hears people who hardly find work or a home, status holders still in an azc, a harm that is persistent', () => {
    for (const problem of ['Jongeren met een beperking komen moeilijk aan een baan.', 'Starters komen nauwelijks aan een woning.', 'Veel statushouders wonen nog in een azc terwijl zij al een verblijfsvergunning hebben.']) expect(classify(problem)[0], problem).toMatch(/^problem: .*problem-hardship/u);
    expect(classify('De energiearmoede onder huurders van corporatiewoningen is hardnekkig.')[0]).toMatch(/^problem: .*problem-persisting/u);
    for (const none of ['Wij komen graag aan een tafel met het kabinet.', 'Statushouders wonen in de eerste maanden in een azc en verhuizen daarna naar een gemeente.']) expect(classify(none), none).toEqual([]);
  });

  it('hears a burden that others must carry ever more often, not what the addressee must do ever more', () => {
    expect(classify('Uit de monitor blijkt dat gemeenten steeds vaker moeten ingrijpen.')).toEqual(['problem: problem-forced, problem-ever-more']);
    expect(classify('Mantelzorgers moeten steeds vaker bijspringen.')).toEqual(['problem: problem-forced, problem-ever-more']);
    expect(classify('Het kabinet moet steeds meer investeren in preventie.')).toEqual(['ask: ask-modal']);
    expect(classify('Het is belangrijk dat zorgverleners vaker moeten samenwerken.')[0]).toMatch(/^ask: /u);
  });

  it('asks what the senders expect from the addressee, named after what they expect ("Wij verwachten een ruimhartige compensatie van het rijk")', () => {
    expect(classify('Wij verwachten een ruimhartige compensatie van het rijk.')).toEqual(['ask: ask-expect']);
    expect(classify('Daarom verwachten wij een structurele oplossing van het kabinet.')).toEqual(['ask: ask-expect']);
    for (const none of ['Wij verwachten een stijging van het aantal aanvragen.', 'Wij verwachten een reactie van onze leden.']) expect(classify(none), none).toEqual([]);
  });

  it('hears no ask in what everyone must be able to do, a value; it does in what actors must do', () => {
    for (const value of ['Iedereen moet mee kunnen doen in de samenleving.', 'Ieder kind moet kunnen opgroeien in een veilige omgeving.', 'In Nederland moet iedereen een betaalbare woning kunnen vinden.']) expect(classify(value), value).toEqual([]);
    expect(classify('Alle gemeenten moeten kunnen rekenen op een eerlijke verdeling van de middelen.')).toEqual(['ask: ask-modal']);
    expect(classify('Iedereen moet mee kunnen doen; daarom vragen wij u de bijstand te verhogen.')).toEqual(['ask: ask-request-verb']);
    expect(classify('Elke inwoner moet de zorg krijgen die hij nodig heeft.')).toEqual(['ask: ask-modal']);
    // "Wie zorg nodig heeft, moet die ook krijgen": a value, as what everyone must be able to do.
    for (const value of ['Wie zorg nodig heeft, moet die ook krijgen.', 'Wie hulp nodig heeft, moet die op tijd krijgen.']) expect(classify(value), value).toEqual([]);
    expect(classify('Wie zorg nodig heeft, moet die ook krijgen; daarom vragen wij u de eigen bijdrage te schrappen.')).toEqual(['ask: ask-request-verb']);
  });

  it('hears statistics of a harm: children growing up short of money, people stuck in the bijstand, more at the food bank, a harm counted, staff turnover risen', () => {
    const problems = [
      'Een op de vijf kinderen groeit op in een gezin met geldzorgen.',
      'De helft van de statushouders zit na vijf jaar nog in de bijstand.',
      'In 2023 meldden zich 30 procent meer gezinnen bij de voedselbank dan een jaar eerder.',
      'Het aantal meldingen van huiselijk geweld bij Veilig Thuis lag in 2023 op ruim 140.000.',
      'In de jeugdzorg is het personeelsverloop opgelopen tot 25 procent per jaar.',
    ];
    for (const problem of problems) expect(classify(problem)[0], problem).toMatch(/^problem: /u);
    const none = ['Het aantal aanvragen lag in 2023 op ruim 5.000.', 'Mensen met geldzorgen kunnen terecht bij het gemeentelijk loket.', 'De helft van de statushouders zit na vijf jaar niet meer in de bijstand.', 'Het aantal inwoners lag in 2023 op ruim 80.000.'];
    for (const sentence of none) expect(classify(sentence), sentence).toEqual([]);
  });

  it('hears costs above what pays for them, what drives people into trouble, no chance, a story told again and a crisis count risen', () => {
    expect(classify('De uitvoeringskosten zijn structureel hoger dan de vergoeding van het Rijk.')).toEqual(['problem: problem-costs-exceed']);
    expect(classify('Terugvorderingen brengen huishoudens in grote financiële problemen.')).toEqual(['problem: problem-causes-trouble, problem-words']);
    expect(classify('Jongeren met schulden krijgen nauwelijks een kans op de woningmarkt.')).toEqual(['problem: problem-no-chance, problem-words']);
    expect(classify('Inwoners moeten hun verhaal bij elk loket opnieuw vertellen.')).toEqual(['problem: problem-forced']);
    expect(classify('Het aantal ggz-crisisbeoordelingen is in vijf jaar met 40 procent toegenomen.')[0]).toMatch(/^problem: .*problem-growing-harm/u);
    for (const none of ['Wij brengen partijen in contact met elkaar.', 'De kosten zijn lager dan verwacht.', 'De opbrengsten zijn hoger dan de kosten.', 'Wij geven jongeren een kans op de arbeidsmarkt.', 'Elke jongere verdient een kans.']) expect(classify(none), none).toEqual([]);
  });

  it('hears what the senders oppose, warn against or reject as an ask, and a request after a courteous "Mocht u …"', () => {
    for (const ask of ['Het is onverstandig om nu te bezuinigen op preventie.', 'Wij waarschuwen het kabinet om niet te bezuinigen op de bibliotheken.', 'Wij verzetten ons tegen de voorgestelde korting op het Gemeentefonds.', 'Wij wijzen het voorstel om de huurtoeslag te korten af.']) expect(classify(ask)[0], ask).toMatch(/^ask: .*ask-advise-against/u);
    expect(classify('Mocht u overwegen de termijn te verkorten, dan vragen wij u dat niet te doen.')[0]).toMatch(/^ask: /u);
    expect(classify('Het is onaanvaardbaar dat kinderen in armoede opgroeien.')[0]).toMatch(/^problem: /u);
    for (const none of ['Wij waarschuwen voor een te optimistische raming.', 'Wij wijzen u erop dat de termijn op 1 juli verloopt.', 'Mocht u vragen hebben, dan kunt u contact met ons opnemen.']) expect(classify(none), none).toEqual([]);
  });

  it('hears an item that commands over items that say how ("1. Zorg voor voldoende middelen:"), not a lead-in that only announces', () => {
    const item = { block: { kind: 'listItem' as const, index: 0, sentence: 0, sentences: 1 } };
    expect(classify('Zorg voor voldoende middelen voor gemeenten:', item)).toEqual(['ask: ask-imperative']);
    expect(classify('Vereenvoudig de regelgeving:', item)).toEqual(['ask: ask-imperative']);
    expect(classify('Wij vragen u het volgende:', item)).toEqual([]);
    expect(classify('Zorg voor voldoende middelen voor gemeenten:')).toEqual([]);
  });

  it('hears a budget that fell, rates below cost said in a clause, institutions that disappear, and a cut of millions undone as an item asked', () => {
    expect(classify('Sinds 2015 is het aantal jongeren in de jeugdzorg met een derde gestegen, terwijl het budget daalde.')[0]).toMatch(/^problem: .*problem-cuts/u);
    expect(classify('Gemeenten kopen zorg in tegen tarieven die de kosten niet dekken.')).toEqual(['problem: problem-inadequate']);
    expect(classify('Gespecialiseerde instellingen voor de zwaarste problematiek verdwijnen.')[0]).toMatch(/^problem: .*problem-closing/u);
    const item = { leadIn: 'Wij vragen u om in het regeerakkoord op te nemen dat:', block: { kind: 'listItem' as const, index: 0, sentence: 0, sentences: 1 } };
    expect(classify('de bezuiniging van 511 miljoen euro wordt teruggedraaid;', item)).toEqual(['ask: ask-list-item']);
  });

  it('hears support that does not reach those entitled to it, shame, heating not dared and nothing left at the end of the month', () => {
    expect(classify('Veel mensen weten niet dat zij recht hebben op toeslagen.')).toEqual(['problem: problem-non-take-up']);
    expect(classify('De energietoeslag bereikte niet alle huishoudens die er recht op hadden.')).toEqual(['problem: problem-non-take-up']);
    expect(classify('Ouders schamen zich om hulp te vragen.')).toEqual(['problem: problem-shame']);
    expect(classify('Veel ouderen durven de verwarming niet meer hoger te zetten.')).toEqual(['problem: problem-no-longer, problem-out-of-reach']);
    expect(classify('Door de hoge vaste lasten houden gezinnen aan het eind van de maand niets over.')[0]).toMatch(/^problem: .*problem-scarce/u);
    for (const none of ['Wij schamen ons niet voor onze inzet.', 'Inwoners weten goed waar zij recht op hebben.', 'De campagne bereikte alle huishoudens in de gemeente.']) expect(classify(none), none).toEqual([]);
    expect(classify('Het wetsvoorstel legt een onuitvoerbare opdracht bij gemeenten neer.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('De financiële gevolgen van het wetsvoorstel zijn niet in kaart gebracht.')).toEqual(['problem: problem-unknown']);
    expect(classify('De gevolgen zijn in kaart gebracht door het CPB.')).toEqual([]);
  });

  it('hears children out of school, sleeping badly and afraid, a promise not kept, a wait for a permit or a home, demand outgrowing capacity and departments that closed, not their lookalikes', () => {
    expect(classify('Zij gaan niet of nauwelijks naar school.')).toEqual(['problem: problem-left-out']);
    expect(classify('Veel kinderen slapen slecht en zijn bang.')).toEqual(['problem: problem-strain']);
    expect(classify('Wat zij zagen, baart mij grote zorgen.')).toEqual(['problem: problem-concern']);
    expect(classify('De PAS-melders zijn nog altijd niet gelegaliseerd, terwijl de overheid dat in 2019 beloofde.')).toEqual(['problem: problem-not-given']);
    expect(classify('Duizenden boeren wachten op een vergunning.')).toEqual(['problem: problem-waiting']);
    expect(classify('In 2024 sloten drie afdelingen verloskunde.')).toEqual(['problem: problem-closing']);
    for (const none of ['Ouders zijn bang dat de regeling verdwijnt.', 'Wij zijn niet bang voor verandering.', 'Alle kinderen gaan na de zomer naar school.', 'Het kabinet heeft het budget verhoogd, zoals het beloofde.', 'Wij wachten op uw reactie.']) expect(classify(none), none).toEqual([]);
    expect(classify('Kinderen wonen soms meer dan een jaar in een sporthal.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Tegelijk wachten gewone woningzoekenden in de grote steden gemiddeld tien jaar op een sociale huurwoning.')).toEqual(['problem: problem-waiting']);
    expect(classify('Toch groeit de vraag sneller dan de capaciteit.')).toEqual(['problem: problem-demand-exceeds, problem-growth']);
    expect(classify('Ons ledental groeit sneller dan de capaciteit van het kantoor.')).toEqual([]);
    expect(classify('De begroting van veel gemeenten is niet meer sluitend.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('Corporaties kunnen hun investeringsopgave niet meer waarmaken.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    expect(classify('De wet leidt tot veel onzekerheid bij gemeenten.')).toEqual(['problem: problem-consequence, problem-words']);
    for (const none of ['Onze begroting is sluitend.', 'Wij kunnen onze beloften waarmaken.']) expect(classify(none), none).toEqual([]);
    expect(classify('Het aantal verloskundigen dat stopt, is in vijf jaar verdubbeld.')).toEqual(['problem: problem-growth, problem-growing-harm']);
    expect(classify('Het aantal gemeenten dat stopt met de regeling is gestegen.')).toEqual([]);
    expect(classify('Inwoners met een middeninkomen vallen nu al vaak net buiten de regelingen.')).toEqual(['problem: problem-left-out']);
    expect(classify('Deze kosten vallen buiten de regelingen.')).toEqual([]);
    // What inwoners worry about, reported by the senders, is no action of the senders'.
    expect(classify('Wij horen van inwoners dat zij zich zorgen maken over de kosten.')).toEqual(['problem: problem-concern']);
    expect(classify('Wij zorgen voor goede opvang van kinderen in armoede.')).toEqual([]);
  });

  it('hears services forced to shrink, poor homes, output below its target, decline put in idioms and victims still waiting, not a shrinking burden or good news', () => {
    expect(classify('Bibliotheken moeten hun openingstijden beperken.')).toEqual(['problem: problem-forced']);
    expect(classify('Zorgverzekeraars moeten de administratieve lasten beperken.')).toEqual(['ask: ask-modal']);
    expect(classify('Een kwart van de huurwoningen heeft een slecht energielabel.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Veel woningen zijn slecht geïsoleerd.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('De bouwproductie ligt ver onder de doelstelling.')).toEqual(['problem: problem-target-missed']);
    expect(classify('De nieuwbouw is ingezakt.')).toEqual(['problem: problem-worsening']);
    for (const none of ['De woning is goed geïsoleerd.', 'Wij zitten onder de norm voor uitstoot.', 'Wij willen de regeldruk beperken.']) expect(classify(none), none).toEqual([]);
    expect(classify('Culturele instellingen staan er financieel slecht voor.')).toEqual(['problem: problem-idiom']);
    expect(classify('Mensen met een arbeidsbeperking staan aan de kant.')).toEqual(['problem: problem-idiom']);
    expect(classify('Musea hebben te maken met teruglopende bezoekersaantallen.')).toEqual(['problem: problem-worsening']);
    expect(classify('Gedupeerden wachten nog altijd op compensatie.')).toEqual(['problem: problem-waiting']);
    for (const none of ['Gemeenten staan aan de kant van inwoners.', 'De dalende werkloosheid is goed nieuws.']) expect(classify(none), none).toEqual([]);
  });

  it('hears a cut that vanishes and a rule the reader knows as no problem or ask; counts with their verb first, record rises and heavy burdens', () => {
    // A cut that disappears is good news; a rule the reader knows already asks nothing.
    for (const none of ['In het coalitieakkoord staat dat de opschalingskorting verdwijnt.', 'Zoals bekend moeten gemeenten jaarlijks een begroting opstellen.']) expect(classify(none), none).toEqual([]);
    expect(classify('De opschalingskorting treft gemeenten hard.')).toEqual(['problem: problem-cuts']);
    expect(classify('Tegelijk neemt het aantal zorgmedewerkers af.')).toEqual(['problem: problem-shortage']);
    expect(classify('Gelukkig neemt het aantal daklozen af.')).toEqual([]);
    expect(classify('De huurverhoging van 2024 was de hoogste in dertig jaar.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Veel huurwoningen zijn vochtig en tochtig.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Sinds de invoering van tijdelijke huurcontracten is de positie van huurders verzwakt.')).toEqual(['problem: problem-worsening']);
    for (const none of ['De investering was de grootste van het jaar.', 'De positie van huurders is niet verzwakt.']) expect(classify(none), none).toEqual([]);
    expect(classify('De premie voor de basisverzekering is in twee jaar met ruim 20 euro per maand gestegen.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    expect(classify('Voor steeds meer mensen is de zorgpremie een zware last.')[0]).toMatch(/^problem: .*problem-strain/u);
    expect(classify('Ondertussen loopt het aantal wanbetalers op.')).toEqual(['problem: problem-growing-harm']);
    expect(classify('Daarmee neemt het aantal schulden niet toe.')).toEqual([]);
  });

  it('hears means that fall short, funds that fall, trust dented, delays, promised sums never paid and profits where care is paid for', () => {
    // The means to tackle something that fall short are no remedy.
    expect(classify('Maar de middelen om ze aan te pakken schieten tekort.')).toEqual(['problem: problem-shortage']);
    expect(classify('Het provinciefonds groeit de komende jaren niet mee met de opgaven.')).toEqual(['problem: problem-growth, problem-falls-short']);
    expect(classify('Vanaf 2026 daalt het fonds met 2,5 procent per jaar.')).toEqual(['problem: problem-cuts']);
    expect(classify('Het vertrouwen van betrokkenen in de overheid krijgt een nieuwe deuk.')).toEqual(['problem: problem-idiom']);
    expect(classify('Bedrijven die willen verduurzamen, staan jarenlang in de wachtrij.')).toEqual(['problem: problem-waiting']);
    for (const none of ['Daardoor daalt de werkloosheid.', 'Wij willen de armoede aanpakken.']) expect(classify(none), none).toEqual([]);
    expect(classify('Het kan toch niet zo zijn dat een kind drie jaar op een plek moet wachten?')[0]).toMatch(/^problem: .*problem-waiting/u);
    expect(classify('Gesloten jeugdzorg wordt afgebouwd zonder dat er alternatieven zijn.')).toEqual(['problem: problem-lack']);
    expect(classify('Wij constateren dat de Hervormingsagenda vertraging oploopt.')).toEqual(['problem: problem-blocked']);
    expect(classify('De beloofde 1 miljard euro is nooit overgemaakt.')).toEqual(['problem: problem-not-given']);
    expect(classify('Gemeenten hebben in 2023 ruim 6 miljard euro uitgegeven aan jeugdzorg, 1,5 miljard meer dan begroot.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Cowboys in de jeugdzorg verdienen grof geld.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('De beloofde investering is in 2024 overgemaakt.')).toEqual([]);
    expect(classify("In sommige regio's wachten mensen meer dan drie maanden op een casemanager.")).toEqual(['problem: problem-waiting']);
    expect(classify('Soms wachten wij meer dan drie maanden op een reactie.')).toEqual([]);
  });

  it('hears water, tariffs, courses, schemes too complex, firms that leave and means lacking, not their lookalikes', () => {
    expect(classify('De vraag naar drinkwater groeit sneller dan de beschikbare bronnen.')).toEqual(['problem: problem-demand-exceeds, problem-growth']);
    expect(classify('In droge zomers kunnen waterbedrijven in delen van Gelderland en Overijssel nieuwe grootverbruikers niet meer aansluiten.')).toEqual(['problem: problem-no-longer, problem-cannot']);
    // Pesticides ("bestrijdingsmiddelen") are no remedy that fights something.
    expect(classify('Steeds vaker worden stoffen als PFAS en bestrijdingsmiddelen in bronnen aangetroffen.')).toEqual(['problem: problem-ever-more, problem-harmful-state']);
    expect(classify('De zuivering daarvan is kostbaar en komt nu voor rekening van de drinkwaterklant.')).toEqual(['problem: problem-left-waiting']);
    expect(classify('Het drinkwatertarief stijgt in 2025 gemiddeld met 10 procent.')).toEqual(['problem: problem-rising-cost, problem-growth']);
    for (const none of ['De kosten komen voor rekening van het Rijk.', 'Sinds het abonnementstarief is ingevoerd, is het gebruik van huishoudelijke hulp sterk gestegen.', 'Wij willen armoede bestrijden.']) expect(classify(none), none).toEqual([]);
    expect(classify("Opleidingen in krimpregio's verdwijnen.")).toEqual(['problem: problem-closing']);
    expect(classify('Tegelijk is de kinderopvangtoeslag voor veel ouders ingewikkeld.')).toEqual(['problem: problem-inadequate, problem-words']);
    for (const none of ['De nieuwe regeling is niet ingewikkeld.', 'Het stelsel is voor ouders minder complex geworden.']) expect(classify(none), none).toEqual([]);
    expect(classify('Bedrijven vertrekken naar het buitenland.')).toEqual(['problem: problem-hardship']);
    expect(classify('De energieprijzen zijn in Nederland hoger dan in de buurlanden.')).toEqual(['problem: problem-rising-cost']);
    expect(classify('Nederland verliest zijn concurrentiepositie.')).toEqual(['problem: problem-worsening']);
    expect(classify('Innovatie komt in Nederland moeilijk van de grond.')).toEqual(['problem: problem-idiom']);
    expect(classify('Steeds meer ondernemers stoppen ermee.')).toEqual(['problem: problem-ever-more, problem-hardship']);
    for (const none of ['Wij stoppen ermee.', 'Het project komt goed van de grond.', 'Wij vertrekken morgen naar het buitenland.']) expect(classify(none), none).toEqual([]);
    expect(classify('Voor inwoners met een inkomen net boven het sociaal minimum is dat een flinke last.')).toEqual(['problem: problem-strain']);
    expect(classify('Wij zien dat steeds meer inwoners afzien van hulp die zij nodig hebben.')).toEqual(['problem: problem-ever-more, problem-hardship']);
    expect(classify('Wij willen afzien van een verhoging.')).toEqual([]);
    // The problem after the contrast, what the senders want before it.
    expect(classify('Gemeenten willen graag investeren in preventie, maar hebben daar de middelen niet voor.')).toEqual(['problem: problem-lack']);
  });

  it('hears the verb last and separable verbs joined, as a clause after "dat" has them', () => {
    // The verb last, as in a clause after "dat".
    expect(classify('Wij merken dat de uitvoering van de wet stroef verloopt.')).toEqual(['problem: problem-harmful-state']);
    expect(classify('Wij stellen vast dat de doelen van de Hervormingsagenda buiten bereik raken.')).toEqual(['problem: problem-out-of-reach']);
    // Separable verbs joined, as a clause after "dat" has them.
    expect(['Wij zien dat de regels elkaar tegenspreken.', 'Wij zien dat huisartsen geen nieuwe patiënten meer aannemen.', 'Wij zien dat organisaties omvallen.', 'Wij zien dat scholen leraren tekortkomen.', 'Wij zien dat de bouw stilvalt.'].map((text) => classify(text))).toEqual([
      ['problem: problem-idiom'],
      ['problem: problem-closing'],
      ['problem: problem-collapse'],
      ['problem: problem-shortage'],
      ['problem: problem-blocked'],
    ]);
    for (const none of ['Wij willen voorkomen dat organisaties omvallen.', 'Wij werken samen en zitten elkaar niet in de weg.']) expect(classify(none), none).toEqual([]);
    expect(['Wij zien dat gezinnen in armoede leven.', 'Wij zien dat zorgverleners uitvallen.', 'Wij zien dat wijken verloederen.', 'Wij zien dat veel starters geen hypotheek kunnen krijgen.', 'Wij zien dat bedrijven hun investeringen uitstellen.', 'Wij zien dat de inflatie de koopkracht aantast.'].map((text) => classify(text)[0]?.split(': ')[0])).toEqual(['problem', 'problem', 'problem', 'problem', 'problem', 'problem']);
    expect(['Zorgverleners vallen uit.', 'Bedrijven stellen hun investeringen uit.', 'De inflatie tast de koopkracht aan.'].map((text) => classify(text)[0]?.split(': ')[0])).toEqual(['problem', 'problem', 'problem']);
    for (const none of ['Wij stellen onze plannen uit.', 'De vergadering valt uit.', 'Kinderen vallen uit de boot van de excursie.']) expect(classify(none), none).toEqual([]);
    expect(['Wij zien dat de zorg vastloopt.', 'Wij zien dat mensen de weg niet weten te vinden.', 'Wij zien dat de bereikbaarheid afneemt.'].map((text) => classify(text))).toEqual([['problem: problem-regret'], ['problem: problem-cannot'], ['problem: problem-worsening']]);
  });

  it('hears the senders named after an adverb ask the addressee ("Daarnaast vraagt LTO de Kamer om …")', () => {
    expect(classify('Daarnaast vraagt LTO de Kamer om de minister te verzoeken een ondergrens in te voeren.')).toEqual(['ask: ask-request-actor']);
    expect(classify('Daarom verzoekt de VNG het kabinet de opschalingskorting te schrappen.')).toEqual(['ask: ask-request-actor']);
    expect(classify('Daarnaast vraagt het project veel tijd van gemeenten.')).toEqual([]);
    expect(classify('Wij doen u graag de suggestie om een fonds op te richten.')).toEqual(['ask: ask-call-upon']);
  });

  it('hears what a task demands and what someone deserves as asks, not what a person or the addressee asks for', () => {
    expect(['De uitvoering vraagt om voldoende capaciteit bij gemeenten, en dus om structurele middelen.', 'De woningbouwopgave vraagt om een krachtige regie van het rijk.', 'De uitvoering van de taken in het sociaal domein vraagt om voldoende capaciteit.'].map((text) => classify(text))).toEqual([['ask: ask-demand'], ['ask: ask-demand'], ['ask: ask-demand']]);
    for (const none of ['De inwoner vraagt om een luisterend oor.', 'De minister vraagt om een reactie voor 1 juli.', 'De regering vraagt de Kamer om instemming.']) expect(classify(none), none).toEqual([]);
    expect(['Gemeenten verdienen een eerlijke vergoeding voor hun taken.', 'Mantelzorgers verdienen meer erkenning en steun.', 'Deze inzet verdient navolging.'].map((text) => classify(text))).toEqual([['ask: ask-necessity'], ['ask: ask-necessity'], ['ask: ask-necessity']]);
    for (const none of ['Zij verdienen een salaris onder het minimumloon.', 'Wie het meest verdient, betaalt het minst.']) expect(classify(none), none).toEqual([]);
  });

  it('hears markets under strain, budgets that can no longer be planned, the impossible, worries borne, the homeless counted, crime high, approaches too loose, unacceptable risks, posts hard to fill and homes that make ill', () => {
    expect(['De spanning op de woningmarkt neemt verder toe.', 'Corporaties kunnen hun investeringsopgave niet langer financieren.', 'Gemeenten kunnen niet meer begroten op basis van reële inkomsten.', 'Het is voor gemeenten onmogelijk om hun begroting sluitend te krijgen.', 'Deze ontwikkelingen baren ons zorgen.', 'In 2023 waren ruim 30.000 mensen dakloos.', 'Wij zien dat veel jongeren dakloos zijn.', 'In sommige wijken is de criminaliteit hoog.', 'De aanpak is te vrijblijvend.'].map((text) => classify(text))).toEqual([
      ['problem: problem-pressure, problem-growth'],
      ['problem: problem-cannot'],
      ['problem: problem-no-longer, problem-cannot'],
      ['problem: problem-inadequate'],
      ['problem: problem-concern'],
      ['problem: problem-hardship'],
      ['problem: problem-hardship'],
      ['problem: problem-magnitude, problem-words'],
      ['problem: problem-lack'],
    ]);
    expect(['Hierdoor ontstaan onaanvaardbare risico\'s voor kwetsbare inwoners.', 'De vacatures in de kinderopvang zijn moeilijk vervulbaar.', 'Mensen worden ziek van hun woning.'].map((text) => classify(text))).toEqual([['problem: problem-left-out, problem-words'], ['problem: problem-shortage'], ['problem: problem-hardship']]);
    for (const none of ['Met deze middelen kunnen gemeenten hun plannen financieren.', 'Wij maken het onmogelijk om fraude te plegen.', 'Wij willen voorkomen dat mensen dakloos raken.', 'Mensen die nu dakloos zijn, krijgen een plek.', 'Jongeren worden niet dakloos als zij tijdig hulp krijgen.', 'Niemand wordt meer ziek van zijn woning.', 'Dat vacatures moeilijk te vullen zijn, zei niemand.', 'De kans is groot dat het plan slaagt.', 'Wij bestrijden criminaliteit met een wijkaanpak.']) expect(classify(none), none).toEqual([]);
  });

  it('hears obstacles run into, a growing call on support, reserves near their bottom, growth called explosive and a wish that it would help, not their lookalikes', () => {
    expect(classify('Zorgverleners stuiten dagelijks op schotten tussen de wetten.')).toEqual(['problem: problem-idiom']);
    expect(['Gemeenten lopen tegen knellende regels aan.', 'Wijken met veel sociale huur krijgen te maken met een opeenstapeling van problemen.', 'Het beroep op de bijzondere bijstand neemt toe.', 'Bij veel gemeenten is de bodem van de reserves in zicht.', 'Gemeenten hebben te maken met een explosieve groei van het aantal jeugdhulptrajecten.'].map((text) => classify(text))).toEqual([
      ['problem: problem-idiom'],
      ['problem: problem-trouble, problem-words'],
      ['problem: problem-growth, problem-growing-harm'],
      ['problem: problem-idiom'],
      ['problem: problem-idiom'],
    ]);
    expect(classify('Corporaties kunnen hun nieuwbouwambities door de hoge rente en bouwkosten niet waarmaken.')).toEqual(['problem: problem-cannot']);
    expect(classify('Wij kunnen niet anders dan deze plannen realiseren.')).toEqual([]);
    // The verb last, as after "dat".
    expect(['Wij merken dat corporaties hun investeringen niet langer kunnen financieren.', 'Wij zien dat de criminaliteit in sommige wijken hoog is.'].map((text) => classify(text))).toEqual([['problem: problem-cannot'], ['problem: problem-magnitude, problem-words']]);
    expect(['Het zou gemeenten helpen als de regels voor gegevensdeling worden verduidelijkt.', 'Het zou veel schelen als het rijk de termijnen verlengt.'].map((text) => classify(text))).toEqual([['ask: ask-helps-if'], ['ask: ask-helps-if']]);
    for (const none of ['Het zou ons niet helpen als de regels veranderen.', 'Wij lopen tegen de lamp aan.', 'Professionals stuiten op een mooi voorbeeld.', 'Hoe groot is het tekort precies?', 'Het beroep op de regeling was eerder beperkt.', 'Wij helpen inwoners die een beroep doen op de bijstand.']) expect(classify(none), none).toEqual([]);
  });

  it('hears the means named as the only way, the inevitable, a wish for what "dit" should be, and stays longer than needed, people caught in between and holes in the safety net said in a clause', () => {
    expect(['Alleen met structurele middelen kunnen gemeenten hun taken goed uitvoeren.', 'Willen we de wachtlijsten terugdringen, dan is investeren in preventie onvermijdelijk.', 'Wij zien graag dat dit in het regeerakkoord wordt vastgelegd.'].map((text) => classify(text))).toEqual([['ask: ask-necessity'], ['ask: ask-necessity'], ['ask: ask-wish']]);
    expect(['Het gevolg is dat mensen langer dan nodig in de opvang verblijven.', 'Kwetsbare groepen komen klem te zitten tussen regels en systemen.', 'Jongeren raken klem tussen wetten.', 'Er vallen gaten in het vangnet.', 'Het sociale vangnet vertoont grote gaten.'].map((text) => classify(text))).toEqual([
      ['problem: problem-waiting'],
      ['problem: problem-left-out'],
      ['problem: problem-left-out'],
      ['problem: problem-idiom'],
      ['problem: problem-idiom'],
    ]);
    for (const none of ['Wij willen niet dat mensen langer dan nodig in de opvang verblijven.', 'Niemand hoeft langer dan nodig in de opvang te blijven.', 'Wij zien graag dat wij samen optrekken.', 'Alleen met elkaar komen we verder.']) expect(classify(none), none).toEqual([]);
  });

  it('hears the verb last, as after "dat", in obstacles run into, help not dared, ill health from a home, harm that hits the most vulnerable hardest and people out of sight', () => {
    expect(['Wij zien dat gemeenten tegen knellende regels aanlopen.', 'Wij zien dat professionals op regels stuiten.', 'Wij zien dat inwoners geen hulp durven te vragen.', 'Wij zien dat mensen ziek worden van hun woning.', 'Wij zien dat dit de meest kwetsbare inwoners het hardst raakt.', 'Wij zien dat jongeren uit beeld raken.', 'Wij zien dat de bodem van de reserves in zicht is.'].map((text) => classify(text))).toEqual([
      ['problem: problem-idiom'],
      ['problem: problem-idiom'],
      ['problem: problem-out-of-reach'],
      ['problem: problem-hardship'],
      ['problem: problem-hits-vulnerable'],
      ['problem: problem-idiom'],
      ['problem: problem-idiom'],
    ]);
    for (const none of ['Dat wij dit niet durven, is logisch.', 'Mensen die niet ziek worden van hun woning, hebben geluk.']) expect(classify(none), none).toEqual([]);
  });

  it('hears fewer people at work, carers heavily burdened in one word, burdens called enormous and homes in poor repair, not what the senders mend', () => {
    expect(['Steeds minder mensen werken in de zorg.', 'Een op de drie mantelzorgers is zwaarbelast.', 'De administratieve lasten in de zorg zijn enorm.', 'Veel huurwoningen verkeren in slechte staat.', 'Wij zien dat veel woningen in slechte staat verkeren.'].map((text) => classify(text))).toEqual([
      ['problem: problem-worsening, problem-ever-more'],
      ['problem: problem-strain'],
      ['problem: problem-magnitude, problem-words'],
      ['problem: problem-harmful-state'],
      ['problem: problem-harmful-state'],
    ]);
    for (const none of ['De woningen zijn niet in slechte staat.', 'Wij brengen woningen in slechte staat op orde.', 'Wij willen de administratieve lasten verminderen.']) expect(classify(none), none).toEqual([]);
  });

  it('hears money that is lost, a cut the government decided on and programmes a cause forces to end, not a cut that goes, what the senders end, nor a demand to stop', () => {
    expect(['Voor Deventer betekent dit dat ruim 400.000 euro per jaar verdwijnt voor buurtsportcoaches.', 'Wij zullen hierdoor programma\'s moeten stoppen die aantoonbaar bijdragen aan de gezondheid van onze inwoners.'].map((text) => classify(text))).toEqual([['problem: problem-cuts'], ['problem: problem-forced']]);
    expect(['Het kabinet heeft besloten de Brede Specifieke Uitkering Sport en Bewegen (Brede SPUK) met ingang van 2026 te halveren.', 'Het kabinet is voornemens de middelen voor de GGD te korten.'].map((text) => classify(text))).toEqual([['problem: problem-cuts'], ['problem: problem-cuts']]);
    expect(classify('Wij hebben besloten de regeling te beëindigen.')).toEqual([]);
    expect(classify('Het kabinet moet daardoor stoppen met de korting.')).toEqual(['ask: ask-modal']);
    expect(classify('Als de korting verdwijnt, kunnen wij verder.')).toEqual([]);
  });

  it('hears indignation put as a question as a problem, a question of how the addressee will act as an ask, and growing up in poverty with the verb last or an adverb between', () => {
    expect(['Hoe kan het dat kinderen in Nederland nog steeds in armoede opgroeien?', 'Is het acceptabel dat mensen jaren op een woning wachten?', 'Waarom moeten gemeenten opdraaien voor de tekorten van het rijk?', 'Kinderen groeien nog steeds op in armoede.'].map((text) => classify(text)[0]?.split(': ')[0])).toEqual(['problem', 'problem', 'problem', 'problem']);
    expect(classify('Hoe gaat u ervoor zorgen dat gemeenten hun taken kunnen uitvoeren?')).toEqual(['ask: ask-polite-question']);
    for (const none of ['Waarom moet het rijk investeren in preventie?', 'Wat betekent dit voor gemeenten?', 'Wij steunen kinderen die in armoede opgroeien.', 'Wij willen niet dat kinderen in armoede opgroeien.']) expect(classify(none), none).toEqual([]);
  });

  it('hears what others are forced to look for themselves and a share of income that must keep growing, not what they must be able to do', () => {
    expect(['Ouders moeten zelf op zoek naar een plek in de kinderopvang.', 'Huurders moeten een steeds groter deel van hun inkomen aan huur betalen.'].map((text) => classify(text))).toEqual([['problem: problem-forced'], ['problem: problem-forced, problem-rising-cost']]);
    expect(classify('Gemeenten moeten zelf op zoek kunnen gaan naar oplossingen.')).toEqual(['ask: ask-modal']);
  });

  it('hears less built, confused people counted or taking time, children in the wrong place and care cut with nothing in its place, not their lookalikes', () => {
    expect(['Corporaties kunnen minder nieuwbouw realiseren.', 'Er is een groeiende groep verwarde personen die buiten beeld van de hulpverlening blijft.', 'De politie besteedt steeds meer tijd aan mensen met verward gedrag.', 'Kinderen belanden op de verkeerde plek.', 'Bedden in de klinische ggz worden afgebouwd zonder dat er voldoende ambulante zorg voor in de plaats komt.'].map((text) => classify(text)[0]?.split(': ')[0])).toEqual(['problem', 'problem', 'problem', 'problem', 'problem']);
    for (const none of ['Wij willen voorkomen dat kinderen op de verkeerde plek belanden.', 'Verwarde personen krijgen hulp van het wijkteam.', 'Wij investeren in de aanpak van verward gedrag.']) expect(classify(none), none).toEqual([]);
  });

  it('hears people worse off said in comparatives (health worse, incomes lower, lives shorter), not costs lower nor a comparison denied', () => {
    expect(['In deze wijken is de gezondheid van bewoners slechter, zijn de inkomens lager en is de woningvoorraad eenzijdig.', 'De levensverwachting in deze wijken ligt zeven jaar lager.'].map((text) => classify(text))).toEqual([['problem: problem-unequal'], ['problem: problem-unequal']]);
    for (const none of ['De inkomens zijn niet lager dan elders.', 'De kosten zijn lager dan verwacht.']) expect(classify(none), none).toEqual([]);
  });

  it('hears harms counted: young people with a mental disorder grown in number, children with overweight, children counted in poverty with the verb first', () => {
    expect(['Het aantal jongeren met een psychische aandoening is sinds 2019 met 30 procent toegenomen.', 'Bijna 20 procent van de kinderen heeft overgewicht.', 'In de G40-steden wonen 300.000 kinderen in armoede.'].map((text) => classify(text)[0]?.split(': ')[0])).toEqual(['problem', 'problem', 'problem']);
    for (const none of ['Kinderen die geen overgewicht hebben, sporten vaker.', 'In Zwolle wonen 300 mensen die niet in armoede leven.', 'In 2023 zijn er 80.000 woningen gebouwd.']) expect(classify(none), none).toEqual([]);
  });

  it('reads a command numbered without its full stop ("1 Verhoog het gemeentefonds."), not a figure that opens a sentence', () => {
    expect(classify('2 Schrap de opschalingskorting.')).toEqual(['ask: ask-imperative']);
    expect(classify('12 Procent van de kinderen groeit op in armoede.')).toEqual(['problem: problem-trouble, problem-words']);
  });
});

describe('addressee', () => {
  const fallback = { name: 'Tweede Kamer', label: 'leden van de Tweede Kamer', rule: 'addressee-letter' };
  const ask = (text: string, extra: Partial<Sentence> = {}) => addresseeOf({ type: 'ask', sentence: sentence(text, extra), evidence: classifySentence(sentence(text, extra))[0]?.evidence ?? [], confidence: 1 }, fallback);

  it('reads who must act from the ask itself', () => {
    expect(ask('Wilt u de minister vragen met voorrang te zorgen voor ondersteuning?').name).toBe('minister');
    expect(ask('Wij vragen u de minister te verzoeken corporaties uit te zonderen.').name).toBe('minister');
    expect(ask('Vraag de staatssecretaris om de administratieve lasten te verminderen.').name).toBe('minister');
    expect(ask('Wij vragen het nieuwe kabinet om een structurele investering.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked' });
    expect(ask('Wij verzoeken de Kamer een motie in te dienen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-asked' });
    expect(ask('Het is van groot belang dat het kabinet de aanpak voortzet.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('U schrijft dat gemeenten hier zelf voor moeten zorgen, maar het Rijk moet de middelen leveren.')).toMatchObject({ name: 'rijk', rule: 'addressee-subject-of-demand' });
    expect(ask('Gemeenten moeten de zorg dichtbij organiseren.')).toMatchObject({ name: 'gemeenten', rule: 'addressee-subject-of-demand' });
    expect(ask('De ministeries van BZK en VWS moeten samen optrekken.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-demand' });
    expect(ask('Wij verwachten van het kabinet dat het de opvang structureel financiert.')).toMatchObject({ name: 'kabinet', rule: 'addressee-needed-from' });
    // "het Rijk" with its article: "Rijk" alone names no actor.
    expect(ask('Wij verwachten van het Rijk dat het de regie neemt.')).toMatchObject({ name: 'rijk', rule: 'addressee-needed-from' });
    expect(ask('Wij verwachten van het nieuwe kabinet dat het dementie tot een prioriteit maakt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-needed-from' });
    expect(ask('Daarom roept de G40 de Rijksoverheid op om langjarig te investeren.').name).toBe('rijk');
    expect(ask('Alle gemeenten dienen samen voor betaalbare huisvesting te zorgen.').name).toBe('gemeenten');
    expect(ask('Om het plan te laten slagen, is het commitment nodig van de minister van Volkshuisvesting.').name).toBe('minister');
    expect(ask('Wij pleiten ervoor dat de minister de subsidieregeling verlengt.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-need' });
    expect(ask('Daarnaast adviseren wij het kabinet de Omgevingswet niet uit te stellen.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked' });
    expect(ask('De provincies vragen het nieuwe kabinet om de afspraken te verankeren.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked' });
    expect(ask('Het verzoek aan de Kamer is om de korting te schrappen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-asked' });
    expect(ask('Van de minister wordt verwacht dat hij de regie neemt.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-passive' });
    expect(ask('Wij rekenen erop dat het kabinet deze afspraken nakomt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Wij zien een belangrijke rol voor het Rijk in het borgen van de kwaliteit.').name).toBe('rijk');
    expect(ask('Wij roepen zorgverzekeraars op om te investeren in preventie.')).toMatchObject({ name: 'zorgverzekeraars', rule: 'addressee-called-upon' });
    expect(ask('Wij drukken het kabinet op het hart om te investeren.')).toMatchObject({ name: 'kabinet', rule: 'addressee-called-upon' });
    expect(ask('Wij roepen gemeenten op om de huisvestingsverordening aan te passen.')).toMatchObject({ name: 'gemeenten', rule: 'addressee-called-upon' });
    expect(ask('Wij doen een beroep op werkgevers om meer mensen met een beperking aan te nemen.')).toMatchObject({ name: 'werkgevers', rule: 'addressee-called-upon' });
    expect(ask('Wij verwachten van zorgverzekeraars dat zij de tarieven voor de wijkverpleging verhogen.')).toMatchObject({ name: 'zorgverzekeraars', rule: 'addressee-needed-from' });
    expect(ask('Van woningcorporaties verwachten wij dat zij meer urgenten huisvesten.')).toMatchObject({ name: 'corporaties', rule: 'addressee-needed-from' });
    expect(ask('Daarom is het aan de minister om de regie te nemen.').name).toBe('minister');
    expect(ask('Dat vraagt van het kabinet een andere manier van financieren.')).toMatchObject({ name: 'kabinet', rule: 'addressee-needed-from' });
    expect(ask('Wij roepen het kabinet op om gemeenten de ruimte te geven.')).toMatchObject({ name: 'kabinet', rule: 'addressee-called-upon' });
    expect(ask('Wij vragen de onderhandelende partijen om deze punten op te nemen.')).toMatchObject({ name: 'onderhandelaars' });
    expect(ask('Wij dringen er bij de regering op aan de indexatie te herstellen.')).toMatchObject({ name: 'kabinet', rule: 'addressee-called-upon', words: 'dringen er bij de regering op aan' });
    expect(ask('Wij dringen erop aan dat de regering de indexatie herstelt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Wij dringen er op aan dat de minister de regeling verlengt.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-need' });
    expect(ask('Wij rekenen er op dat het kabinet de korting schrapt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Wij dringen er bij u op aan de regeling te verlengen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-you' });
    expect(ask('Wij vragen de leden van de vaste commissie voor BZK de minister te vragen om een plan.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Van de Kamer vragen wij steun voor het amendement.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-needed-from', words: 'Van de Kamer vragen wij' });
    expect(ask('Corporaties moeten meer sociale huurwoningen bouwen.').name).toBe('corporaties');
    expect(ask('De minister voor Volkshuisvesting en Ruimtelijke Ordening moet de bouw versnellen.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-demand' });
    expect(ask('Wij vragen woningcorporaties en gemeenten om prestatieafspraken te maken.')).toMatchObject({ name: 'corporaties', rule: 'addressee-asked', words: 'Wij vragen woningcorporaties' });
    expect(ask('Wij vragen Gedeputeerde Staten om de busverbindingen te behouden.')).toMatchObject({ name: 'provincies', rule: 'addressee-asked', words: 'Wij vragen Gedeputeerde Staten' });
    expect(ask('Wij vragen de partijen aan de formatietafel om dit vast te leggen.')).toMatchObject({ name: 'onderhandelaars', rule: 'addressee-asked' });
    expect(ask('Wij vragen alle gemeenten om mee te doen.')).toMatchObject({ name: 'gemeenten', rule: 'addressee-asked' });
    expect(ask('Minister, zorg voor voldoende middelen.')).toMatchObject({ name: 'minister', rule: 'addressee-called-by-name', words: 'Minister' });
    expect(ask('Zorg als kabinet voor voldoende middelen.')).toMatchObject({ name: 'kabinet', rule: 'addressee-addressed-as', words: 'Zorg als kabinet' });
    expect(ask('Steun als rijk de gemeenten bij de invoering.')).toMatchObject({ name: 'rijk', rule: 'addressee-addressed-as' });
    expect(ask('Wij doen een dringend beroep op de Eerste Kamer om de wet te verwerpen.')).toMatchObject({ name: 'Eerste Kamer', rule: 'addressee-called-upon' });
    expect(ask('De NZa moet de tarieven herzien.')).toMatchObject({ name: 'uitvoeringsorganisaties', words: 'NZa' });
    expect(ask('Wij roepen het Zorginstituut op het pakket te verruimen.').name).toBe('uitvoeringsorganisaties');
    expect(ask('Wij vragen de Nederlandse Zorgautoriteit de tarieven te herzien.')).toMatchObject({ name: 'uitvoeringsorganisaties', rule: 'addressee-asked' });
    expect(ask('Wij vragen de premier de regie te nemen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked' });
    expect(ask('Wij vragen de coalitiepartijen om dit op te nemen in het coalitieakkoord.')).toMatchObject({ name: 'onderhandelaars', rule: 'addressee-asked' });
    expect(ask('Wij doen een oproep aan alle politieke partijen om dit op te nemen in hun verkiezingsprogramma.')).toMatchObject({ name: 'politieke partijen', rule: 'addressee-asked' });
    expect(ask('Wij vragen de gemeenteraden om lokaal beleid te maken.')).toMatchObject({ name: 'gemeenten', rule: 'addressee-asked' });
    expect(ask('Wij rekenen erop dat de nieuwe coalitie deze keuze maakt.')).toMatchObject({ name: 'onderhandelaars', rule: 'addressee-subject-of-need' });
    // The associations of municipalities and provinces, asked by name, act for them; municipalities an ask is for do not.
    expect(ask('Wij roepen de VNG op om gemeenten te ondersteunen.')).toMatchObject({ name: 'gemeenten', label: 'VNG', rule: 'addressee-called-upon' });
    expect(ask('Wij vragen het IPO om een regionale aanpak.')).toMatchObject({ name: 'provincies', label: 'IPO', rule: 'addressee-asked' });
    expect(ask('Geef gemeenten meer ruimte.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-letter' });
    // The care offices (zorgkantoren) buy long-term care for the insurers.
    expect(ask('Zorgkantoren moeten de Wlz-zorg beter inkopen.')).toMatchObject({ name: 'zorgverzekeraars', rule: 'addressee-subject-of-demand' });
    // The verkenner comes before the informateur and the formateur.
    expect(ask('Wij vragen de verkenner om dit mee te nemen in het verslag.')).toMatchObject({ name: 'formateur', rule: 'addressee-asked' });
    // Who must be spared a burden is not who must act.
    expect(ask('Gemeenten die nu al opvang bieden, moeten niet langer de lasten dragen van gemeenten die dat weigeren.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-letter' });
    // The minister asked through the Kamer, named with the ministry.
    expect(ask('Wij verzoeken u de minister van LVVN te vragen de toegezegde middelen alsnog beschikbaar te stellen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij vragen u de staatssecretaris voor Jeugd, Preventie en Sport op te roepen de jeugdzorg te hervormen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    // Nor is who must be acted on, in the passive.
    expect(ask('Gemeenten moeten volledig worden gecompenseerd voor de extra kosten.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-letter' });
    expect(ask('Corporaties moeten in staat worden gesteld om meer te bouwen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-letter' });
    expect(ask('Zorgverzekeraars moeten meer investeren in preventie, zodat er minder mensen ziek worden.')).toMatchObject({ name: 'zorgverzekeraars', rule: 'addressee-subject-of-demand' });
    // The committee's members asked to put it to the minister: the minister must act.
    expect(ask('Wij verzoeken de leden van uw commissie om de minister te vragen naar de stand van zaken.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij vragen de leden van uw commissie om de motie te steunen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-asked' });
    // The one the letter asks may be told to cut: that is a demand, not a harm it is forced into.
    expect(ask('De staatssecretaris moet de eigen bijdrage schrappen.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-demand' });
    // Who receives is not who must give; what must come into being is not who must act.
    expect(ask('Gemeenten dienen voldoende middelen te krijgen.')).toEqual(fallback);
    expect(ask('Gemeenten moeten kunnen beschikken over voldoende middelen.')).toEqual(fallback);
    expect(ask('Corporaties moeten kunnen rekenen op een stabiel beleid.')).toEqual(fallback);
    expect(ask('Wij geven u in overweging de minister te vragen de verantwoording te vereenvoudigen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij verzoeken u daarom de minister te vragen de NZa opdracht te geven de tarieven opnieuw te berekenen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Daarnaast roepen wij de waterschappen en gemeenten op om hun plannen af te stemmen.')).toMatchObject({ name: 'waterschappen', rule: 'addressee-called-upon' });
    expect(ask('Wij vragen de Europese Commissie de staatssteunregels te versoepelen.')).toMatchObject({ name: 'Europese Unie', rule: 'addressee-asked' });
    expect(ask('Aan de onderhandelaars vragen wij om de huurtoeslag te verhogen.')).toMatchObject({ name: 'onderhandelaars', rule: 'addressee-asked' });
    expect(ask('Werkgevers roepen wij op om psychische gezondheid een vast onderdeel van hun beleid te maken.')).toMatchObject({ name: 'werkgevers', rule: 'addressee-asked', words: 'Werkgevers roepen wij' });
    expect(ask('Tot slot vragen wij de provincies om de plannen te steunen.')).toMatchObject({ name: 'provincies', rule: 'addressee-asked' });
    expect(ask('Daarom vragen wij de minister de regeling te verlengen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked' });
    expect(ask('Zorg ervoor, minister, dat de middelen er komen.')).toMatchObject({ name: 'minister', rule: 'addressee-called-by-name' });
    expect(ask('Zorg ervoor, zoals het kabinet toezegde, dat de middelen er komen.')).toEqual(fallback);
    expect(ask('Wij vragen de politie en het OM prioriteit te geven aan ondermijning.')).toMatchObject({ name: 'politie en justitie', rule: 'addressee-asked' });
    expect(ask('Het Openbaar Ministerie moet vaker vervolgen.')).toMatchObject({ name: 'politie en justitie', rule: 'addressee-subject-of-demand' });
    // Police capacity the addressee must see to is no call on the police.
    expect(ask('Wij vragen u om te zorgen voor voldoende politiecapaciteit in de regio.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-you' });
    // Who receives in a clause of its own leaves the subject of the demand to act.
    expect(ask('Het kabinet moet ervoor zorgen dat ouderen de toeslagen krijgen waar zij recht op hebben.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-demand' });
    expect(ask('Er moet een minister komen die verantwoordelijk is voor de ruimtelijke ordening.')).toEqual(fallback);
  });

  it('reads who must act from a list item that completes "Wij vragen u:"', () => {
    const item = (text: string) => ask(text, { leadIn: 'Wij vragen u:', block: { kind: 'listItem', index: 0, sentence: 0, sentences: 1 } });
    expect(item('dat de minister een verbod op tijdelijke huurcontracten voorbereidt.').name).toBe('minister');
    expect(item('het kabinet te verzoeken de huurtoeslag open te stellen;').name).toBe('kabinet');
    expect(item('een motie te steunen die de huurverhoging beperkt;')).toEqual(fallback);
  });

  it('reads whom the reader is asked to ask', () => {
    expect(ask('Bent u bereid de minister te vragen jaarlijks te rapporteren?')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wilt u bij de minister aandringen op snelheid?')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Zou u de minister willen vragen hoe hij de uitvoerbaarheid waarborgt?')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij verzoeken de commissie de minister te vragen de coördinatie structureel te financieren.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij vragen de Kamer de minister op te dragen met een plan te komen.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij vragen u om de minister te verzoeken de bijdrage mee te laten groeien.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij verzoeken u met klem om bij de minister aan te dringen op een opleidingsplan.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij verzoeken uw Kamer de minister te vragen toe te zeggen dat de kosten worden vergoed.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Wij hopen dat het kabinet de handschoen oppakt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Wij stellen voor dat het kabinet een onafhankelijke toets invoert.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Het is aan het nieuwe kabinet om de middelen te regelen.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('De bal ligt nu bij de minister.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-need' });
    expect(ask('Wij willen het kabinet oproepen om te investeren in preventie.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked' });
    expect(ask('Wij hechten eraan dat de minister de afspraken nakomt.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-need' });
    expect(ask('Wij zouden het op prijs stellen als u het kabinet vraagt om een ondergrens.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked-via-you' });
    expect(ask('Wij gaan ervan uit dat het kabinet in het voorjaar een brief stuurt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Het zou goed zijn als het kabinet de regie neemt.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Graag zien wij dat de minister de regie neemt.')).toMatchObject({ name: 'minister', rule: 'addressee-subject-of-need' });
    expect(ask('Wij vragen de leden van de commissie om de motie te steunen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-asked', words: 'vragen de leden van de commissie' });
    expect(ask('Wij vragen de fracties om dit in het regeerakkoord op te nemen.')).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-asked' });
    expect(ask('Wij vragen VWS om de tarieven te indexeren.')).toMatchObject({ name: 'minister', rule: 'addressee-asked' });
    expect(ask('Wij vragen Den Haag om meer geld voor de jeugdzorg.')).toMatchObject({ name: 'rijk', rule: 'addressee-asked' });
    expect(ask('Wij ontraden het kabinet de korting door te voeren.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked', words: 'ontraden het kabinet' });
    expect(ask('Is het kabinet bereid de eigen bijdrage te schrappen?')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked-if-willing' });
    expect(ask('Het zou mooi zijn als het kabinet de korting terugdraait.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Het kabinet zou er goed aan doen de normering te herzien.')).toMatchObject({ name: 'kabinet', rule: 'addressee-subject-of-need' });
    expect(ask('Wij doen u de suggestie om de minister te vragen naar de stand van zaken.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Ons verzoek aan u is om de staatssecretaris te vragen om een plan.')).toMatchObject({ name: 'minister', rule: 'addressee-asked-via-you' });
    expect(ask('Verzoekt de regering om de opschalingskorting te schrappen, en gaat over tot de orde van de dag.')).toMatchObject({ name: 'kabinet', rule: 'addressee-asked' });
  });

  it('takes “u” in the sentence for the letter’s addressee, whatever its section asks of another', () => {
    const section = { section: 'Wat vragen wij van het nieuwe kabinet?' };
    expect(ask('Wij zouden het waarderen als u de bibliotheek een plek geeft in het regeerakkoord.', section)).toEqual({ ...fallback, rule: 'addressee-you' });
    expect(ask('Wilt u de bibliotheek een plek geven in het regeerakkoord?', section)).toEqual({ ...fallback, rule: 'addressee-you' });
    expect(ask('Geef de bibliotheek een plek in het regeerakkoord.', section)).toMatchObject({ name: 'kabinet', rule: 'addressee-section' });
  });

  it('falls back on the list lead-in, then the letter addressee', () => {
    expect(ask('Investeer in kwaliteit van het onderwijs.', { leadIn: 'Wat hebben we concreet van het rijk nodig?' })).toMatchObject({ name: 'rijk', rule: 'addressee-list-lead-in' });
    expect(ask('Investeer in kwaliteit van het onderwijs.')).toEqual(fallback);
    // A heading names whom its asks are for after "voor"; unless it is a role or a request for them.
    expect(ask('Schaf de ATAD-maatregel af.', { section: 'Oproep 3: Verlaag de lasten voor corporaties' })).toEqual(fallback);
    expect(ask('Schaf de ATAD-maatregel af.', { section: 'Ruimte voor alle gemeenten' })).toEqual(fallback);
    expect(ask('Schaf de ATAD-maatregel af.', { section: 'Onze vragen voor het nieuwe kabinet' })).toMatchObject({ name: 'kabinet', rule: 'addressee-section' });
    expect(ask('Waarom is de toezegging nog niet uitgevoerd?', { section: 'Vragen aan de minister' })).toMatchObject({ name: 'minister', rule: 'addressee-section' });
    // The municipalities only when the heading asks them; a heading of a municipal letter that names them speaks of the senders.
    expect(ask('Bied iedere inwoner met geldzorgen binnen twee weken hulp.', { section: 'Wat vragen wij van gemeenten?' })).toMatchObject({ name: 'gemeenten', rule: 'addressee-section' });
    expect(ask('Bied iedere inwoner met geldzorgen binnen twee weken hulp.', { leadIn: 'Onze oproep aan alle gemeenten:' })).toMatchObject({ name: 'gemeenten', rule: 'addressee-list-lead-in' });
    expect(ask('Neem de woonbehoefte van ouderen op in de woonzorgvisie.', { leadIn: 'Van gemeenten:' })).toMatchObject({ name: 'gemeenten', rule: 'addressee-list-lead-in' });
    expect(ask('Investeer in de sociale basis.', { section: 'Wat gemeenten doen' })).toEqual(fallback);
    // The senders who propose, named in the lead-in, are not asked ("Zorgverzekeraars Nederland doet drie voorstellen:").
    const item = sentence('Stel een maximum aan de groei van de zorguitgaven.', { leadIn: 'Zorgverzekeraars Nederland doet drie voorstellen:' });
    const proposal = { type: 'ask' as const, sentence: item, evidence: classifySentence(item)[0]?.evidence ?? [], confidence: 1 };
    expect(addresseeOf(proposal, fallback, ['Zorgverzekeraars Nederland', 'ZN'])).toEqual(fallback);
    expect(addresseeOf(proposal, fallback)).toMatchObject({ name: 'zorgverzekeraars', rule: 'addressee-list-lead-in' });
    // The reader ("u") is the letter's addressee, whatever the section is about.
    expect(ask('Wij hopen dat u deze punten meeneemt in de formatie.', { section: 'Wat vragen wij van het kabinet?' })).toMatchObject({ name: 'Tweede Kamer', rule: 'addressee-you' });
  });
});

describe('the addressee of a list item', () => {
  it('is the subject of an item that completes its lead-in as a sentence of its own, not whom an item is for', async () => {
    const { file } = await runLetter('Aan de informateur\n\nGeachte informateur,\n\nWat moet er gebeuren?\n- Het Rijk stelt een landelijk kader vast voor de inkoop van zorg.\n- Zorgverzekeraars en gemeenten maken afspraken over preventie.\n- Gemeenten krijgen de ruimte om zelf te kiezen.\n\nWij vragen u:\n- zorgverzekeraars de ruimte te geven om meerjarig te contracteren;\n- een minister die verantwoordelijk is voor de samenhang.\n');
    expect([...file.data.addressees!.values()].map((addressee) => `${addressee.name} (${addressee.rule})`)).toEqual([
      'rijk (addressee-item-subject)',
      'zorgverzekeraars (addressee-item-subject)',
      'formateur (addressee-letter)',
      'formateur (addressee-letter)',
      'formateur (addressee-letter)',
    ]);
  });
});

describe('the addressee of a letter that names none', () => {
  const asked = async (text: string) => {
    const { file } = await runLetter(text);
    return [...file.data.addressees!.values()].map((addressee) => `${addressee.name} (${addressee.rule})`);
  };

  it('is the minister for a reaction to a consultation, else the one the letter names most', async () => {
    const body = 'Corporaties bouwen. Corporaties verhuren. Het Rijk regelt.\n\nNeem een overgangsregeling op.\n';
    expect(await asked(`Reactie van Aedes op de internetconsultatie Wet regie\n\n${body}`)).toEqual(['minister (addressee-consultation)']);
    expect(await asked(`Reactie van Aedes op de Wet regie\n\n${body}`)).toEqual(['corporaties (addressee-most-named)']);
  });

  it('is the committee a "T.a.v." line names when no other line does', async () => {
    expect(await asked('T.a.v. de griffier van de vaste commissie voor VWS\n\nGeachte heer, mevrouw,\n\nHet Rijk moet meer doen.\n\nInvesteer in de wijkverpleging.\n')).toEqual(['rijk (addressee-subject-of-demand)', 'Tweede Kamer (addressee-letter)']);
  });
});

describe('actors', () => {
  it('knows provincial and municipal bodies by their names', () => {
    expect(['het college van Gedeputeerde Staten van Utrecht', 'de leden van Provinciale Staten', 'Geachte gedeputeerden', 'de gemeenteraad van Zwolle', 'het college van burgemeester en wethouders', 'Geachte wethouders', 'Zorgverzekeraars Nederland', 'de woningcorporaties'].map((text) => firstActor(text)?.actor.name)).toEqual([
      'provincies',
      'provincies',
      'provincies',
      'gemeenten',
      'gemeenten',
      'gemeenten',
      'zorgverzekeraars',
      'corporaties',
    ]);
  });
});
