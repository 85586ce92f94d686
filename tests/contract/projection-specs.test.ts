import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, test } from 'vitest';
import { ABSTRACT_TYPES, FIELD_SPECS } from '../../server/projection/specs/index.js';
import { createSchema } from '../../server/schema.js';

/** Object types built by resolvers or queries rather than projected from the graph. */
const BUILT_ELSEWHERE = new Set(['Query', 'Evidence', 'GraphEdge', 'GraphNode', 'DatasetInfo']);

describe('projection specs against the schema', () => {
  const schema = createSchema();
  const objectTypes = Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );

  test('every field of every projected type has a spec, and every spec a field', () => {
    const missing: string[] = [];
    const extra: string[] = [];
    for (const [typeName, specs] of Object.entries(FIELD_SPECS)) {
      const type = schema.getType(typeName);
      expect(type && isObjectType(type), `${typeName} is an object type of the schema`).toBe(true);
      const fields = Object.keys((type as GraphQLObjectType).getFields());
      missing.push(...fields.filter((field) => !(field in specs)).map((field) => `${typeName}.${field}`));
      extra.push(
        ...Object.keys(specs)
          .filter((field) => !fields.includes(field))
          .map((field) => `${typeName}.${field}`),
      );
    }
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  test('every type a projection can reach has a spec table', () => {
    // Types that carry evidence or an id are stored in the graph; their fields are projected.
    const stored = objectTypes
      .filter((type) => type.getInterfaces().some((iface) => ['Node', 'Evidenced'].includes(iface.name)))
      .map((type) => type.name);
    const reachable = new Set([
      ...stored,
      ...Object.values(ABSTRACT_TYPES).flat(),
      ...Object.values(FIELD_SPECS).flatMap((specs) =>
        Object.values(specs).flatMap((spec) => ('target' in spec ? [spec.target] : [])),
      ),
    ]);
    const unprojected = [...reachable].filter(
      (name) => isObjectType(schema.getType(name)) && !BUILT_ELSEWHERE.has(name) && !(name in FIELD_SPECS),
    );
    expect(unprojected).toEqual([]);
  });
});
