import { ATTRIBUTIONS, FACT_STATUSES, POSITIONS } from '../../../seed/model/vocabulary.js';
import type { EntityType } from '../api/index.js';
import { h } from '../ui/dom.js';
import { createEntityField, resolveEntityFields, type QuoteRef } from './entity-field.js';
import { labelled, selectOf, type FormField } from './form-fields.js';
import { toSlug } from './slug.js';

/** Who can hold a position, or say that another holds one. */
const ACTOR_TYPES: readonly EntityType[] = ['PERSON', 'STATE', 'ORGANISATION', 'GROUP'];

/** A stance entry as the files write it; only what the form edits is typed. */
export type StanceBody = Record<string, unknown> & { id?: string; evidence?: QuoteRef[] };

/** The fields of a position or claim, and how their values become a `StanceInput`. */
export interface StanceFields {
  fields: FormField[];
  /** The entry to send; entity fields are resolved first (a typed name becomes its best match). */
  toEntry(): Promise<StanceBody>;
}

/**
 * A position or claim: holder, issue, the person who voiced it, the claimant (when it is another's word), position, status, attribution, date (as precise as
 * the article), condition, summary and note, with the quote as evidence. `body` fills the form to
 * correct a stance; otherwise the quote and the article's date do.
 */
export function createStanceFields({
  quote,
  date,
  body,
}: {
  quote: QuoteRef;
  date: string;
  body?: StanceBody;
}): StanceFields {
  const evidence = () => ({ source: quote.source, quote: quoteText.value.trim() });
  const quoteText = h('textarea', { rows: 3 }, body?.evidence?.[0]?.quote ?? quote.quote);
  const entity = (label: string, name: string, types: readonly EntityType[]) => {
    const field = createEntityField({ label, names: [name], types, evidence });
    const id = body?.[name];
    if (typeof id === 'string') field.set({ id, name: id });
    return field;
  };
  const holder = entity('Holder', 'actor', ACTOR_TYPES);
  const issue = entity('Issue', 'issue', ['ISSUE']);
  const voicedBy = entity('Voiced by (optional)', 'voicedBy', ['PERSON']);
  const claimant = entity('Claimant (optional)', 'claimant', ACTOR_TYPES);
  const str = (name: string) => (typeof body?.[name] === 'string' ? (body[name] as string) : undefined);
  const position = selectOf(POSITIONS, { value: str('position') ?? '', empty: 'Choose…' });
  const status = selectOf(FACT_STATUSES, { value: str('status') ?? 'stated' });
  const attribution = selectOf(ATTRIBUTIONS, { value: str('attribution') ?? 'reported' });
  const dateInput = h('input', { value: str('date') ?? date, inputmode: 'numeric', size: 10 });
  const condition = h('input', { value: (body?.['condition'] as { text?: string } | undefined)?.text ?? '' });
  const summary = h('textarea', { rows: 2 }, str('summary') ?? quote.quote);
  const note = h('textarea', { rows: 2 }, str('note') ?? '');
  const fields: FormField[] = [
    labelled('Quote', quoteText, ['evidence'], 'Verbatim from the article; spacing may differ.'),
    holder,
    issue,
    voicedBy,
    claimant,
    labelled('Position', position, ['position']),
    labelled('Status', status, ['status', 'statusBy'], 'How the article gives it.'),
    labelled('Attribution', attribution, ['attribution']),
    labelled('Date', dateInput, ['date'], 'As precise as the article: 2025, 2025-06 or 2025-06-02.'),
    labelled('Conditions', condition, ['condition'], 'What the position depends on (needed when conditional).'),
    labelled('Summary', summary, ['summary']),
    labelled('Notes', note, ['note']),
  ];
  const optional = (value: string) => value.trim() || undefined;
  return {
    fields,
    async toEntry() {
      const [actor, issueId, speaker, claimantId] = await resolveEntityFields(
        [holder, issue, voicedBy, claimant],
        [holder, issue],
      );
      const entry: StanceBody = {
        // A correction keeps every field the form does not show (meeting, target, event…).
        ...body,
        actor,
        issue: issueId,
        position: position.value,
        date: dateInput.value.trim(),
        attribution: attribution.value,
        status: status.value,
        summary: summary.value.trim(),
        evidence: [evidence(), ...(body?.evidence?.slice(1) ?? [])],
        voicedBy: speaker ?? undefined,
        claimant: claimantId ?? undefined,
        condition: optional(condition.value) && { text: condition.value.trim() },
        note: optional(note.value),
      };
      entry.id =
        body?.id ?? toSlug(claimantId && `${claimantId} says`, actor, position.value, issueId, entry.date as string);
      return entry;
    },
  };
}
