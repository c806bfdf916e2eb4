import { politeRequest } from '../polite-request.ts';

/** A rule that fired: its id and the words it fired on, so a reader can see why. */
export interface Evidence {
  rule: string;
  words: string;
  /** For problem cues: how much the cue counts. */
  weight?: number;
}

export interface Cue {
  rule: string;
  /**
   * Matched against the sentence in lower case, so written in lower case and without the `i` flag:
   * case-insensitive Unicode patterns take V8 more than twice as long to compile, and compiling
   * the cues is most of what the first letters of a build cost.
   */
  pattern: RegExp;
  strength: number;
  /**
   * Lowercase fragments of which the sentence must contain one for the pattern to have a chance:
   * a fast pre-check (see `hintFilter`), as the regular expressions are far slower.
   */
  hints?: string[];
}

/**
 * Whom a letter addresses and asks to act ("u", "het kabinet", "de minister"): the object of an
 * invitation or a role, or the subject of "moet" (then "moet … schrappen" is a demand).
 */
const addressedActor = String.raw`(u|uw|het\s+(nieuwe\s+)?(rijk|kabinet)|de\s+(minister|staatssecretaris|overheid|rijksoverheid|regering|tweede\s+kamer|kamer|(in)?formateur|onderhandelaars))\b`;

/** What people or organisations are made to do against their will or interest. */
const forcedVerbs = 'weigeren|afwijzen|wachten|verhogen|afbouwen|uitwijken|ontslaan|sluiten|verhuizen|bezuinigen|korten|snijden|schrappen|afschalen|doorsturen|doorverwijzen|wegsturen|afzeggen|uitstellen|terugbetalen|bijbetalen|inleveren';

/**
 * "Mensen moeten maanden wachten op zorg", "Gemeenten moeten bezuinigen", "… meer doen met minder
 * geld", "Door de gestegen kosten moeten clubs …": what others are forced into. Not when the one
 * who must is whom the letter asks (`demandOnAddressee`).
 */
const forcedHarm = new RegExp(
  String.raw`^(door|doordat|vanwege|als\s+gevolg\s+van)\b[^,;]{0,80}\b(moeten|moet)\s+(?!(niet|stoppen|ophouden|${addressedActor}))` +
    String.raw`|\b(moeten|moet)\s+(?!(niet|stoppen|ophouden)\b)(\S+\s+){0,3}?(${forcedVerbs})\b` +
    String.raw`|\b(moeten|moet)\b[^.;]{0,60}\bmet\s+(steeds\s+)?minder\s+(geld|middelen|mensen|personeel|budget)\b`,
  'u',
);

/** "De staatssecretaris moet de eigen bijdrage schrappen", "Daarom moet het kabinet …": a demand on whom the letter asks. */
export const demandOnAddressee = new RegExp(String.raw`^${addressedActor}[^.;]*?\b(moet|moeten|dient|dienen)\b|\b(moet|moeten|dient|dienen)\s+${addressedActor}`, 'u');

/** Explicit requests and demands aimed at another actor. Strength feeds the confidence. */

