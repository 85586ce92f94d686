import type { EntityDetail, Evidenced } from '../api/types.js';
import { describeSpeaker } from '../graph/positions-elements.js';
import { h } from './dom.js';
import { renderEvidence } from './evidence-list.js';

function section(title: string, items: (Evidenced & { line: string })[] | undefined): HTMLElement[] {
  if (!items?.length) return [];
  return [
    h('h3', {}, title),
    h(
      'ul',
      { class: 'facts' },
      items.map((item) => h('li', {}, h('div', {}, item.line), renderEvidence(item.evidence, item.sourceCount))),
    ),
  ];
}

function dates(from: string | null, until: string | null, attested: string): string {
  const span = from || until ? `${from ?? '…'} – ${until ?? '…'}, ` : '';
  return `${span}attested ${attested}`;
}

/** The panel's sections for one entity: posts, delegations, stances, officeholders, each fact with its evidence. */
export function renderEntitySections(detail: EntityDetail): HTMLElement[] {
  return [
    detail.aliases?.length ? h('p', {}, h('strong', {}, 'Also: '), detail.aliases.join(', ')) : null,
    detail.description ? h('p', {}, detail.description) : null,
    detail.summary ? h('p', {}, detail.summary) : null,
    detail.actor
      ? h('p', { class: 'speaker' }, describeSpeaker({ actor: detail.actor, voicedBy: detail.voicedBy ?? null }))
      : null,
    detail.orgKind || detail.meetingKind
      ? h('p', { class: 'kind' }, (detail.orgKind ?? detail.meetingKind ?? '').toLowerCase().replaceAll('_', ' '))
      : null,
    ...section(
      'Posts',
      detail.posts?.map((p) => ({ ...p, line: `${p.title}, ${p.of.name} (${dates(p.from, p.until, p.attested)})` })),
    ),
    ...section(
      'Delegations',
      detail.delegations?.map((d) => ({
        ...d,
        line: `${d.role === 'HEAD' ? 'Head of' : 'Member of'} ${d.delegation.name}${d.capacity ? `, as ${d.capacity}` : ''} (${d.delegation.meeting.start})`,
      })),
    ),
    ...section(
      'Stances',
      detail.stances?.map((s) => ({
        ...s,
        line: `${s.date}: ${s.actor.name} ${s.position.toLowerCase()} ${s.issue.name}. ${describeSpeaker(s)}`,
      })),
    ),
    ...section(
      'Officeholders',
      detail.officeholders?.map((o) => ({ ...o, line: `${o.person.name}, ${o.title} (attested ${o.attested})` })),
    ),
    ...(detail.evidence
      ? [h('h3', {}, 'Evidence for this entity'), renderEvidence(detail.evidence, detail.sourceCount)]
      : []),
  ].filter((e): e is HTMLElement => e !== null);
}
