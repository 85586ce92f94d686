import type { Evidence } from './schema.js';

/** One list of evidence inside an entry, with the path of the fact that carries it (`posts[0].`, or '' for the entry). */
export interface EvidenceAt {
  /** The fact's path inside its entry, ending in '.' when not empty: prefix it to `evidence[i].quote`. */
  prefix: string;
  evidence: readonly Evidence[];
}

/**
 * Every fact inside one validated entry that carries `evidence`: the entry itself and each nested
 * fact (posts, delegations and their members, a group's members, a document's events…). Found by
 * walking the entry, so a new kind of fact is counted and quote-checked without a new branch here.
 */
export function findEvidence(entry: unknown, prefix = ''): EvidenceAt[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [];
  const found: EvidenceAt[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'evidence' && Array.isArray(value)) found.push({ prefix, evidence: value as Evidence[] });
    else if (Array.isArray(value))
      value.forEach((item, index) => found.push(...findEvidence(item, `${prefix}${key}[${index}].`)));
    else found.push(...findEvidence(value, `${prefix}${key}.`));
  }
  return found;
}
