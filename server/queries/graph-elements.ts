import type { ProjectionCompiler } from '../projection/compile-projection.js';
import type { SelectionSetNode } from 'graphql';

/** Labels that name an EntityType; the first one a node carries is its type. */
export const TYPE_LABELS = ['Person', 'State', 'Organisation', 'Place', 'Meeting', 'Delegation', 'Issue', 'Stance'];

/** A GraphNode map over node variable `n` at distance expression `distance` ($typeLabels must be bound). */
export function graphNodeExpression(n: string, distance: string): string {
  return `{
    id: ${n}.id,
    type: toUpper(head([label IN labels(${n}) WHERE label IN $typeLabels])),
    label: coalesce(${n}.name, ${n}.summary, ${n}.id),
    distance: ${distance},
    date: coalesce(${n}.start, ${n}.date)
  }`;
}

/** A GraphEdge map over relationship variable `r`, its evidence projected through the request's selection. */
export function graphEdgeExpression(compiler: ProjectionCompiler, r: string, evidence: SelectionSetNode | undefined): string {
  return `{
    id: ${r}.key,
    type: type(${r}),
    source: startNode(${r}).id,
    target: endNode(${r}).id,
    label: coalesce(${r}.title, ${r}.capacity, ${r}.role, ${r}.kind),
    date: coalesce(${r}.attested, null),
    evidence: ${compiler.projectEvidence(r, evidence)},
    sourceCount: ${r}.sourceCount
  }`;
}
