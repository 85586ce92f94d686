import { firstDayOf, lastDayOf } from '../model/dates.js';
import { computePostIntervals } from '../model/post-intervals.js';
import { STAND_OF } from '../model/vocabulary.js';
import type { Dataset, Evidence } from '../model/schema.js';
import {
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type GraphRows,
  type NodeKind,
  type Properties,
  type RelationshipType,
} from './elements.js';

/**
 * Evidence is stored on the fact itself as two aligned lists, so every node and relationship
 * answers "says who?" without a join, and corroboration is the number of distinct sources.
 */
export function evidenceProperties(evidence: readonly Evidence[]): Properties {
  return {
    evidenceSources: evidence.map((item) => item.source),
    evidenceQuotes: evidence.map((item) => item.quote),
    sourceCount: new Set(evidence.map((item) => item.source)).size,
  };
}

function named(name: string, aliases: readonly string[]): Properties {
  // The full-text index reads one string; aliases are joined so every spelling is searchable.
  return { name, aliases: [...aliases], aliasText: aliases.join(' | ') };
}

function emptyRows(): GraphRows {
  const nodes = Object.fromEntries(Object.keys(NODE_LABELS).map((kind) => [kind, []])) as unknown as GraphRows['nodes'];
  const relationships = Object.fromEntries(
    RELATIONSHIP_TYPES.map((type) => [type, []]),
  ) as unknown as GraphRows['relationships'];
  return { nodes, relationships };
}

