import type { Claim, CodingReport } from '../schema.ts';

/** The coding part of the build report, for people: what the codebook missed and what might be a new code. */
export function codingSummary(report: CodingReport, claims: Claim[]): string {
  const asks = claims.filter((claim) => claim.type === 'ask').length;
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const lines = [`Recurring asks: ${asks - report.unassignedAsks.length} of ${asks} asks coded; ${report.unassignedAsks.length} not matched by any code.`];
  if (report.candidates.length) {
    lines.push('Candidate codes (similar uncoded asks in several letters):');
    for (const candidate of report.candidates) {
      lines.push(`  - ${candidate.terms.join(', ') || '(no shared terms)'}: ${candidate.claims.length} asks in ${candidate.letters.length} letters`);
      for (const id of candidate.claims.slice(0, 3)) lines.push(`      ${id}: ${byId.get(id)?.text.slice(0, 100) ?? ''}`);
    }
  }
  return lines.join('\n');
}
