import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Claim, CodingReport, DatasetDocument, LetterTextRecord, RecurringAskCode } from '../pipeline/schema.ts';
import type { Redirect } from './id-registry.ts';
import type { IdRegistry } from './id-registry.ts';
import { readRegistry, redirects, RegistryError } from './id-registry.ts';
import type { OrganisationSummary } from './organisations.ts';
import { organisations } from './organisations.ts';
import { paths } from './paths.ts';
import { groupBy } from './group-by.ts';
import { oldestFirst } from './listings.ts';

export { groupBy };

export interface SiteData {
  documents: DatasetDocument[];
  documentsById: Map<string, DatasetDocument>;
  claims: Claim[];
  claimsById: Map<string, Claim>;
  texts: Map<string, LetterTextRecord>;
  /** The codebook, in its order. */
  recurring: RecurringAskCode[];
  recurringById: Map<string, RecurringAskCode>;
  report: CodingReport;
  /** Indexes computed once, so pages stay cheap when there are thousands of claims. */
  claimsByDocument: Map<string, Claim[]>;
  /** Each recurring ask's claims, oldest letter first (undated last), in reading order within a letter. */
  claimsByRecurring: Map<string, Claim[]>;
  organisations: OrganisationSummary[];
  /** Old letter and claim URLs (from the id registry) and where they now lead. */
  redirects: { documents: Redirect[]; claims: Redirect[] };
}

let cached: Promise<SiteData> | undefined;

/**
 * Everything the pages need, read once per build from the content collections; under `astro dev`
 * once per call, as the collections change when a letter does.
 */
export function siteData(): Promise<SiteData> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const documents = (await getCollection('letters')).map((entry) => entry.data).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    const order = new Map(documents.map((document, index) => [document.id, index]));
    const claims = (await getCollection('claims'))
      .map((entry) => entry.data)
      // In the order the letter is read (a page in two columns: down the left column first), as the dataset lists them.
      .sort((a, b) => (order.get(a.document) ?? 0) - (order.get(b.document) ?? 0) || a.block.index - b.block.index || a.block.sentence - b.block.sentence || a.position.start.offset - b.position.start.offset);
    const texts = new Map((await getCollection('texts')).map((entry) => [entry.data.id, entry.data]));
    const recurring = (await getCollection('recurring')).map((entry) => entry.data);
    const report = (await getCollection('report'))[0]?.data ?? { unassignedAsks: [], candidates: [] };
    const registry = registryForBuild(process.env.PLEITKAART_ID_REGISTRY ?? 'content/published-ids.json');
    const documentsById = new Map(documents.map((document) => [document.id, document]));
    return {
      claimsByDocument: groupBy(claims, (claim) => claim.document),
      claimsByRecurring: (() => {
        const byCode = new Map<string, Claim[]>();
        for (const claim of claims) {
          for (const id of claim.recurringAsks) {
            const coded = byCode.get(id);
            if (coded) coded.push(claim);
            else byCode.set(id, [claim]);
          }
        }
        // Sorted here, once: every claim page shows the first few from other letters, and sorting
        // a code's claims on each of them made the build grow with the square of the claims.
        for (const coded of byCode.values()) coded.sort((a, b) => oldestFirst(documentsById.get(a.document)!, documentsById.get(b.document)!));
        return byCode;
      })(),
      organisations: organisations(documents, claims),
      redirects: redirects(registry, documents, claims, paths),
      recurring,
      recurringById: new Map(recurring.map((code) => [code.id, code])),
      report,
      documents,
      documentsById,
      claims,
      claimsById: new Map(claims.map((claim) => [claim.id, claim])),
      texts,
    };
  })();
  return cached;
}

/** The id registry, or a build error with its place and hint: without it, published URLs would break unnoticed. */
function registryForBuild(path: string): IdRegistry {
  try {
    return readRegistry(path);
  } catch (error) {
    if (error instanceof RegistryError) {
      const friendly = new AstroError(error.message, error.hint);
      // The message names the file, line and column; a stack trace into this module would only distract.
      friendly.stack = '';
      throw friendly;
    }
    throw error;
  }
}
