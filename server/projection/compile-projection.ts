import {
  getArgumentValues,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type SelectionSetNode,
} from 'graphql';
import { collectFields, mergeSelectionSets, type SelectionContext } from './collect-fields.js';
import { ABSTRACT_TYPES, FIELD_SPECS, type FieldSpec, type RelationSpec } from './specs/index.js';

/**
 * Compiles a GraphQL selection set into one Cypher map expression over a bound variable, so a
 * whole nested answer (a meeting, its delegations, their members and every quote) is read by a
 * single query. Values from the request only ever enter the query as parameters.
 */
export class ProjectionCompiler {
  private counter = 0;
  /** Values from the request, referenced from the compiled Cypher as `$p1`, `$p2`… */
  readonly parameters: Record<string, unknown> = {};

  constructor(private readonly context: SelectionContext) {}

  /** Projects `variable`, an element of GraphQL type `typeName`, through `selectionSet`. */
  project(typeName: string, variable: string, selectionSet: SelectionSetNode | undefined): string {
    const type = this.context.schema.getType(typeName);
    if (type && isAbstractType(type)) {
      const branches = (ABSTRACT_TYPES[typeName] ?? []).map(
        (concrete) => `WHEN ${variable}:${concrete} THEN ${this.projectObject(concrete, variable, selectionSet)}`,
      );
      return `CASE ${branches.join(' ')} END`;
    }
    return this.projectObject(typeName, variable, selectionSet);
  }

  private projectObject(typeName: string, variable: string, selectionSet: SelectionSetNode | undefined): string {
    const type = this.context.schema.getType(typeName);
    const specs = FIELD_SPECS[typeName];
    if (!type || !isObjectType(type) || !specs) throw new Error(`No projection for type ${typeName}`);
    const entries = [`__typename: '${typeName}'`];
    if (selectionSet) {
      for (const [key, nodes] of collectFields(type as GraphQLObjectType, selectionSet, this.context)) {
        const fieldName = nodes[0]?.name.value;
        if (fieldName === undefined || fieldName === '__typename') continue;
        const spec = specs[fieldName];
        if (!spec) throw new Error(`No projection for ${typeName}.${fieldName}`);
        const field = (type as GraphQLObjectType).getFields()[fieldName];
        const args =
          field && nodes[0] ? getArgumentValues(field, nodes[0] as FieldNode, this.context.variableValues) : {};
        entries.push(`\`${key}\`: ${this.projectField(spec, fieldName, variable, mergeSelectionSets(nodes), args)}`);
      }
    }
    return `{ ${entries.join(', ')} }`;
  }

  private projectField(
    spec: FieldSpec,
    fieldName: string,
    variable: string,
    selectionSet: SelectionSetNode | undefined,
    args: Record<string, unknown>,
  ): string {
    switch (spec.kind) {
      case 'property': {
        const value = `${variable}.\`${spec.property ?? fieldName}\``;
        // Stored values are kebab-case words; GraphQL enums are SCREAMING_SNAKE_CASE.
        return spec.enum ? `toUpper(replace(${value}, '-', '_'))` : value;
      }
      case 'evidence':
        return this.projectEvidence(variable, selectionSet);
      case 'endpoint': {
        const endpoint = this.fresh(spec.which);
        const node = spec.which === 'start' ? `startNode(${variable})` : `endNode(${variable})`;
        return `head([${endpoint} IN [${node}] | ${this.project(spec.target, endpoint, selectionSet)}])`;
      }
      case 'relation':
        return this.projectRelation(spec, variable, selectionSet, args);
      case 'nested':
        return `CASE WHEN ${spec.when.replaceAll('{this}', variable)} THEN ${this.project(spec.target, variable, selectionSet)} END`;
    }
  }

  private projectRelation(
    spec: RelationSpec,
    variable: string,
    selectionSet: SelectionSetNode | undefined,
    args: Record<string, unknown>,
  ): string {
    const names = new Map<string, string>([['this', variable]]);
    const substitute = (template: string) =>
      template.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (!names.has(name)) names.set(name, this.fresh(name));
        return names.get(name) as string;
      });
    const pattern = substitute(spec.pattern);
    const conditions = [spec.where, spec.filter?.(args, (value) => this.bind(value))].filter(Boolean) as string[];
    const where = conditions.length > 0 ? ` WHERE ${conditions.map(substitute).join(' AND ')}` : '';
    const element = substitute(`{${spec.element}}`);
    const orderBy = spec.orderBy ? ` WITH * ORDER BY ${substitute(spec.orderBy)}` : '';
    const projection = this.project(spec.target, element, selectionSet);
    const subquery = `COLLECT { MATCH ${pattern}${where}${orderBy} RETURN ${projection}${spec.list ? '' : ' LIMIT 1'} }`;
    return spec.list ? subquery : `head(${subquery})`;
  }

  /** The evidence list of a node or relationship variable, through an `Evidence` selection. */
  projectEvidence(variable: string, selectionSet: SelectionSetNode | undefined): string {
    const evidenceType = this.context.schema.getType('Evidence') as GraphQLObjectType;
    const index = this.fresh('i');
    const entries = ["__typename: 'Evidence'"];
    for (const [key, nodes] of selectionSet ? collectFields(evidenceType, selectionSet, this.context) : []) {
      const fieldName = nodes[0]?.name.value;
      if (fieldName === 'quote') entries.push(`\`${key}\`: ${variable}.evidenceQuotes[${index}]`);
      if (fieldName === 'source') {
        const source = this.fresh('source');
        const projection = this.project('Source', source, mergeSelectionSets(nodes));
        entries.push(
          `\`${key}\`: head(COLLECT { MATCH (${source}:Source {id: ${variable}.evidenceSources[${index}]}) RETURN ${projection} })`,
        );
      }
    }
    return `[${index} IN range(0, size(${variable}.evidenceSources) - 1) | { ${entries.join(', ')} }]`;
  }

  /** Registers a request value as a parameter and returns its `$name`. */
  bind(value: unknown): string {
    this.counter += 1;
    const name = `p${this.counter}`;
    this.parameters[name] = value;
    return `$${name}`;
  }

  private fresh(base: string): string {
    this.counter += 1;
    return `${base}_${this.counter}`;
  }
}