export const askCues: Cue[] = [
  // Also "Wij raden het kabinet aan …" and "Wij geven het kabinet mee om …" (advice, not "meegeven dat", which reports),
  // "Wij willen het kabinet oproepen om …", "Wij moedigen het kabinet aan om …", "Wij dagen het kabinet uit om …".
  { rule: 'ask-request-verb', strength: 0.9, hints: ['vragen', 'verzoeken', 'pleiten', 'roepen', 'dringen', 'adviseren', 'bevelen', 'raden', 'mee om', 'mee te', 'aanmoedigen', 'uitdagen', 'moedigen', 'dagen'], pattern: new RegExp(String.raw`\b((wij|we)\s+raden|raden\s+(wij|we))\s+(\S+\s+){0,4}?aan\b|\b((wij|we)\s+geven|geven\s+(wij|we))\s+(\S+\s+){0,4}?mee\s+(om|te)\b|\b(wij|we)\s+(vragen|verzoeken|pleiten|bepleiten|roepen|dringen|adviseren|bevelen)\b|\b(vragen|verzoeken|pleiten|roepen|adviseren|bevelen)\s+(wij|we)\b|\b(wij|we)\s+(willen|zouden)\s+(uw\s+aandacht\s+|${addressedActor}\s+)?((graag|willen)\s+){0,2}(vragen|verzoeken|oproepen|aanmoedigen|uitdagen)\b|\b((wij|we)\s+(moedigen|dagen)|(moedigen|dagen)\s+(wij|we))\s+(\S+\s+){0,4}?(aan|uit)\s+(om|te)\b`, 'u') },
  // The senders by name: "De provincies vragen het nieuwe kabinet om …", "ActiZ verzoekt u …".
  { rule: 'ask-request-actor', strength: 0.85, hints: ['vraagt', 'vragen', 'verzoek', 'roep', 'advise', 'raadt', 'raden'], pattern: /^(?!(wij|we|wilt|kunt|zou|zoudt)\b)(\S+\s+){1,5}?(vraagt|vragen|verzoekt|verzoeken|roept|roepen|adviseert|adviseren|raadt|raden)\s+(u\b|(het|de|uw)\s+(\p{L}+e\s+)?(kabinet|rijk|rijksoverheid|regering|minister|ministers|staatssecretaris|kamer|tweede\s+kamer|kamerleden|(in)?formateur|onderhandelaars|overheid|coalitie|fracties)\b)/u },
  { rule: 'ask-call-upon', strength: 0.9, hints: ['hart', 'roep', 'beroep', 'appèl', 'appel', 'verzoek', 'aanbeveling', 'oproep'], pattern: /\bop\s+het\s+hart\s+(te\s+)?(drukken|druk)\b|\broep(t|en)\b.{0,80}\bop\b|\b(appèl|appel|beroep)\s+op\s+(u|het|de)\b|\bdoen\s+(u\s+)?(hierbij\s+)?(een|de)\s+(\S+\s+)?(oproep|verzoek)(\s+aan\s+(u|het|de|alle))?\b|\bdoen\s+(u\s+)?(hierbij\s+)?(een|de)\s+(\S+\s+)?aanbeveling\s+(om|aan)\b/u },
  { rule: 'ask-want', strength: 0.75, hints: ['willen'], pattern: /\b(wij|we)\s+willen\s+(graag\s+)?dat\s+(het|de|u)\b/u },
  { rule: 'ask-polite-question', strength: 0.9, hints: ['wilt u', 'kunt u', 'zou u', 'zoudt u', 'bent u'], pattern: new RegExp(politeRequest.source, 'u') },
  // "Wij zouden het op prijs stellen als u het kabinet vraagt …".
  { rule: 'ask-appreciate', strength: 0.8, hints: ['prijs', 'toejuichen', 'waarderen'], pattern: new RegExp(String.raw`\bop\s+prijs\s+(stellen|stelt)\s+(als|indien|wanneer)\s+u\b|\b(stellen|stelt)\s+(het\s+)?(zeer\s+)?op\s+prijs\s+(als|indien|wanneer|dat)\s+${addressedActor}|\b(zouden|zou)\s+(het\s+)?(\S+\s+)?(toejuichen|waarderen)\s+(als|indien|wanneer|dat)\s+${addressedActor}\b`, 'u') },
  { rule: 'ask-expect', strength: 0.75, hints: ['verwacht', 'ervan'], pattern: /\b((wij|we)\s+verwachten|verwachten\s+(wij|we)|(wij|we)\s+gaan\s+ervan\s+uit)\s+(van\s+(het|de|u)\b|dat\s+(het|de|u)\b)/u },
  // "Wij stellen voor om …", "Wij stellen u voor …"; not "wij stellen ons voor" (imagine).
  { rule: 'ask-propose', strength: 0.75, hints: ['stellen'], pattern: /\b((wij|we)\s+stellen|stellen\s+(wij|we))\s+(?!ons\b)(\S+\s+){0,3}?voor\b/u },
  // "Wij zien graag dat het kabinet …", "Het zou goed zijn als …".
  { rule: 'ask-wish', strength: 0.6, hints: ['graag', 'goed', 'wenselijk', 'verstandig'], pattern: /\b((wij|we)\s+(zien|zouden)\s+(\S+\s+)?graag(\s+zien)?|het\s+zou\s+(zeer\s+|erg\s+|heel\s+)?(goed|wenselijk|verstandig)\s+zijn)\s+(dat|als|wanneer)\s+(het|de|u)\b|\b(zou|zouden)\s+er\s+(\S+\s+)?goed\s+aan\s+doen\b/u },
  { rule: 'ask-count-on', strength: 0.6, hints: ['rekenen', 'vertrouwen'], pattern: new RegExp(String.raw`\b((wij|we)\s+(rekenen|vertrouwen)|(rekenen|vertrouwen)\s+(wij|we))\s+(erop\s+dat\s+${addressedActor}|op\s+${addressedActor})\b`, 'u') },
  { rule: 'ask-hope', strength: 0.6, hints: ['hopen'], pattern: new RegExp(String.raw`\b(wij|we)\s+hopen\b.{0,40}\bdat\s+${addressedActor}|\b(wij|we)\s+hopen\s+op\s+(u|uw)\b`, 'u') },
  // "Wij vinden het belangrijk dat het kabinet …", "Wij hechten eraan dat …": a need, put as the senders' view.
  { rule: 'ask-consider-important', strength: 0.7, hints: ['vinden', 'vindt', 'achten', 'acht ', 'hecht'], pattern: /\b(vinden|vindt|achten|acht)\s+((wij|we)\s+)?het\s+((dan\s+ook|daarom|zeer|heel|erg|bijzonder|echt)\s+)?(belangrijk|van\s+(groot\s+)?belang|essentieel|cruciaal|wenselijk|gewenst|nodig|zaak|onontbeerlijk)\s+dat\b|\bhecht(en)?\s+((wij|we)\s+)?(er\s+)?((grote?|veel)\s+)?(waarde\s+)?aan\s+dat\b|\bhecht(en)?\s+((wij|we)\s+)?eraan\s+dat\b/u },
  { rule: 'ask-need', strength: 0.75, hints: ['nodig'], pattern: /\b(is|zijn|blijft|blijven|wordt)\b[^.;:]{0,120}?\bnodig\b|\bnodig\s+(van|om)\b|\b(hebben|heeft)\b[^.;:]{0,80}?\bnodig\b/u },
  { rule: 'ask-necessity', strength: 0.75, hints: ['noodza', 'essentieel', 'onontbeerlijk', 'cruciaal', 'vereist', 'belang', 'valt', 'geboden', 'zaak', 'wenselijk', 'aanbeveling', 'raadzaam', 'aan te raden', 'aan te bevelen'], pattern: /\b(het\s+is|is\s+het)\s+(dan\s+ook\s+|daarom\s+|zeer\s+|dringend\s+)*wenselijk\s+(dat|om)\b|\bverdient\s+(het\s+)?(de\s+)?aanbeveling\b|\b(het\s+is|is\s+het)\s+(\S+\s+)?(raadzaam|aan\s+te\s+raden|aan\s+te\s+bevelen)\b|\bstaat\s+of\s+valt\s+(\S+\s+)?met\b|\b(is|zijn)\s+(\S+\s+)?geboden\b|\b(noodzakelijk|essentieel|onontbeerlijk|cruciaal|vereist)\b|\bnoodzaak\s+(om|van|tot)\b|\b(het\s+is|is\s+het)\s+(van\s+(groot\s+|cruciaal\s+|essentieel\s+)?belang|belangrijk|(\S+\s+)?zaak)\s+(dat|om)\b/u },
  { rule: 'ask-demand', strength: 0.6, hints: ['vra', 'vereis'], pattern: /^(dit|dat|deze|die)\b[^,]{0,30}\b(vraagt|vragen|vereist|vereisen)\s+(om\s+)?(een|de|het|meer|extra|investeringen|intensieve|\w+e)\b/u },
  { rule: 'ask-modal', strength: 0.65, hints: ['moet', 'dien', 'zou'], pattern: /\b(moet|moeten|dient|(?<!\bte\s)dienen|zouden\s+\S+\s+moeten|zou\s+\S+\s+moeten)\b/u },
  { rule: 'ask-plead', strength: 0.8, hints: ['pleit'], pattern: /\bpleit(en|te|ten)?\b.{0,30}\bvoor\b/u },
  { rule: 'ask-need-for', strength: 0.7, hints: ['behoefte'], pattern: /\bbehoefte\s+aan\b/u },
  { rule: 'ask-conditional-actor', strength: 0.65, hints: ['als'], pattern: /^als\s+(de|het)\s+(rijk|rijksoverheid|kabinet|overheid|minister|tweede kamer|formateur)\b/u },
  // "Het rijk kan onzekerheid verminderen": what the addressee could do, put to the addressee.
  { rule: 'ask-actor-can', strength: 0.6, hints: ['kan'], pattern: /^(het\s+rijk|de\s+rijksoverheid|het\s+(nieuwe\s+)?kabinet|de\s+minister|de\s+overheid|de\s+tweede\s+kamer|de\s+\(?in\)?formateur)\s+kan\s+(?!niet\b)/u },
  // "Ons verzoek aan u is om …", "Onze oproep luidt: …"; "Bijbehorende vraag aan het rijk is om …",
  // "Daarom het verzoek aan u om …" (not "De vraag is of …": without "ons", the request must name
  // whom it is put to).
  { rule: 'ask-our-request', strength: 0.85, hints: ['verzoek', 'oproep', 'advies', 'voorstel', 'pleidooi', 'dringende', 'vraag'], pattern: /^(ons|onze)\s+((dringende|dringend|belangrijkste)\s+)?(verzoek|oproep|advies|voorstel|pleidooi|vraag)(\s+(aan|voor)\s+(u|het\s+\S+|de\s+\S+))?\s*((is|luidt)\b|:)/u },
  { rule: 'ask-request-to', strength: 0.85, hints: ['verzoek aan', 'oproep aan', 'vraag aan', 'advies aan'], pattern: /^(?!(ons|onze)\s)(\p{L}+\s+){0,2}?(verzoek|oproep|vraag|advies)\s+aan\s+(u|het\s+\S+|de\s+\S+)(\s*((is|luidt)\b|:)|\s+(om|te)\b)/u },
  // "Het is tijd dat het kabinet …", "Het wordt hoog tijd om …".
  { rule: 'ask-time', strength: 0.7, hints: ['tijd'], pattern: /\b(het\s+is|is\s+het|het\s+wordt|wordt\s+het)\s+(nu\s+)?(hoog\s+)?tijd\s+(dat|om|voor)\b/u },
  // "Wij nodigen u uit om …", "Wij zien een belangrijke rol voor het Rijk", "Hier ligt een taak voor
  // het kabinet": an invitation or a role, put to the addressee.
  // "Het is aan het kabinet om …", "De bal ligt bij het kabinet", "Het kabinet is aan zet": the same, said with an idiom.
  { rule: 'ask-invite', strength: 0.75, hints: ['nodigen', 'rol voor', 'rol weggelegd', 'taak voor', 'taak weggelegd', 'verantwoordelijkheid voor', 'verantwoordelijkheid weggelegd', 'is aan', 'nu aan', 'ligt bij', 'ligt nu bij', 'aan zet'], pattern: new RegExp(String.raw`\bhet\s+is\s+(nu\s+|dan\s+ook\s+)?aan\s+${addressedActor}\s+om\b|\b(de\s+bal|het\s+initiatief)\s+ligt\s+(nu\s+)?bij\s+${addressedActor}|^${addressedActor}\s+is\s+(nu\s+)?aan\s+zet\b|\b((wij|we)\s+nodigen|nodigen\s+(wij|we))\s+${addressedActor}\b.{0,80}\buit\b|\b(wij|we)\s+zien\s+(hier\s+|daarbij\s+|daarin\s+|daar\s+)?(een\s+)?(\p{L}+e\s+)?(rol|taak|verantwoordelijkheid)\s+(weggelegd\s+)?voor\s+${addressedActor}\b|\b(ligt|is)\s+(hier\s+|daar\s+|daarbij\s+)?(een\s+)?(\p{L}+e\s+)?(taak|rol|verantwoordelijkheid)\s+(weggelegd\s+)?voor\s+${addressedActor}\b`, 'u') },
  // "Het kabinet wordt gevraagd …", "Daarom wordt de minister verzocht …", "Van het kabinet wordt verwacht dat …".
  { rule: 'ask-passive', strength: 0.75, hints: ['gevraagd', 'verzocht', 'opgeroepen', 'verwacht'], pattern: new RegExp(String.raw`^${addressedActor}\s+(wordt|worden)\s+(\S+\s+){0,2}?(gevraagd|verzocht|opgeroepen)\b|\b(wordt|worden)\s+${addressedActor}\s+(\S+\s+){0,2}?(gevraagd|verzocht|opgeroepen)\b|\bvan\s+${addressedActor}\s+(wordt|worden)\s+(\S+\s+)?verwacht\b`, 'u') },
  // "Neemt u dit mee in de formatie", "Wij geven u in overweging …": a request in the polite form.
  { rule: 'ask-polite-imperative', strength: 0.75, hints: ['neemt u', 'zorgt u', 'steunt u', 'kiest u', 'investeert u', 'geeft u', 'maakt u', 'houdt u', 'zet u', 'laat u', 'betrekt u', 'schrapt u', 'trekt u', 'voorkomt u', 'regelt u', 'biedt u', 'stelt u', 'draagt u', 'blijft u', 'overweging'], pattern: /^(neemt|zorgt|steunt|kiest|investeert|geeft|maakt|houdt|zet|laat|betrekt|schrapt|trekt|voorkomt|regelt|biedt|stelt|draagt|blijft)\s+u\b|\b(geven|geeft)\s+(\S+\s+){1,3}?in\s+overweging\b|\bter\s+overweging\b/u },
  // "Interbestuurlijke sturing … is hiervoor een goede optie": a proposal put to the reader.
  { rule: 'ask-good-option', strength: 0.6, hints: ['optie', 'oplossing', 'route'], pattern: /\b(is|zijn)\s+(hiervoor\s+|daarvoor\s+|daarbij\s+)?(een\s+|de\s+)?(goede|beste|logische|passende|verstandige)\s+(optie|oplossing|route)\b/u },
  // "De oplossing ligt in een eerlijke cao die het Rijk financiert": a proposal put to the reader.
  { rule: 'ask-solution', strength: 0.6, hints: ['oplossing'], pattern: /^(de|een)\s+(\p{L}+\s+)?oplossing\s+(ligt|is|zit)\b/u },
  // One writer for an organisation ("Ik vraag u …", "Daarom verzoek ik u …", "Ik stel voor …"):
  // the forms of the cues above in the first person singular.
  { rule: 'ask-first-person', strength: 0.85, hints: ['ik '], pattern: new RegExp(String.raw`\b(ik\s+(vraag|verzoek)|(vraag|verzoek)\s+ik)\s+(\S+\s+)?(${addressedActor}|om\b|aandacht\b)|\bik\s+(wil|zou)\s+(u\s+)?((graag|willen)\s+){0,2}(vragen|verzoeken)\b|\b(ik\s+roep|roep\s+ik)\b.{0,80}\bop\b|\b(ik\s+(pleit|dring|adviseer|beveel)|(pleit|dring|adviseer|beveel)\s+ik)\b|\bik\s+(wil|verwacht)\s+(graag\s+)?(dat|van)\s+${addressedActor}|\b(ik\s+stel|stel\s+ik)\s+(?!(me|mij)\b)(\S+\s+){0,3}?voor\b|\bik\s+(zie|zou)\s+(\S+\s+)?graag(\s+zien)?\s+(dat|als)\s+${addressedActor}|\bik\s+(reken|vertrouw)\s+(erop\s+dat\s+|op\s+)${addressedActor}|\bik\s+hoop\b.{0,40}\bdat\s+u\b|\bik\s+nodig\s+${addressedActor}.{0,80}\buit\b`, 'u') },
  { rule: 'ask-helps-if', strength: 0.6, hints: ['helpt', 'helpen'], pattern: /\bhelpt\s+(het\s+)?als\b|\bhelpt het\b.{0,30}\bals\b|^(daarbij|hierbij|daarvoor|hiervoor)\s+(helpt|helpen)\s+(?!(we|wij|gemeenten)\b)|^wat\s+(helpt|zou\s+helpen)\s+(is|zijn)\b|\b(zou|zouden)\s+ons\s+((zeer|erg|enorm|echt|veel|goed|bijzonder)\s+)?(helpen|vooruithelpen)\b/u },
];

