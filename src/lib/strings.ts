/** Every interface string in one place (Dutch). */
export const strings = {
  siteName: 'Pleitkaart',
  tagline: 'Wat lobbybrieven aan Kamer, kabinet en formateur vragen, van wie en op welke gronden.',
  intro:
    'Pleitkaart leest Nederlandse beleidsbrieven van gemeentekoepels en maatschappelijke organisaties en zet hun vragen en probleemschetsen op een rij, elk met de bron in de brief. Zo ziet u welke vragen terugkeren, aan wie ze gericht zijn en waarop ze steunen.',
  skipToContent: 'Naar de inhoud',
  lettersHeading: 'Brieven',
  lettersCaption: 'Alle brieven met afzenders, datum en aantallen vragen en problemen',
  columns: { title: 'Brief', senders: 'Afzenders', date: 'Datum', asks: 'Vragen', problems: 'Problemen' },
  dateUnknown: 'onbekend',
  dateInferred: 'afgeleid',
  untitled: (source: string) => `Zonder titel (${source})`,
  datasetHeading: 'Dataset',
  datasetText: 'De volledige dataset (brieven, vragen, problemen, voetnoten, met bronregels) als JSON:',
  datasetLink: 'pleitkaart.json',
  totals: (letters: number, asks: number, problems: number) => `${letters} brieven, ${asks} vragen, ${problems} problemen.`,
} as const;
