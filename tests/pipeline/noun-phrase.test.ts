import { describe, expect, it } from 'vitest';
import { isBareNounPhrase } from '../../src/pipeline/claims/noun-phrase.ts';

describe('bare noun phrases', () => {
  it('finds a head without a finite verb, also before a clause that describes it', () => {
    expect(
      [
        'Structurele langjarige investeringen in gebiedsontwikkeling en nieuwbouw.',
        'Landelijke regie op aandachtsgroepenbeleid en interdepartementale afstemming hierover, om een stapeling te voorkomen.',
        'En maatregelen die overheid en schuldeisers verplicht om inwoners te helpen.',
        'Een fonds voor de wijk, met structurele middelen.',
        'Betere afspraken tussen gemeenten en zorgverzekeraars.',
      ].map((sentence) => isBareNounPhrase(sentence)),
    ).toEqual([true, true, true, true, true]);
  });

  it('knows a clause by its finite verb or subject, also after a relative clause', () => {
    expect(
      [
        'Gemeenten investeren in samenwerking tussen professionals.',
        'De wachtlijsten groeien.',
        'Het rijk investeert te weinig.',
        'Gemeenten zetten alles op alles.',
        'Gemeenten, rijk en inwoners staan op andere wijzen in verhouding tot elkaar.',
        'Inwoners die door schulden in de knel zitten ondersteunen we met schuldhulp.',
        'De uitvoerbaarheidstoets decentrale overheden (UDO) is een van de instrumenten.',
        'Verbinding.',
        'Welke maatregelen helpen?',
      ].map((sentence) => isBareNounPhrase(sentence)),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('looks for a verb in all of a sentence when asked to, a relative clause included', () => {
    const sentences = ['Duurzaam en samenhangend, met zo min mogelijk tijdelijke maatregelen.', 'Een systeem dat meer ruimte biedt voor maatwerk.', 'Mensen die hulp krijgen hebben te maken met schulden.'];
    expect(sentences.map((sentence) => isBareNounPhrase(sentence))).toEqual([true, true, true]);
    expect(sentences.map((sentence) => isBareNounPhrase(sentence, { wholeSentence: true }))).toEqual([true, false, false]);
  });
});
