import type { Contact, DocumentEntry, Issue, Source, Stance } from '../../model/schema.js';
import { STAND_OF } from '../../model/vocabulary.js';
import { actedToward, dated, link, linkEach, named, node, type Row, type RowContext } from '../rows.js';

/** A source node with its full text, so a reader can check a quote in context. */
export function sourceRows(source: Source): Row[] {
  return [
    node('Source', source.id, undefined, {
      file: source.file,
      publisher: source.publisher,
      title: source.title,
      author: source.author ?? null,
      date: source.date,
      dateInferred: source.dateInferred,
      url: source.url ?? null,
      note: source.note ?? null,
      text: source.text ?? null,
    }),
  ];
}

/** An issue: searchable by its keywords as by its aliases. */
export function issueRows(issue: Issue): Row[] {
  return [
    node('Issue', issue.id, issue, {
      ...named(issue.name, [...issue.aliases, ...issue.keywords]),
      aliases: issue.aliases,
      keywords: issue.keywords,
      category: issue.category,
      description: issue.description,
    }),
  ];
}

/**
 * A stance: the holder TAKES it when it is their own word; when someone else says so, the holder
 * is only SAID_TO_TAKE it and the stance is CLAIMED_BY that claimant, so an accusation never
 * counts among the holder's own positions.
 */
export function stanceRows(stance: Stance, context: RowContext): Row[] {
  const claimed = stance.claimant !== undefined;
  return [
    node('Stance', stance.id, stance, {
      name: `${claimed ? `${context.nameOf(stance.claimant!)} says ` : ''}${context.nameOf(stance.actor)} ${stance.position}: ${context.nameOf(stance.issue)}`,
      position: stance.position,
      stand: STAND_OF[stance.position],
      ...dated(stance.date),
      attribution: stance.attribution,
      summary: stance.summary,
      conditionText: stance.condition?.text ?? null,
      event: stance.event ?? null,
    }),
    ...link(claimed ? 'SAID_TO_TAKE' : 'TAKES', stance.actor, stance.id, stance),
    ...link('ON', stance.id, stance.issue, stance),
    ...link('CLAIMED_BY', stance.id, stance.claimant, stance),
    ...link('CONDITION_ON', stance.id, stance.condition?.issue, stance),
    ...link('TERM_OF', stance.id, stance.document, stance),
    ...linkEach('TARGETS', stance.id, stance.target ?? [], stance),
    ...link('VOICED_BY', stance.id, stance.voicedBy, stance),
    ...link('REPORTED_BY', stance.id, stance.reportedBy, stance),
    ...link('VOICED_AT', stance.id, stance.meeting, stance),
    ...actedToward(stance.claimant ?? stance.actor, stance.target ?? [], stance, {
      ...stance,
      factKind: 'stance',
    }),
  ];
}

/** A document, its authors and addressees, and each thing that happened to it as a node of its own. */
export function documentRows(document: DocumentEntry): Row[] {
  return [
    node('Document', document.id, document, {
      ...named(document.name, document.aliases),
      kind: document.kind,
      ...dated(document.date),
      description: document.description ?? null,
    }),
    ...document.authors.flatMap((author) => link('AUTHORED', author, document.id, document)),
    ...linkEach('ADDRESSED_TO', document.id, document.addressees, document),
    ...document.events.flatMap((event, index) => {
      // Skipped in place, not filtered out first: an event's id is its index in the file.
      if (event.retracted !== undefined) return [];
      const id = `${document.id}-event-${index}`;
      return [
        node('DocumentEvent', id, event, {
          name: `${document.name}: ${event.kind}`,
          kind: event.kind,
          ...dated(event.date),
          event: event.event ?? null,
        }),
        ...link('HAPPENED_TO', id, document.id, event),
        ...link('DONE_BY', id, event.by, event),
        ...linkEach('DIRECTED_TO', id, event.to, event),
        ...link('DURING', id, event.meeting, event),
        ...actedToward(event.by, event.to, event, { ...event, id, factKind: 'document-event' }),
      ];
    }),
  ];
}

/** A contact outside meetings, its parties, who sought it, and its event toward the other parties. */
export function contactRows(contact: Contact, context: RowContext): Row[] {
  const source = contact.initiator ?? contact.parties[0]!;
  return [
    node('Contact', contact.id, contact, {
      name: `${contact.parties.map((party) => context.nameOf(party)).join('–')} ${contact.kind.replaceAll('-', ' ')}`,
      kind: contact.kind,
      ...dated(contact.date),
      summary: contact.summary,
      event: contact.event ?? null,
    }),
    ...contact.parties.flatMap((party) => link('PARTY_TO', party, contact.id, contact)),
    ...(contact.initiator === undefined ? [] : link('INITIATED', contact.initiator, contact.id, contact)),
    ...actedToward(source, contact.parties, contact, { ...contact, factKind: 'contact' }),
  ];
}