/**
 * Where a cue's words do not make a demand on someone else. A `local` exception cancels a cue only
 * where their words overlap: "Er zijn wetswijzigingen nodig om gegevens te delen als dit nodig is"
 * still claims a need, in its first half.
 */
export const askExceptions: Array<{ rule: string; pattern: RegExp; cancels: string[]; hints?: string[]; local?: boolean }> = [
  // The senders' own obligations are commitments ("We moeten keuzes maken", "Daarvoor moeten we loskomen").
  { rule: 'own-obligation', hints: ['moeten', 'dienen'], pattern: /\b(we|wij)\b(\s+\S+){0,4}\s+(moeten|dienen)\b|\b(moeten|dienen)\s+(we|wij)\b/u, cancels: ['ask-modal'], local: true },
  // "… maken duidelijker wanneer een taak bij het rijk zou moeten liggen", "verkennen wat er moet
  // gebeuren": the modal of an indirect question says what is to be found out, not demanded.
  { rule: 'embedded-question', hints: ['duidelijk', 'bepalen', 'weten', 'nagaan', 'bekijken', 'onderzoek', 'verkennen', 'afwegen'], pattern: /\b(duidelijke?r?|bepalen|bepaalt|weten|nagaan|bekijken|onderzoeken|onderzoekt|verkennen|verkent|afwegen)\s+((het\s+)?(rijk|kabinet|minister|gemeenten|we|wij)\s+)?(wanneer|of|waar|hoe|wie|wat|welke)\b[^.;:]{0,120}?\b(moet|moeten|zou\s+(\S+\s+)?moeten|zouden\s+(\S+\s+)?moeten)\b/u, cancels: ['ask-modal'], local: true },
  // "die dit nodig hebben", "wat gezinnen nodig hebben", "waar nodig": a need described, not claimed.
  { rule: 'described-need', hints: ['nodig'], pattern: /\b(die|dat|wat|wie|waar|indien|zo|als)\b[^,.;]{0,50}\bnodig\b(\s+(hebben|heeft|is))?/u, cancels: ['ask-need'], local: true },
  // "Wij vragen wat inwoners nodig hebben": asking residents, as part of the senders' own work.
  { rule: 'own-inquiry', hints: ['vragen', 'ik '], pattern: /\b(wij|we)\s+((willen|zullen|gaan)\s+)?vragen\s+(wat|hoe|of|welke|waar)\b|\bvragen\s+(wij\s+|we\s+)?ons\s+(\S+\s+){0,2}?af\b|\bik\s+((wil|zal|ga)\s+)?(vraag|vragen)\s+(wat|hoe|of|welke|waar)\b/u, cancels: ['ask-request-verb', 'ask-first-person'] },
  // "als gemeenten", "als landelijke koepelpartijen": what the senders see or must do in their own role.
  { rule: 'own-role', hints: ['als '], pattern: /\bals\s+(gemeenten|gemeente|steden|(landelijke\s+)?koepel\p{L}*)\b/u, cancels: ['ask-necessity', 'ask-need', 'ask-modal'] },
  // "Zorgorganisaties moeten cliënten weigeren": what others are forced to do is the harm, not a demand.
  { rule: 'forced', hints: ['moet'], pattern: forcedHarm, cancels: ['ask-modal'] },
  // "Dat moet gezegd worden", "Dit zou moeten leiden tot …", "De wet moet nog door de Eerste Kamer",
  // "Volgens de wet moet elke gemeente …", "Gemeenten moeten volgens de Wmo zorgen voor …": a remark,
  // an expected effect, a procedure, a rule described.
  { rule: 'not-a-demand', hints: ['gezegd', 'leiden', 'nog door', 'volgens', 'op grond van'], pattern: /\b(moet|moeten)\s+(\S+\s+)?gezegd\b|\b(moet|moeten|zou|zouden)\s+(\S+\s+)?leiden\s+tot\b|\b(moet|moeten)\s+nog\s+door\b|^volgens\s+(de|het)\s+(\p{L}*wet|wmo|regels|regeling|afspraken|wetgeving)\b|\b(moet|moeten|dient|dienen)\s+(\S+\s+)?(volgens|op\s+grond\s+van)\s+(de|het)\s+(\p{L}*wet|wmo|regels|regeling|afspraken|wetgeving)\b/u, cancels: ['ask-modal'] },
  // "Mocht u vragen hebben, neem dan contact op": a courtesy; "Wij raden u aan de bijlage te lezen": where to read on.
  { rule: 'courtesy', hints: ['mocht u', 'contact', 'lezen', 'raadplegen'], pattern: /\bmocht u\b|\bneemt?\b.{0,30}\bcontact\b|\b(bijlage|bijlagen|brief|notitie|rapport|website)\b[^.;]{0,20}\b(te\s+lezen|door\s+te\s+lezen|te\s+raadplegen)\b/u, cancels: ['ask-imperative', 'ask-modal', 'ask-polite-imperative', 'ask-request-verb'] },
];

