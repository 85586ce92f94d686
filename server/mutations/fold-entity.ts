import type { Collection, Evidence } from '../../seed/model/schema.js';
import { listReferences, parseEntry } from '../../seed/validate/validate-entry.js';
import { addEvidence, factIdentity, indexOfEvidence, stands } from './fact-identity.js';
import { rewriteReferences } from './rewrite-references.js';

type Body = Record<string, unknown>;

/** A fact of the merged entity and where it went in the kept one; `combined` when the kept one had it. */
export interface MergeMove {
  from: string;
  to: string;
  combined: boolean;
}

/** Something the merge cannot do as asked (`blocking`), or a choice it made that the editor should see. */
export interface MergeConflict {
  entryId: string;
  field: string | null;
  message: string;
  blocking: boolean;
}

/** The kept entry once the merged one is folded into it, and what moved. */
export interface FoldedEntity {
  body: Body;
  aliasesAdded: string[];
  formerIdsAdded: string[];
  factsMoved: MergeMove[];
  conflicts: MergeConflict[];
}

// Fields that describe the entity as a whole: the kept entity's stand, whatever the merged one said.
const OWN_FIELDS = new Set(['id', 'name', 'aliases', 'formerIds', 'evidence', 'status', 'statusBy', 'retracted']);

function listOf(body: Body, field: string): unknown[] {
  return Array.isArray(body[field]) ? [...(body[field] as unknown[])] : [];
}

/**
 * Folds the merged entry into the kept one (both of `collection`, as written in their files): its
 * name and aliases become aliases, its id and former ids former ids, its evidence and its own facts
 * move (a fact the kept entry already holds gains the other's evidence instead), and fields the
 * kept entry lacks are taken. Pure: the caller validates and writes the result.
 */
export function foldEntity(collection: Collection, keep: Body, merge: Body): FoldedEntity {
  const keepId = String(keep['id']);
  const mergeId = String(merge['id']);
  const body = rewriteReferences(collection, structuredClone(keep), mergeId, keepId).body;
  const merged = rewriteReferences(collection, merge, mergeId, keepId).body;
  const factsMoved: MergeMove[] = [];
  const conflicts: MergeConflict[] = [];

  const names = new Set([String(body['name']), ...(listOf(body, 'aliases') as string[])]);
  const aliasesAdded: string[] = [];
  for (const name of [String(merged['name']), ...(listOf(merged, 'aliases') as string[])]) {
    if (!names.has(name)) aliasesAdded.push(name);
    names.add(name);
  }
  if (aliasesAdded.length > 0) body['aliases'] = [...listOf(body, 'aliases'), ...aliasesAdded];
  const formerIdsAdded = [mergeId, ...(listOf(merged, 'formerIds') as string[])];
  body['formerIds'] = [...listOf(body, 'formerIds'), ...formerIdsAdded];

  const evidence = listOf(merged, 'evidence') as Evidence[];
  const added = addEvidence(body, evidence);
  evidence.forEach((item, index) => {
    const at = indexOfEvidence(body['evidence'] as Evidence[], item);
    factsMoved.push({ from: `evidence[${index}]`, to: `evidence[${at}]`, combined: !added.includes(at) });
  });

  for (const [field, value] of Object.entries(merged)) {
    // An empty list moves nothing, and writing it into the kept entry would only add a line to its file.
    if (OWN_FIELDS.has(field) || (Array.isArray(value) && value.length === 0)) continue;
    const identity = factIdentity(collection, field);
    if (identity) {
      const list = listOf(body, field) as Body[];
      (value as Body[]).forEach((fact, index) => {
        const same = list.findIndex((held) => stands(fact) && stands(held) && identity(held) === identity(fact));
        if (same >= 0) {
          const held = { ...list[same] };
          addEvidence(held, fact['evidence'] as Evidence[]);
          list[same] = held;
        } else {
          list.push(structuredClone(fact));
        }
        const to = same >= 0 ? same : list.length - 1;
        factsMoved.push({ from: `${field}[${index}]`, to: `${field}[${to}]`, combined: same >= 0 });
      });
      body[field] = list;
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      // Words to search by (an issue's keywords): the union of both.
      const present = listOf(body, field);
      const more = value.filter((item) => !present.includes(item));
      if (more.length > 0) factsMoved.push({ from: field, to: field, combined: present.length > 0 });
      body[field] = [...present, ...more];
    } else if (!(field in body)) {
      body[field] = structuredClone(value);
      factsMoved.push({ from: field, to: field, combined: false });
    } else if (JSON.stringify(body[field]) !== JSON.stringify(value)) {
      conflicts.push({
        entryId: keepId,
        field,
        message: `keeps ${JSON.stringify(body[field])}; "${mergeId}" had ${JSON.stringify(value)}`,
        blocking: false,
      });
    }
  }

  // A fact of one about the other (a relation, a membership) would now be about itself.
  const { value: parsed } = parseEntry(collection, body);
  for (const reference of parsed ? listReferences(collection, parsed) : []) {
    if (reference.target !== keepId) continue;
    conflicts.push({
      entryId: keepId,
      field: reference.field,
      message: `would refer to "${keepId}" itself once "${mergeId}" is merged into it: retract or change it first`,
      blocking: true,
    });
  }
  return { body, aliasesAdded, formerIdsAdded, factsMoved, conflicts };
}
