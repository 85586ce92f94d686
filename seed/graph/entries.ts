import type { z } from 'zod';
import { DATA_FILES, type Collection } from '../model/schema.js';
import type { NodeKind, NodeRow } from './elements.js';

/**
 * The entry mirror: every top-level entry of every data file is one `(:Entry)` node holding the
 * entry as written in its file, so the graph can give the files back byte for byte (export) and an
 * edit changes what the files hold. Its `seedHash` is the entry's version: a content hash, so it
 * survives seeds and exports and needs no counter.
 */
export const ENTRY_KIND = 'Entry' satisfies NodeKind;

/** What every mirror node's row id starts with. */
export const ENTRY_ROW_PREFIX = 'entry:';

/** The row id of an entry's mirror node: `entry:<collection>:<entry id>`. */
export function entryRowId(collection: Collection, id: string): string {
  return `${ENTRY_ROW_PREFIX}${collection}:${id}`;
}

/** The order of an object's keys, and of the keys of the objects nested under each of them. */
interface KeyOrder {
  keys: readonly string[];
  nested: ReadonlyMap<string, KeyOrder>;
}

// The zod definitions that only wrap another schema, and the field that holds it.
const WRAPPED_IN: Readonly<Record<string, string>> = {
  optional: 'innerType',
  nullable: 'innerType',
  default: 'innerType',
  prefault: 'innerType',
  readonly: 'innerType',
  catch: 'innerType',
  nonoptional: 'innerType',
  array: 'element',
  pipe: 'in',
};

interface Definition {
  type: string;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  [field: string]: unknown;
}

function definitionOf(schema: z.ZodType): Definition {
  return (schema as unknown as { _zod: { def: Definition } })._zod.def;
}

/** Reads the key order from the schema itself, so a field added to the model needs no second list. */
function readKeyOrder(schema: z.ZodType): KeyOrder | undefined {
  const definition = definitionOf(schema);
  if (definition.type === 'object' && definition.shape) {
    const nested = new Map<string, KeyOrder>();
    for (const [key, field] of Object.entries(definition.shape)) {
      const order = readKeyOrder(field);
      if (order) nested.set(key, order);
    }
    return { keys: Object.keys(definition.shape), nested };
  }
  const inner = WRAPPED_IN[definition.type];
  if (inner) return readKeyOrder(definition[inner] as z.ZodType);
  if (definition.type === 'union') {
    for (const option of definition.options ?? []) {
      const order = readKeyOrder(option);
      if (order) return order;
    }
  }
  return undefined;
}

const KEY_ORDERS = new Map(
  (Object.entries(DATA_FILES) as [Collection, z.ZodType][]).map(([collection, schema]) => [
    collection,
    readKeyOrder(schema)!,
  ]),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reorder(value: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, order));
  if (!isRecord(value) || !order) return value;
  // Keys the schema does not know keep their place after the known ones: validation reports them.
  const keys = [
    ...order.keys.filter((key) => key in value),
    ...Object.keys(value).filter((key) => !order.keys.includes(key)),
  ];
  return Object.fromEntries(keys.map((key) => [key, reorder(value[key], order.nested.get(key))]));
}

/** The entry with its keys, and those of its nested facts, in the order of the schema of `collection`. */
export function canonicalEntry(collection: Collection, raw: unknown): unknown {
  return reorder(raw, KEY_ORDERS.get(collection));
}

/** The mirror node of one entry as found in its file (`raw`: before defaults), at `position` in it. */
export function entryRow(collection: Collection, raw: unknown, position: number): NodeRow {
  const entryId = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : String(position);
  const id = entryRowId(collection, entryId);
  return {
    id,
    props: { id, collection, entryId, position, body: JSON.stringify(canonicalEntry(collection, raw)) },
  };
}
