import { FULLTEXT_INDEX } from '../../seed/graph/schema-statements.js';

/**
 * The graph as @neo4j/graphql sees it: the same labels, relationship types and properties as
 * `seed/graph/elements.ts` writes (docs/model.md), with evidence as the stored arrays
 * `evidenceSources`/`evidenceQuotes`. Only what the benchmarked operations read is declared.
 * Neighbourhood and shortest path have no generated equivalent, so they are `@cypher` fields,
 * the library's own way to run a traversal it cannot express.
 */
const evidence = 'evidenceSources: [String!]! evidenceQuotes: [String!]! sourceCount: Int';

export const PEER_TYPE_DEFS = /* GraphQL */ `
  interface Entity { id: ID! name: String }
  union Actor = Person | State | Organisation
  union PostHolder = State | Organisation

  type HeldPost @relationshipProperties { title: String! attested: String! ${evidence} }
  type MemberOf @relationshipProperties { role: String! capacity: String ${evidence} }
  type MediatedBy @relationshipProperties { role: String! ${evidence} }

  type State implements Entity @node {
    id: ID! name: String aliases: [String!]! ${evidence}
    stances: [Stance!]! @relationship(type: "TAKES", direction: OUT)
  }
  type Organisation implements Entity @node {
    id: ID! name: String kind: String ${evidence}
    stances: [Stance!]! @relationship(type: "TAKES", direction: OUT)
  }
  type Person implements Entity
    @node
    @fulltext(indexes: [{ indexName: "${FULLTEXT_INDEX}", queryName: "searchPeople", fields: ["name", "aliasText"] }]) {
    id: ID! name: String aliases: [String!]! aliasText: String ${evidence}
    posts: [PostHolder!]! @relationship(type: "HELD_POST", direction: OUT, properties: "HeldPost")
    delegations: [Delegation!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "MemberOf")
    stances: [Stance!]! @relationship(type: "TAKES", direction: OUT)
  }
  type Place implements Entity @node { id: ID! name: String ${evidence} }
  type Meeting implements Entity @node {
    id: ID! name: String kind: String start: String ${evidence}
    place: [Place!]! @relationship(type: "HELD_IN", direction: OUT)
    mediators: [Actor!]! @relationship(type: "MEDIATED_BY", direction: OUT, properties: "MediatedBy")
    delegations: [Delegation!]! @relationship(type: "AT", direction: IN)
  }
  type Delegation implements Entity @node {
    id: ID! name: String ${evidence}
    meeting: [Meeting!]! @relationship(type: "AT", direction: OUT)
    represents: [Actor!]! @relationship(type: "REPRESENTS", direction: OUT)
    members: [Person!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MemberOf")
  }
  type Issue implements Entity @node { id: ID! name: String category: String }
  type Stance implements Entity @node {
    id: ID! name: String position: String stand: String date: String ${evidence}
    issue: [Issue!]! @relationship(type: "ON", direction: OUT)
  }

  type Query {
    neighbourhood(id: ID!): [Entity!]!
      @cypher(
        statement: "MATCH (start:Entity {id: $id}) OPTIONAL MATCH (start)-[*1..2]-(n:Entity) WITH start, collect(DISTINCT n) AS around UNWIND [start] + around AS node RETURN DISTINCT node"
        columnName: "node"
      )
    shortestPath(from: ID!, to: ID!): [Entity!]!
      @cypher(
        statement: "MATCH p = shortestPath((a:Entity {id: $from})-[*..8]-(b:Entity {id: $to})) UNWIND nodes(p) AS node RETURN node"
        columnName: "node"
      )
  }
`;
