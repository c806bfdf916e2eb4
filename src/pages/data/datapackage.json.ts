import type { APIRoute } from 'astro';
import type { Field } from '../../lib/data-fields.ts';
import { claimFields, letterFields } from '../../lib/data-fields.ts';
import { strings } from '../../lib/strings.ts';

const schema = <T,>(fields: Array<Field<T>>) => ({ fields: fields.map(({ name, type, description }) => ({ name, type, description })) });

/** Frictionless Data Package: what each file holds and what every column means. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: 'pleitkaart',
        title: 'Pleitkaart: vragen en problemen in beleidsbrieven',
        description: strings.tagline,
        language: 'nl',
        resources: [
          { name: 'claims', path: 'claims.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { ...schema(claimFields), primaryKey: ['id'], foreignKeys: [{ fields: ['document'], reference: { resource: 'brieven', fields: ['id'] } }] } },
          { name: 'brieven', path: 'brieven.csv', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', schema: { ...schema(letterFields), primaryKey: ['id'] } },
          { name: 'pleitkaart', path: 'pleitkaart.json', format: 'json', mediatype: 'application/json', description: 'De volledige dataset: documents[] (brieven met afzenders, ondertekenaars, geadresseerden, voetnoten en weggelaten paginakoppen) en claims[] (vragen en problemen met vindplaats, geadresseerde, voetnoten, onderbouwing en zekerheid). Het schema staat in src/pipeline/schema.ts.' },
        ],
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
