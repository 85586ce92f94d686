import {
  DELEGATION_ROLES,
  DOCUMENT_KINDS,
  FACT_STATUSES,
  MEETING_KINDS,
  MEETING_STATUSES,
} from '../../../seed/model/vocabulary.js';
import type { EntityType } from '../api/index.js';

/** Who can be represented, hold a post's office, be a party or a member. */
const ACTORS: readonly EntityType[] = ['PERSON', 'STATE', 'ORGANISATION', 'GROUP'];

/** One input of a kind of fact, named as the files name the field. */
export type KindField =
  | { name: string; label: string; input: 'text' | 'date'; required?: boolean; hint?: string }
  /** A date the article's own date fills in, at the precision the article gives. */
  | { name: string; label: string; input: 'article-date'; required?: boolean }
  | { name: string; label: string; input: 'select'; words: readonly string[]; value?: string }
  | { name: string; label: string; input: 'entity'; types: readonly EntityType[]; required?: boolean; list?: boolean };

/** Where a kind's fact is written: an entry of its own, or a list inside another entry. */
export type KindTarget =
  | { entry: 'meetings' | 'documents'; idFrom: readonly string[] }
  | { parent: 'people' | 'groups'; field: string; types: readonly EntityType[]; label: string; list: string }
  /** A member of the delegation of the party named by `party`, inside a meeting (created when missing). */
  | { parent: 'meetings'; field: string; types: readonly EntityType[]; label: string; delegationOf: string };

/** A kind of fact the form records besides positions: its fields and where it is written. */
export interface FactKind {
  label: string;
  /** What a correction's title calls one: "Correct the post". */
  noun: string;
  target: KindTarget;
  fields: readonly KindField[];
}

const STATUS: KindField = { name: 'status', label: 'Status', input: 'select', words: FACT_STATUSES, value: 'stated' };
const NOTE: KindField = { name: 'note', label: 'Notes', input: 'text' };

/**
 * The kinds of fact the issue asks for beyond positions, one table entry each: a new kind is a new
 * entry, not a new branch. Each fact takes the selected quote as its evidence.
 */
export const FACT_KINDS: Record<string, FactKind> = {
  post: {
    label: 'A post held',
    noun: 'post',
    target: { parent: 'people', field: 'person', types: ['PERSON'], label: 'Person', list: 'posts' },
    fields: [
      { name: 'title', label: 'Title of the post', input: 'text', required: true },
      {
        name: 'of',
        label: 'Of (state or organisation)',
        input: 'entity',
        types: ['STATE', 'ORGANISATION'],
        required: true,
      },
      { name: 'from', label: 'From', input: 'date' },
      { name: 'until', label: 'Until', input: 'date' },
      { name: 'attested', label: 'Attested on', input: 'article-date', required: true },
      STATUS,
      NOTE,
    ],
  },
  representation: {
    label: 'A representation (acting for someone)',
    noun: 'representation',
    target: { parent: 'people', field: 'person', types: ['PERSON'], label: 'Person', list: 'represents' },
    fields: [
      { name: 'for', label: 'Acting for', input: 'entity', types: ACTORS, required: true },
      { name: 'role', label: 'Role', input: 'text', required: true, hint: 'envoy, negotiator, spokesman…' },
      { name: 'attested', label: 'Attested on', input: 'article-date', required: true },
      STATUS,
      NOTE,
    ],
  },
  relation: {
    label: 'A relation between people',
    noun: 'relation',
    target: { parent: 'people', field: 'person', types: ['PERSON'], label: 'Person', list: 'relations' },
    fields: [
      { name: 'to', label: 'Related to', input: 'entity', types: ACTORS, required: true },
      { name: 'kind', label: 'Kind of relation', input: 'text', required: true, hint: 'adviser, deputy, son-in-law…' },
      STATUS,
      NOTE,
    ],
  },
  membership: {
    label: 'A group membership',
    noun: 'membership',
    target: { parent: 'groups', field: 'group', types: ['GROUP'], label: 'Group', list: 'members' },
    fields: [{ name: 'actor', label: 'Member', input: 'entity', types: ACTORS, required: true }, STATUS, NOTE],
  },
  delegation: {
    label: 'A seat in a delegation',
    noun: 'seat',
    target: { parent: 'meetings', field: 'meeting', types: ['MEETING'], label: 'Meeting', delegationOf: 'party' },
    fields: [
      {
        name: 'party',
        label: 'Delegation of',
        input: 'entity',
        types: ['STATE', 'ORGANISATION', 'GROUP'],
        required: true,
      },
      { name: 'person', label: 'Member', input: 'entity', types: ['PERSON'], required: true },
      { name: 'role', label: 'Role', input: 'select', words: DELEGATION_ROLES, value: 'member' },
      { name: 'capacity', label: 'Capacity', input: 'text', hint: 'as the article gives it: defence minister…' },
      STATUS,
      NOTE,
    ],
  },
  meeting: {
    label: 'A meeting',
    noun: 'meeting',
    target: { entry: 'meetings', idFrom: ['name', 'start'] },
    fields: [
      { name: 'name', label: 'Name', input: 'text', required: true },
      { name: 'kind', label: 'Kind', input: 'select', words: MEETING_KINDS },
      { name: 'start', label: 'Start', input: 'article-date', required: true },
      { name: 'end', label: 'End', input: 'date' },
      { name: 'place', label: 'Place', input: 'entity', types: ['PLACE'] },
      { name: 'status', label: 'Status', input: 'select', words: MEETING_STATUSES, value: 'held' },
      NOTE,
    ],
  },
  document: {
    label: 'A document',
    noun: 'document',
    target: { entry: 'documents', idFrom: ['name'] },
    fields: [
      { name: 'name', label: 'Name', input: 'text', required: true },
      { name: 'kind', label: 'Kind', input: 'select', words: DOCUMENT_KINDS },
      { name: 'date', label: 'Date', input: 'article-date' },
      { name: 'authors', label: 'Author', input: 'entity', types: ACTORS, required: true, list: true },
      { name: 'description', label: 'Description', input: 'text' },
      STATUS,
      NOTE,
    ],
  },
};