/** Turns the validated dataset into node and relationship rows ready for batched UNWIND writes. */
export function toGraphRows(dataset: Dataset): GraphRows {
  const rows = emptyRows();
  const names = new Map<string, string>();
  for (const entry of [
    ...dataset.states,
    ...dataset.organisations,
    ...dataset.people,
    ...dataset.meetings,
    ...dataset.issues,
  ]) {
    names.set(entry.id, entry.name);
  }
  const node = (kind: NodeKind, id: string, props: Properties) =>
    rows.nodes[kind].push({ id, props: { id, ...props } });
  const link = (type: RelationshipType, from: string, to: string, props: Properties, qualifier = '') => {
    const key = `${type}:${from}>${to}${qualifier && `:${qualifier}`}`;
    rows.relationships[type].push({ key, from, to, props: { key, ...props } });
  };

  for (const source of dataset.sources) {
    node('Source', source.id, {
      file: source.file,
      publisher: source.publisher,
      title: source.title,
      author: source.author ?? null,
      date: source.date,
      dateInferred: source.dateInferred,
      note: source.note ?? null,
    });
  }
  for (const state of dataset.states)
    node('State', state.id, { ...named(state.name, state.aliases), ...evidenceProperties(state.evidence) });
  for (const organisation of dataset.organisations) {
    const evidence = evidenceProperties(organisation.evidence);
    node('Organisation', organisation.id, {
      ...named(organisation.name, organisation.aliases),
      kind: organisation.kind,
      ...evidence,
    });
    if (organisation.partOf) link('PART_OF', organisation.id, organisation.partOf, evidence);
  }
  for (const place of dataset.places) {
    const evidence = evidenceProperties(place.evidence);
    node('Place', place.id, { ...named(place.name, place.aliases), ...evidence });
    if (place.in) link('LOCATED_IN', place.id, place.in, evidence);
  }
  for (const person of dataset.people) {
    const evidence = evidenceProperties(person.evidence);
    node('Person', person.id, { ...named(person.name, person.aliases), ...evidence });
    if (person.nationality) link('NATIONAL_OF', person.id, person.nationality, evidence);
    const intervals = computePostIntervals(person);
    person.posts.forEach((post, index) => {
      const interval = intervals[index]!;
      link(
        'HELD_POST',
        person.id,
        post.of,
        {
          title: post.title,
          from: post.from ?? null,
          until: post.until ?? null,
          attested: post.attested,
          attestedDay: firstDayOf(post.attested),
          ...interval,
          ...evidenceProperties(post.evidence),
        },
        `${post.title}@${post.attested}`,
      );
    });
    for (const representation of person.represents) {
      link(
        'ACTS_FOR',
        person.id,
        representation.for,
        {
          role: representation.role,
          attested: representation.attested,
          startDay: firstDayOf(representation.attested),
          ...evidenceProperties(representation.evidence),
        },
        `${representation.role}@${representation.attested}`,
      );
    }
    for (const relation of person.relations) {
      link(
        'RELATED_TO',
        person.id,
        relation.to,
        { kind: relation.kind, ...evidenceProperties(relation.evidence) },
        relation.kind,
      );
    }
  }
  for (const meeting of dataset.meetings) {
    const evidence = evidenceProperties(meeting.evidence);
    const end = meeting.end ?? meeting.start;
    node('Meeting', meeting.id, {
      ...named(meeting.name, meeting.aliases),
      kind: meeting.kind,
      start: meeting.start,
      end: meeting.end ?? null,
      // Day bounds make partial dates comparable in range queries.
      startDay: firstDayOf(meeting.start),
      endDay: lastDayOf(end),
      ...evidence,
    });
    if (meeting.place) link('HELD_IN', meeting.id, meeting.place, evidence);
    if (meeting.follows) link('FOLLOWS', meeting.id, meeting.follows, evidence);
    for (const host of meeting.hosts) link('HOSTED_BY', meeting.id, host.actor, evidenceProperties(host.evidence));
    for (const mediator of meeting.mediators) {
      link(
        'MEDIATED_BY',
        meeting.id,
        mediator.actor,
        { role: mediator.role, ...evidenceProperties(mediator.evidence) },
        mediator.role,
      );
    }
    for (const delegation of meeting.delegations) {
      const delegationEvidence = evidenceProperties(delegation.evidence);
      const party = names.get(delegation.represents) ?? delegation.represents;
      node('Delegation', delegation.id, {
        name: `${party} delegation, ${meeting.name}`,
        // A delegation exists for its meeting's days; copied so date filters need no hop.
        startDay: firstDayOf(meeting.start),
        endDay: lastDayOf(end),
        ...delegationEvidence,
      });
      link('AT', delegation.id, meeting.id, delegationEvidence);
      link('REPRESENTS', delegation.id, delegation.represents, delegationEvidence);
      for (const member of delegation.members) {
        link('MEMBER_OF', member.person, delegation.id, {
          startDay: firstDayOf(meeting.start),
          role: member.role,
          capacity: member.capacity ?? null,
          ...evidenceProperties(member.evidence),
        });
      }
    }
  }
  for (const issue of dataset.issues) {
    node('Issue', issue.id, {
      ...named(issue.name, issue.aliases),
      category: issue.category,
      description: issue.description,
    });
  }
  for (const stance of dataset.stances) {
    const evidence = evidenceProperties(stance.evidence);
    const actor = names.get(stance.actor) ?? stance.actor;
    const issue = names.get(stance.issue) ?? stance.issue;
    node('Stance', stance.id, {
      name: `${actor} ${stance.position}: ${issue}`,
      position: stance.position,
      stand: STAND_OF[stance.position],
      date: stance.date,
      startDay: firstDayOf(stance.date),
      endDay: lastDayOf(stance.date),
      attribution: stance.attribution,
      summary: stance.summary,
      ...evidence,
    });
    link('TAKES', stance.actor, stance.id, evidence);
    link('ON', stance.id, stance.issue, evidence);
    if (stance.voicedBy) link('VOICED_BY', stance.id, stance.voicedBy, evidence);
    if (stance.reportedBy) link('REPORTED_BY', stance.id, stance.reportedBy, evidence);
    if (stance.meeting) link('VOICED_AT', stance.id, stance.meeting, evidence);
  }
  return rows;
}