/** Statements that something is wrong or getting worse; weights add up. */
export const problemCues: Cue[] = [
  { rule: 'problem-shortage', strength: 2, hints: ['tekort', 'personeel', 'vervul', 'vacature', 'daalt', 'dalen', 'daalde', 'gedaald', 'neemt af', 'nemen af', 'loopt terug', 'lopen terug'], pattern: /\b(zorgmedewerkers|medewerkers|personeel|huisartsen|verpleegkundigen|leraren|docenten|vrijwilligers|mantelzorgers|professionals|zorgverleners|agenten|jeugdzorgwerkers)\b[^.;]{0,30}\b(daalt|dalen|daalde|daalden|gedaald|neemt\s+af|nemen\s+af|loopt\s+terug|lopen\s+terug)\b|tekort(en)?\b|tekort(schiet\p{L}*|geschoten)\b|\bschieten\b.{0,20}\btekort\b|\bminder\s+personeel\b|\bonvervuld\p{L}*|\bopenstaande\s+vacatures\b|\bvacatures\b[^.;]{0,30}\bopen\b|\bmoeilijk\s+vervulbare?\b/u },
  { rule: 'problem-concern', strength: 2, hints: ['zorgen', 'bezorgd', 'zorgelijk', 'verontrust', 'alarmer', 'vrez', 'vrees'], pattern: /\b(vrezen|vreest|vrees)\b|\bbaar(t|en)\s+(ons\s+)?(\S+\s+)?zorgen\b|\b(maken|maakt)\s+(ons|zich)\s+(\S+\s+)?zorgen\b|\bzorgen\s+over\b|\bbezorgd\b|\bzorgelijk\p{L}*|\bverontrust\p{L}*|\balarmerend\p{L}*/u },
  // "buslijnen ingekort", "buurthuizen die hun deuren sluiten", "apotheken gaan dicht", "huisartsen
  // nemen geen nieuwe patiënten meer aan", "aanbieders stoppen met het leveren van wijkverpleging".
  { rule: 'problem-closing', strength: 2, hints: ['ingekort', 'wegbezuinigd', 'verschraald', 'uitgekleed', 'deuren', ' dicht', 'stop', 'neemt geen', 'nemen geen', 'nam geen', 'namen geen'], pattern: /\b(ingekort|wegbezuinigd|verschraald|uitgekleed)\b|\b(stoppen|stopt|stopten|stopte)\s+met\s+(het\s+)?(leveren|bieden|aanbieden|verlenen|uitvoeren|verstrekken)\b|\b(neemt|nemen|nam|namen)\s+geen\s+(nieuwe\s+)?(patiënten|cliënten|leerlingen|kinderen|aanmeldingen|bewoners|huurders)\s+(meer\s+)?aan\b|\b(patiënten|cliënten|opname|aanname)stop\b|\bdeuren\s+(moeten\s+|moet\s+)?(sluit|sluiten|sloot|sloten)\b|\b(sluit|sluiten|sloot|sloten)\s+(zijn|haar|hun|de)\s+deuren\b|(?<=\b(gaan|gaat|gingen|ging|moeten|moet)\s+(\S+\s+){0,2})dicht\b/u },
  // "Gemeenten betalen de jeugdbescherming, zonder dat het Rijk dit vergoedt", "taken zonder extra geld".
  { rule: 'problem-unfunded', strength: 2, hints: ['zonder', 'geïndexeerd', 'geindexeerd', 'gecompenseerd', 'vergoed', 'meegegroeid'], pattern: /\bniet\s+(\S+\s+)?(geïndexeerd|geindexeerd|gecompenseerd|vergoed|meegegroeid)\b|\bzonder\s+dat\s+(het\s+)?(rijk|kabinet|overheid|ministerie|minister)\s+(\S+\s+){0,3}?(vergoedt|betaalt|compenseert|financiert|bijdraagt)\b|\bzonder\s+(extra|voldoende|passende|aanvullende|structurele)\s+(geld|middelen|financiering|compensatie|vergoeding|budget)\b/u },
  // "Er is nauwelijks zicht op de effecten", "Het ontbreekt aan een landelijke visie".
  { rule: 'problem-scarce', strength: 2, hints: ['nauwelijks', 'amper', 'ontbre'], pattern: /\b(nauwelijks|amper)\s+(\S+\s+)?(zicht|grip|geld|middelen|ruimte|plek|plekken|plaatsen|personeel|tijd|aandacht|hulp|zorg|woningen|mogelijkheden|perspectief)\b|\bontbre(ekt|ken|kt)\s+(het\s+)?(?!(niets|nergens)\b)(\S+\s+){0,2}?aan\b/u },
  // "niet kostendekkend", "een onmogelijke opgave", "niet ingericht op", "versnipperd", "niet op orde",
  // "De indexatie dekt de loonstijging niet".
  { rule: 'problem-inadequate', strength: 2, hints: ['kostendekkend', 'onmogelijk', 'ingericht', 'toegerust', 'berekend', 'toegesneden', 'versnipper', 'op orde', 'dekt', 'dekken', 'toegankelijk', 'beschikbaar', 'bereikbaar'], pattern: /\b(niet|onvoldoende|slecht|nauwelijks)\s+(meer\s+)?(toegankelijk|beschikbaar|bereikbaar)\b|\bon(toegankelijk|bereikbaar)\p{L}*|\b(dekt|dekken)\b[^.;]{0,60}\bniet\b(?!\s+alleen\b)|\bniet\s+(kostendekkend|op\s+orde)\b|\bonmogelijke?\s+(opgave|taak|situatie|keuze|keuzes|positie)\b|\bniet\s+(ingericht|toegerust|berekend|toegesneden)\s+(op|voor)\b|\bversnipper\p{L}*/u },
  // "Ravijnjaar": the year the municipal fund drops off a cliff.
  // "tussen wal en schip", "niet iedereen kan meekomen", "zitten klem", "werkt niet", "raken hun huis kwijt".
  { rule: 'problem-left-out', strength: 2, hints: ['wal', 'iedereen', 'klem', 'werkt', 'werken', 'kwijt', 'langer', 'onacceptabel', 'onaanvaardbaar', 'onverantwoord', 'onbegrijpelijk', 'gevaar', 'gedrang', 'spel', 'schrijnend', 'zorgwekkend', 'onhoudbaar'], pattern: /\btussen\s+wal\s+en\s+schip\b|\bniet\s+iedereen\s+(kan|heeft|krijgt)\b|\b(zit|zitten)\s+(\S+\s+)?klem\b|\b(werkt|werken)\s+niet\b(?!\s+mee\b)|\b(raakt|raken)\s+(\S+\s+){0,2}kwijt\b|\bkan\s+het\s+niet\s+langer\b|\bonacceptabel\b|\bonaanvaardbaar\b|\bonverantwoord\b|\bonbegrijpelijk\b|\bin\s+(groot\s+)?gevaar\b|\bin\s+het\s+gedrang\b|\bop\s+het\s+spel\b|\bschrijnend\p{L}*|\bzorgwekkend\p{L}*|\bonhoudbaar\b/u },
  { rule: 'problem-cuts', strength: 2, hints: ['krimp', 'bezuinig', 'gekort', 'korting', 'ravijn', 'geschrapt', 'daalt', 'dalen', 'gedaald', 'dalende', ' mis'], pattern: /\bkrimp(t|en)\b|\b(weg)?bezuinig(ing|ingen|en|t|d)\b|\bgekort\b|\bkorting\b|ravijn\p{L}*|\bgeschrapt\b|\b(lopen|loopt|liepen|liep)\s+(\S+\s+){0,4}?(miljoen|miljard|euro|inkomsten|middelen)\s+mis\b|\b(daalt|dalen|gedaald|dalende)\b[^.;]{0,30}\b(uitkering|budget|budgetten|middelen|inkomsten|gemeentefonds|bijdrage)\b|\b(uitkering|budget|budgetten|middelen|inkomsten|gemeentefonds)\b[^.;]{0,40}\b(daalt|dalen|gedaald)\b/u },
  // "Veel van hen wonen noodgedwongen nog bij hun ouders".
  // In the past tense the subject and its adverbs may stand between ("In 2024 moesten SEH's gemiddeld
  // 14 uur per week patiënten doorverwijzen"): what had to be done is no demand.
  { rule: 'problem-forced', strength: 2, hints: ['moet', 'moest', 'noodgedwongen', 'genoodzaakt'], pattern: new RegExp(`${forcedHarm.source}|\\b(moesten|moest)\\s+((?!(niet|geen|dat|om|te|zodat)\\b)\\S+\\s+){0,8}?(${forcedVerbs})\\b|\\bnoodgedwongen\\b|\\bgenoodzaakt\\b`, 'u') },
  // "houdt de vergunningverlening op slot", "Het elektriciteitsnet zit vol, waardoor …".
  { rule: 'problem-blocked', strength: 2, hints: ['slot', 'vol', 'stagn', 'stil', 'grond', 'stok', 'haper'], pattern: /\bop\s+slot\b|\bstok(t|ken|te|ten)\b|\bhaper(t|en|de|den)\b|\bstagne(ert|ren|erde|erden|ring)\b|\b(ligt|liggen|lag|lagen|komt|komen|valt|vallen)\s+(\S+\s+){0,3}?stil\b|\bkomt\s+niet\s+van\s+de\s+grond\b|\b(over)?vol\b(?=\s*[,.;:]|\s+(en|waardoor|zodat)\b)/u },
  { rule: 'problem-strain', strength: 2, hints: ['overvraagd', 'overbevraagd', 'overbelast', 'belast', 'uitgeput', 'geïsoleerd', 'vereenzam', 'opgebrand', 'overspoeld', 'eenzaam'], pattern: /\boverspoeld\b|\beenzaam\p{L}*|\bover(be)?vraagd\b|\boverbelast\p{L}*|\bzwaar\s+belast\p{L}*|\buitgeput\b|\bgeïsoleerd\b|\bvereenzam\p{L}*|\bopgebrand\b/u },
  // "de wet pakt hard uit", "onbedoelde gevolgen".
  { rule: 'problem-harsh', strength: 2, hints: ['pakt', 'pakken', 'uitwerk', 'onbedoeld', 'onrechtvaardig', 'onredelijk', 'streng', 'strikt', 'star', 'rigide'], pattern: /\b(hard|slecht|verkeerd|nadelig)\s+(uit\s+)?(pakt|pakken|uitpakt|uitpakken|uitwerkt|uitwerken)\b|\bonbedoeld\p{L}*|\bonrechtvaardig\p{L}*|\bonredelijk\p{L}*|\b(zo|te|veel\s+te)\s+(streng|strikt|star|rigide)\b/u },
  { rule: 'problem-distrust', strength: 2, hints: ['vertrouwen'], pattern: /\bwantrouwen\b|\bvertrouwen\b[^.;]{0,60}\b(daalt|dalen|gedaald|afgenomen|neemt\s+(\S+\s+)?af|verdwijnt|verdwenen|is\s+laag)\b/u },
  { rule: 'problem-crisis', strength: 2, hints: ['crisis', 'crises', 'infarct', 'pandemie'], pattern: /(crisis|crises|infarct|pandemie)\b/u },
  { rule: 'problem-pressure', strength: 2, hints: ['druk'], pattern: /\b(werkdruk|regeldruk)\b|\bonder\s+(\p{L}+\s+){0,2}druk\b|\btoenemende\s+druk\b|\bdruk\s+op\b|\bprestatiedruk\b/u },
  { rule: 'problem-powerless', strength: 2, hints: ['onmacht', 'handelingsverlegen'], pattern: /\bonmacht\b|\bhandelingsverlegen/u },
  { rule: 'problem-waiting', strength: 2, hints: ['wacht'], pattern: /\bwachtlijst(en)?\b|\bwachttijd(en)?\b|\bwacht(en|t)\b[^.;]{0,40}\bop\s+(hulp|zorg|ondersteuning|behandeling|(een\s+)?(\p{L}+\s+)?(woning|woonplek|plek|plaats|opvangplek|behandeling|huis))\b/u },
  { rule: 'problem-harmful-state', strength: 2, hints: ['onbetaalba', 'onbetrouwba', 'onveilig', 'overlast', 'onoverzichtelijk', 'bureaucratisch', 'onuitvoerbaar', 'topzwaar', 'gefragmenteerd', 'knelpunt', 'nijpend', 'faillie', 'faillissement', 'niet goed', 'onvoorspelba', 'onduidelijk', 'tegenstrijdig', 'groot probleem', 'groter probleem', 'groeiend probleem', 'ernstig probleem', 'urgent probleem', 'hardnekkig probleem', 'toenemend probleem', 'maatschappelijk probleem', 'achterstallig', 'schimmel'], pattern: /(?<!\bgeen\s)\b(groot|groter|groeiend|ernstig|urgent|hardnekkig|toenemend|maatschappelijk)\s+probleem\b|\bachterstallig\s+onderhoud\b|\bschimmel\p{L}*|\bonvoorspelba\p{L}*|\bonduidelijk\p{L}*|\btegenstrijdig\p{L}*|\bknelpunt(en)?\b|\bnijpend\p{L}*|\bfailliet\b|\bfaillissement\p{L}*|\bgaat\s+(het\s+)?niet\s+goed\b|\bonbetaalba\p{L}*|\bonbetrouwba\p{L}*|\bonveilig\p{L}*|\boverlast\b|\bonoverzichtelijk\p{L}*|\bbureaucratisch\p{L}*|\bonuitvoerbaar\b|\btopzwaar\b|\bgefragmenteerd\b/u },
  { rule: 'problem-worsening', strength: 2, hints: ['neemt', 'nemen', 'verslechter', 'verergering', 'achteruit', 'geleid', 'opgelopen'], pattern: /\b(neemt|nemen)\s+((hierdoor|daardoor|verder|sterk|snel|steeds|ook|al|flink|jaarlijks)\s+)?af\b|\bverslechter\p{L}*|\bverergering\b|\bachteruit\b|\bniet\s+geleid\s+tot\b|\bschade\s+opgelopen\b/u },
  { rule: 'problem-rising-cost', strength: 2, hints: ['groter deel', 'hoger deel', 'groter aandeel', 'hoger aandeel', 'kosten', 'duurder', 'weggegooid', 'onbetaalbaar', 'gestegen', 'stijg', 'steeg', 'stegen', 'huren', 'lasten', 'uitgaven', 'verdubbel', 'verdrievoudigd', 'prijzen', 'tarieven'], pattern: /\bsteeds\s+(groter|hoger)\s+(deel|aandeel)\s+van\s+(hun|het|zijn|haar)\s+(\p{L}+\s+)?inkomen\b|\bstijg(en|t)\s+(\S+\s+){0,2}?(de\s+)?(kosten|huren|prijzen|lasten|uitgaven|tekorten)\b|kosten\b.{0,60}\b(stijgen|hoog)\b|(kosten|rekening(en)?|prijzen|prijs|huren|lasten|tarieven|uitgaven|tekorten)\b[^.;]{0,60}\b(gestegen|stijgen|stijgt|steeg|stegen|verdubbeld|verdubbelen|verdubbelt|verdrievoudigd)\b|\bduurder\b|\bweggegooid\s+geld\b|\bonbetaalbaar\b|\b(gestegen|stijgende|hoge|hogere)\s+(\p{L}*kosten|\p{L}*prijzen|huren|lasten|\p{L}*tarieven)\b/u },
  { rule: 'problem-growth', strength: 1, hints: ['toenem', 'toename', 'toegenomen', 'stijg', 'steeg', 'stegen', 'gestegen', 'groei', 'neemt', 'nemen', 'nam ', 'namen ', 'verdubbeld', 'oplop', 'opgelopen', 'loopt', 'lopen', 'liep', 'record'], pattern: /\b(opgelopen|oplopen(de)?|(loopt|lopen|liep|liepen)\s+((verder|snel|flink|hoog)\s+)?op)\b(?!\s+(straat|de|het|een)\b)|\b(toenemend(e)?|toename|toegenomen|verdubbeld|stijgend(e)?|stijgen|stijgt|steeg|stegen|gestegen|groeiend(e)?|groeit(?!\s+op\b)|(neemt|nemen|nam|namen)\s+(weer\s+|verder\s+|sterk\s+|snel\s+|fors\s+|flink\s+|met\s+\S+(\s+procent)?\s+)?toe|recordhoog|recordhoogte|recordniveau)\b/u },
  // Growth counts double when what grows is harm: "Het aantal jongeren met psychische klachten is gestegen".
  { rule: 'problem-growing-harm', strength: 1, hints: ['zetting', 'ontruiming', 'faillissement', 'achterstand', 'lasten', 'regeldruk', 'bureaucratie', 'verantwoording', 'klachten', 'problemen', 'schulden', 'dakl', 'armoede', 'tekort', 'uitval', 'verzuim', 'eenzaamheid', 'geweld', 'overlast', 'criminaliteit', 'wachtenden', 'woningzoekenden', 'schuldhulp', 'meldingen'], pattern: /(klachten|woningzoekenden|problemen|schulden|schuldhulp\p{L}*|(uit)?huis(uit)?zetting\p{L}*|ontruiming\p{L}*|faillissement\p{L}*|betalingsachterstand\p{L}*|administratieve\s+lasten|regeldruk|bureaucratie|verantwoordingslast\p{L}*|daklozen|dakloosheid|armoede|tekort\p{L}*|uitval|verzuim|eenzaamheid|geweld|overlast|criminaliteit|wachtenden|meldingen)\b[^.;]{0,80}\b(gestegen|toegenomen|verdubbeld|verdrievoudigd|stijgt|stijgen|steeg|stegen|groeit|groeien|groeide|groeiden|(neemt|nemen|nam|namen)\s+(\S+\s+){0,3}?toe|recordhoog|(op\s+)?recordhoogte|op\s+recordniveau)\b/u },
  { rule: 'problem-ever-more', strength: 1, hints: ['steeds'], pattern: /\bsteeds\s+(meer|vaker|grotere|minder)\b/u },
  { rule: 'problem-no-longer', strength: 1, hints: ['niet'], pattern: /\bniet\s+meer\b|\bnog\s+(lang\s+)?niet\b/u },
  // "Meedoen is niet voor iedereen vanzelfsprekend", "Een betaalbare woning is niet langer vanzelfsprekend".
  { rule: 'problem-not-given', strength: 2, hints: ['vanzelfsprekend'], pattern: /\bniet\s+(meer\s+|langer\s+|(voor\s+)?iedereen\s+)?vanzelfsprekend\b/u },
  { rule: 'problem-cannot', strength: 2, hints: ['krijgen geen', 'krijgt geen', 'niet', 'mijd', 'meden'], pattern: /\b(mijdt|mijden|meden)\s+(\S+\s+)?zorg\b|\bzorg\s+(mijdt|mijden|meden)\b|\bzorgmij\p{L}*|\b(krijgen|krijgt)\s+(de\s+|het\s+)?(hulp|zorg|ondersteuning|steun|behandeling|plek|woning)\s+niet\b|\b(krijgen|krijgt)\s+(geen|niet\s+de)\s+(hulp|zorg|ondersteuning|behandeling)\b|(?<!\b(wij|we|ik)\s)\b(weten|weet)\s+niet\s+(waar|hoe|wat|bij\s+wie)\b|\bniet\s+rond\s+(kunnen\s+)?komen\b|\bniet\s+naar\s+behoren\b|\b(kunnen|kan)\b.{0,60}\bniet\b.{0,30}\b(uitvoeren|voorzien|oplossen|bieden|bekostigen|betalen|dragen|opbrengen|halen|vinden|investeren|bouwen|leveren|garanderen|volhouden|inlopen|wegwerken|bereiken|meedoen|rondkomen|afmaken|volgen)\b|\bniet\s+(haalbaar|uitvoerbaar|realistisch|werkbaar)\b|\bniet\s+(meer\s+)?(op\s+te\s+brengen|te\s+betalen|te\s+dragen)\b|\bweg\b[^.;]{0,30}\bniet\s+(te\s+)?vinden\b|\bniet\s+in\s+staat\b|\bwaarin\s+we\s+niet\b|\bwaardoor\b[^.;]{0,60}\b(niet|geen)\s+(meer\s+)?(kunnen|kan)\b|\bwaardoor\b[^.;]{0,60}\b(kunnen|kan)\b[^.;]{0,30}\bniet\b(?!\s+(meer\s+)?(afhankelijk|nodig)\b)/u },
  { rule: 'problem-lack', strength: 2, hints: ['gebrek', 'onvoldoende', 'toereikend', 'niet voldoende', 'niet genoeg', 'te ', '(te)', 'betaalbare', 'verder', 'missen', 'mist', 'geen ', 'maar niet', 'minder'], pattern: /\bgebrek\s+aan\b|\b(wij|we)\s+missen\b|\bmis(sen|t)\s+(\S+\s+){0,2}?(middelen|geld|capaciteit|personeel|budget|financiering|instrumenten|bevoegdheden|perspectief)\b|\bonvoldoende\b|\bontoereikend\b|\bniet\s+(toereikend|voldoende|genoeg)\b|(?<!\b(?:niet|nooit)\s)\(?\bte\)?\s+(weinig|beperkte?|complex|ingewikkeld|laag|hoog|vaak|veel|duur|groot|klein|lang|zwaar|traag|krap|laat)\b|\bgeen\s+(passende?|structurele|betaalbare|personeel|plek|plaats|woning|geld|middelen|capaciteit|instrumenten|grip|zicht|buffer|financiële\s+buffer|reserves|vangnet|perspectief|toegang)\b|\bverder\s+weg\s+dan\b|\bmaar\s+niet\s+(het|de)\s+(geld|middelen|budget|financiering)\b|\b(daardoor|hierdoor|steeds|nog)\s+minder\s+(ruimte|geld|middelen|capaciteit|tijd)\b/u },
  { rule: 'problem-only', strength: 2, hints: ['slechts'], pattern: /\bslechts\b/u },
  { rule: 'problem-falls-short', strength: 2, hints: ['minder', 'blijft', 'achter', 'lang', 'verre', 'onhaalbaar'], pattern: /\b(blijft|blijven|bleef|bleven)\s+(\S+\s+){0,3}?achter\b(?!\s+(de|het|dit|deze|dat|die|onze|ons|hun|zijn|haar|uw)\b)|\bminder\b[^.;]{0,40}\bdan\s+(afgesproken|nodig|beloofd|gepland|verwacht|noodzakelijk)\b|\bonhaalbaar\b|\bminder\s+dan\s+(een|de|\d)|\bblijft\b.{0,40}\bonder\s+de\b|\bachterblijven\b|\bnog\s+lang\s+niet\b|\bverre\s+van\b/u },
  { rule: 'problem-unequal', strength: 2, hints: ['onevenredig', 'onevenwichtig', 'ongelijkheid', 'onderkant', 'kloof', 'verschil', 'postcode', 'willekeur'], pattern: /\bverschil(t|len)\s+((sterk|enorm|fors|flink|nogal|erg)\s+)?per\s+(gemeente|regio|provincie|woonplaats|wijk|zorgkantoor|zorgverzekeraar|verzekeraar)\b|verschillen\b[^.;]{0,40}\b(zijn|blijven|worden)\s+(\S+\s+)?(groot|groter|fors|enorm|hardnekkig)\b|verschillen\b[^.;]{0,40}\b(zo|te|erg|steeds)\s+(groot|groter)\s+(zijn|is)\s+geworden\b|\bpostcodeloterij\b|\bwillekeur\p{L}*|\bonevenredig\p{L}*|\bonevenwichtig\p{L}*|ongelijkheid\b|\bonderkant\b|\bkloof\s+tussen\b/u },
  { rule: 'problem-struggle', strength: 2, hints: ['moeite'], pattern: /\b(heeft|hebben)\s+(\S+\s+){0,2}moeite\s+(om|met)\b/u },
  { rule: 'problem-trouble', strength: 2, hints: ['kampen', 'kampt', 'gestapelde', 'stapeling', 'stapel', 'meervoud', 'knel', 'maken', 'problemen', 'armoede', 'schulden', 'psychische', 'mentale'], pattern: /\b(kampen|kampt|kampten)\s+met\b|\bgestapelde\s+problemen\b|\b(stapelen|stapelt)\s+(zich\s+)?op\b|\bopstapel\p{L}*|\bstapeling\s+van\b|\bmeervoud\s+aan\s+problemen\b|\bin\s+de\s+(knel|problemen|schulden)\b|\bte\s+maken\s+met\s+\S*\s*problem|\b(leeft|leven|woont|wonen|groeit|groeien)(\s+op)?\s+in\s+(armoede|schulden)\b|\bonder\s+de\s+armoedegrens\b|\b(psychische|mentale)\s+(klachten|problemen|nood)\b/u },
  // "Huurders hebben het zwaar", "betalingsachterstanden", "huisuitzettingen", staff who leave or earn less.
  { rule: 'problem-hardship', strength: 2, hints: ['zwaar', 'moeilijk', 'achterstand', 'uitzetting', 'overweg', 'stop', 'vertrek', 'vertrok', 'uitstroom', 'verdien', 'verlat', 'verlaat', 'verliet', 'afhak', 'haken', 'steeds moeilijker', 'steeds lastiger', 'steeds zwaarder', 'steeds slechter'], pattern: /\b(hebben|heeft)\s+het\s+(\S+\s+)?(zwaar|moeilijk)\b|\b(hebben|heeft)\s+(een\s+)?\p{L}*achterstand(en)?\b|\b(lopen|loopt|liepen|liep)\s+(\S+\s+)?\p{L}*achterstand(en)?\s+op\b|\b(huis)?uitzetting(en)?\b|\b(overweegt|overwegen)\s+(\S+\s+){0,3}?te\s+(stoppen|vertrekken|verlaten)\b|\buitstroom\b|\bverdien(en|t)\s+(\S+\s+){0,3}?minder\b|\b(medewerkers|zorgmedewerkers|personeel|professionals|leraren|docenten|verpleegkundigen|huisartsen|vrijwilligers)\b[^.;]{0,30}\b((vertrekt|vertrekken|vertrok|vertrokken)\b|(stopt|stoppen|stopte|stopten)\s+(ermee|met\s+(hun|het)\s+(werk|vak|beroep))\b)|\bsteeds\s+(moeilijker|lastiger|zwaarder|slechter)\b|\b(verlaten|verlaat|verliet|verlieten)\s+(\S+\s+){0,3}(de\s+sector|de\s+zorg|het\s+vak|het\s+onderwijs|het\s+beroep)\b|\b(de\s+sector|de\s+zorg|het\s+vak|het\s+onderwijs|het\s+beroep)\s+(verlaten|verlaat|verliet|verlieten)\b|\bafhak(en|t)\b|\bhaken\s+(\S+\s+)?af\b/u },
  // "leidt tot meer bureaucratie", "sluit niet aan bij de praktijk", "Er ontbreekt een overgangsregeling".
  { rule: 'problem-consequence', strength: 2, hints: ['leidt', 'leiden', 'leidde', 'geleid', 'zorgt voor', 'zorgen voor', 'aansl', 'sluit', 'ontbre'], pattern: /\b(leidt|leiden|leidde|leidden|geleid|zorgt|zorgen)\s+((?!niet\b)\S+\s+){0,2}?(tot|voor)\s+(een\s+(forse|sterke|flinke|explosieve)\s+(stijging|toename)\b|((meer|hogere|extra|grote|lange|langere|onnodige)\s+)?(bureaucratie|regeldruk|kosten|wachtlijsten|wachttijden|problemen|schulden|onzekerheid|uitval|tekorten|onrust|vertraging|administratieve\s+lasten)\b)|\bsluit(en)?\s+(\S+\s+)?niet\s+aan\b|\bniet\s+aansluit\p{L}*|(?<!\bhet\s)\bontbre(ekt|ken|kt)\b(?!\s+(niets|nergens)\b)|\bontbrekende?\b/u },
  // People who end up in the shelter, in debt, in poverty.
  { rule: 'problem-ending-up', strength: 2, hints: ['beland'], pattern: /\bbeland(en|t)\b[^.;]{0,50}(opvang|\barmoede|\bschulden|\bschuldhulp\p{L}*|\bproblemen|\bdakloosheid|\bcrisis)\b|(opvang|\barmoede|\bschulden|\bproblemen|\bdakloosheid)\b[^.;]{0,20}\bbeland(en|t)\b/u },
  // The genre's idioms for a system at its limit.
  { rule: 'problem-idiom', strength: 2, hints: ['dweilen', 'twaalf', 'rek', 'grens', 'grenzen', 'lippen', 'kraakt', 'piept', 'omvallen', 'aan tegen', 'boot'], pattern: /\bdweilen\s+met\s+de\s+kraan\s+open\b|\b(loopt|lopen|liep|liepen)\s+(\S+\s+){0,3}?aan\s+tegen\b|\bgrenzen\s+van\s+(hun|onze|ons|het)\s+(mogelijkheden|kunnen|capaciteit)\b|\bvijf\s+voor\s+twaalf\b|\brek\s+is\s+(er\s*)?uit\b|\bgrens\s+is\s+(bereikt|overschreden)\b|\bwater\s+(staat\s+)?(\S+\s+){0,2}aan\s+de\s+lippen\b|\bpiept\s+en\s+kraakt\b|\bbuiten\s+de\s+boot\b|\bkraakt\s+in\s+(zijn|haar)\s+voegen\b|\bop\s+omvallen\b/u },
  // "Het aantal huishoudens met problematische schulden ligt hier twee keer zo hoog als landelijk".
  { rule: 'problem-above-average', strength: 1, hints: ['keer zo', 'gemiddelde'], pattern: /\b(twee|drie|vier|\d+)\s+keer\s+zo\s+(hoog|groot|veel|vaak)\b|\bboven\s+het\s+(landelijk\s+)?gemiddelde\b/u },
  { rule: 'problem-vulnerable', strength: 1, hints: ['kwetsbare'], pattern: /\bkwetsbare\s+(positie|situatie)s?\b/u },
  // Compounds count too: "bestaansonzekerheid", "prijsstijgingen".
  { rule: 'problem-words', strength: 1, hints: ['dreig', 'problem', 'armoede', 'schulden', 'stress', 'vergrijzing', 'uitdaging', 'krapte', 'schaarste', 'schaarse', 'lastig', 'complex', 'ingewikkeld', 'onzekerheid', 'risico', 'prijsstijging', 'geweld', 'mishandeling', 'dak', 'thuislo', 'achterstand'], pattern: /achterstand(en)?\b|\bdreig(t|en|end|ende)\b|\bdakloosheid\b|\bdak-\s+en\s+thuislozen\b|\bdaklozen\b|\bthuislozen\b|\bproblem(en|atiek)\b|\barmoede\b|\bschulden\b|\bstress\b|\bvergrijzing\b|\buitdaging\b|\bkrapte\b|\bschaarste\b|\bschaarse\b|\blastig\b|\bcomplex\p{L}*\b|\bingewikkeld\b|onzekerheid\b|\brisico\b|prijsstijging(en)?\b|\bhuiselijk\s+geweld\b|mishandeling\b/u },
  { rule: 'problem-regret', strength: 2, hints: ['knel', 'helaas', 'stuklopen', 'vastlopen', 'vastzitten', 'vast', 'weg', 'tegenaan', 'tegenwerk'], pattern: /\bknel(t|len|de|den)\b|\bhelaas\b|\bstuklopen\b|\bvastlopen\b|\bvastgelopen\b|\bvastgeraakt\b|\b(loopt|lopen|liep|liepen)\s+vast\b|\bvastzitten\b|\bin\s+de\s+weg\b|\btegenaan\b|\btegenwerk(t|en|end|ende)\b/u },
  { rule: 'problem-needless', strength: 2, hints: ['onnodig', 'eindeloze', 'straat'], pattern: /\bonnodig\b|\beindeloze\b|\bop\s+straat\b/u },
  // "De huidige subsidie loopt eind 2025 af", "De subsidie voor buurthuizen stopt per 1 januari": funding that ends.
  { rule: 'problem-temporary', strength: 2, hints: ['tijdelijk', 'incidentele', 'pilotvorm', 'loopt', 'lopen', 'liep', 'stopt', 'stoppen', 'eindigt', 'eindigen', 'vervalt', 'vervallen'], pattern: /\btijdelijke\s+middelen\b|\bincidentele\s+middelen\b|\bpilotvorm\b|\bslechts\s+tijdelijk\b|\b(subsidie|subsidies|subsidieregeling|financiering|middelen|regeling|impulsgelden|gelden|bijdrage|budget)(\s+(voor|van)\s+(de\s+|het\s+)?\S+)?\s+((loopt|lopen|liep|liepen)\s+(\S+\s+){0,3}?af|(stopt|stoppen|eindigt|eindigen|vervalt|vervallen))\b/u },
  { rule: 'problem-exclusion', strength: 2, hints: ['weg bij', 'weg van', 'weg uit', 'gesloten', 'discriminatie', 'racisme', 'schadelijk', 'maken', 'sluit', 'ontn'], pattern: /\b(houdt|houden)\s+(veel\s+|de\s+)?(mensen|inwoners|cliënten|patiënten|gezinnen|jongeren|ouderen|huurders|hen)\s+weg\s+(bij|van|uit)\b|\b(buiten|uit)gesloten\b|\bdiscriminatie\b|\bracisme\b|\bschadelijk\b|\bziek\s+maken\b|\bsluit(en)?\s+(mensen|inwoners|hen|groepen|jongeren|kinderen|gezinnen)\s+uit\b|\bontn(e|o)m\p{L}*\b[^.;]{0,40}\bkansen\b/u },
  { rule: 'problem-burden', strength: 1, hints: ['tijdrovend', 'dien'], pattern: /\btijdrovend\b|\b(effecten|gevolgen)\s+van\s+dien\b/u },
  { rule: 'problem-hit', strength: 1, hints: ['geraakt'], pattern: /\bhard\s+geraakt\b|\bgeraakt\b/u },
];

/** Context that turns problem words into a goal or a commitment ("schulden verminderen"). */
export const problemDampers: Cue[] = [
  // "het schrappen van de korting", "een norm voor wachttijden": undoing a cut, a norm against waiting.
  { rule: 'remedy-undo', strength: -2, hints: ['schrappen van', 'terugdraaien van', 'beëindigen van', 'norm voor', 'normen voor', 'norm op', 'norm van', 'maximum', 'maximale'], pattern: /\b(schrappen|terugdraaien|beëindigen)\s+van\s+(de|het)\s+(\p{L}+\s+)?(bezuiniging|korting|opschalingskorting)|\b(norm|normen|maximum|maximale|streefnorm)\s+(voor|van|op)\s+(de\s+)?(wachttijd|wachtlijst)\p{L}*/u },
  // Not "problemen die eerder voorkomen hadden kunnen worden": what could have been prevented was not.
  { rule: 'remedy-goal', strength: -2, hints: ['verkort', 'verminder', 'voorkom', 'tegengaan', 'tegen te gaan', 'tegen.', 'tegen,', 'tegen;', 'terugdring', 'terug te dringen', 'bestrijd', 'verklein', 'wegnem', 'weg te nemen', 'beteugel', 'verlaag', 'doorbre', 'vermijd', 'kleiner', 'schrappen', 'terug te draaien', 'terugdraai', 'ongedaan', 'boven', 'wegwerken', 'weg te werken', 'inlopen', 'in te lopen'], pattern: /\b(gaan|gaat)\s+(\S+\s+){1,3}?tegen\s*[.,;]|\b(verminder|voorkom|tegengaan|tegen\s+te\s+gaan|terugdring|terug\s+te\s+dringen|bestrijd|verklein|wegnem|weg\s+te\s+nemen|beteugel|verlaag|doorbre|vermijd|verkort)\p{L}*(?!\p{L})(?!\s+(hadden|had)\s+kunnen\b)|\bkleiner\s+(worden|wordt|werden|maken)\b|(?<!\bniet\s)\bte\s+boven\s+(te\s+)?komen\b|(?<!\bniet\s)\b(wegwerken|weg\s+te\s+werken|inlopen|in\s+te\s+lopen)\b|\b(bezuiniging|bezuinigingen|korting|kortingen|opschalingskorting)\b[^.;]{0,60}\b(te\s+schrappen|schrappen|terug\s+te\s+draaien|terugdraaien|ongedaan\s+(te\s+)?maken)\b/u },
  // "de weg van een overbelast zorgsysteem naar een gezond systeem": where to go from, a goal.
  { rule: 'transition-goal', strength: -2, hints: ['naar '], pattern: /\bvan\s+(een|het|de)\s+(\p{L}+\s+){1,3}?naar\s+(een|het|de)\s/u },
  // "De wachtlijsten zijn gehalveerd": a problem that is getting smaller is good news.
  // Also "De wachtlijsten worden korter", "zijn teruggelopen", "Het tekort is verdwenen"; not "worden niet korter".
  { rule: 'improvement', strength: -2, hints: ['gehalveerd', 'gedaald', 'afgenomen', 'verminderd', 'verkort', 'ingelopen', 'weggewerkt', 'opgelost', 'korter', 'teruggelopen', 'teruglopen', 'verdwenen', 'verdwijn'], pattern: /(wachtlijst\p{L}*|wachttijd\p{L}*|tekort\p{L}*|achterstand\p{L}*|kosten|schulden|armoede|dakloosheid)\b[^.;]{0,60}(?<!\bniet\s)\b(gehalveerd|gedaald|afgenomen|verminderd|verkort|ingelopen|weggewerkt|opgelost|korter|teruggelopen|teruglopen|verdwenen|verdwijnen|verdwijnt)\b/u },
  // "We kunnen niet alles oplossen": the senders conceding limits, not a state of affairs.
  { rule: 'concession', strength: -2, hints: ['niet alles'], pattern: /\bniet\s+alles\b/u },
  // Also with the verb before its subject, as Dutch puts it after a fronted word or object
  // ("Ook ondersteunen we inwoners …", "Inwoners die … zitten ondersteunen we met …"). "Wij maken
  // ons zorgen" is a concern, not something the senders do; "Wij willen u meegeven dat …" reports.
  { rule: 'own-action', strength: -2, hints: ['we', 'wij', 'gemeenten'], pattern: /^(?!(we|wij|gemeenten)\s+maken\s+(ons|zich)\s+(\S+\s+)?zorgen\b)(?!(we|wij)\s+(willen\s+)?(u\s+)?(graag\s+)?(meegeven|melden|benadrukken|onderstrepen|opmerken|signaleren|constateren)\b)(we|wij|gemeenten|als\s+\p{L}+\s+(doen|willen)\s+we)\b.{0,40}(?<!\bte\s)\b(investeren|werken|bieden|ondersteunen|zorgen|stimuleren|helpen|versterken|doen|willen|zetten|maken|geven)\b|^(we|wij)\b(?![^.;]*\bniet\b).{0,40}\b(lossen|oplossen|pakken|aanpakken)\b|\b(investeren|bieden|ondersteunen|stimuleren|helpen|versterken)\s+(we|wij)\b/u },
  // "“De grens is bereikt”, dat schreef de G4 in 2019": a quotation of an earlier letter, reported.
  { rule: 'quoted', strength: -2, hints: ['schreef', 'schreven', 'zei', 'stelde'], pattern: /[”"],?\s+(dat|zo)\s+(schreef|schreven|zei|zeiden|stelde|stelden)\b/u },
  // "De commissie heeft een rapport uitgebracht over de druk op de zorg": a report described, not a problem stated.
  { rule: 'report-about', strength: -2, hints: ['uitgebracht', 'gepubliceerd', 'opgesteld', 'geschreven', 'publiceerde', 'schreef', 'schreven'], pattern: /\b(rapport|onderzoek|advies|brief|notitie|verkenning|analyse|monitor)\s+(uitgebracht|gepubliceerd|opgesteld|geschreven)\s+(over|naar)\b|\b(publiceerde|publiceerden|schreef|schreven)\s+(\S+\s+){0,3}?(rapport|onderzoek|advies|brief|notitie|verkenning|analyse)\s+(over|naar)\b/u },
  // "Er is geen sprake van een tekort", "Dit leidt niet tot hogere kosten", "We kampen niet met tekorten": denied.
  { rule: 'denied', strength: -2, hints: ['geen sprake', 'niet tot', 'niet met'], pattern: /\bgeen\s+sprake\s+(meer\s+)?van\b|\b(leidt|leiden|leidde|leidden|zal|zullen)\s+(\S+\s+)?niet\s+(leiden\s+)?tot\b|\b(kampen|kampt)\s+(\S+\s+)?niet\s+met\b/u },
  // "Wanneer we niet voldoende middelen krijgen, …": a condition, not a state of affairs.
  { rule: 'hypothetical', strength: -1, hints: ['wanneer', 'indien', 'mocht'], pattern: /^(wanneer|indien|mocht|mochten)\b/u },
  { rule: 'goal-clause', strength: -1, hints: ['daarmee', 'zo ', 'hiermee', 'om '], pattern: /^(daarmee|zo|hiermee)\s+(kunnen|kan)\b|^om\s+/u },
];
