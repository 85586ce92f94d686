import type { Attested, EntityDetail, Evidenced, StanceLine } from '../api/types.js';
import { describeSpeaker } from '../graph/positions-elements.js';
import { describeStance, joinNames, renderCondition, renderNote, renderStatusBadge } from './claim-badges.js';
import { h } from './dom.js';
import { renderEvidence } from './evidence-list.js';

type Item = Evidenced & Attested & { line: string; extra?: (HTMLElement | null)[] };

function section(title: string, items: Item[] | undefined): HTMLElement[] {
  if (!items?.length) return [];
  return [
    h('h3', {}, title),
    h(
      'ul',
      { class: 'facts' },
      items.map((item) =>
        h(
          'li',
          {},
          h('div', {}, item.line, ' ', renderStatusBadge(item)),
          ...(item.extra ?? []),
          renderNote(item),
          renderEvidence(item.evidence, item.sourceCount),
        ),
      ),
    ),
  ];
}

/** A stance as one line: the claimant first when it is someone else's word, then its condition. */
function stanceItem(stance: StanceLine): Item {
  return {
    ...stance,
    line: `${stance.date}: ${describeStance(stance)}. ${describeSpeaker(stance)}`,
    extra: [renderCondition(stance)],
  };
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
      ? h(
          'p',
          { class: 'speaker' },
          describeSpeaker({
            actor: detail.actor,
            voicedBy: detail.voicedBy ?? null,
            claimant: detail.claimant ?? null,
          }),
        )
      : null,
    detail.orgKind || detail.meetingKind || detail.groupKind || detail.documentKind || detail.contactKind
      ? h(
          'p',
          { class: 'kind' },
          (detail.orgKind ?? detail.meetingKind ?? detail.groupKind ?? detail.documentKind ?? detail.contactKind ?? '')
            .toLowerCase()
            .replaceAll('_', ' '),
        )
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
    renderStatusBadge(detail),
    detail.endStatus === 'SCHEDULED' ? h('p', { class: 'badge status-scheduled' }, 'end date only scheduled') : null,
    detail.meetingStatus && detail.meetingStatus !== 'HELD'
      ? h('p', { class: `badge status-${detail.meetingStatus.toLowerCase()}` }, detail.meetingStatus.toLowerCase())
      : null,
    renderNote(detail),
    detail.authors?.length ? h('p', {}, h('strong', {}, 'By: '), joinNames(detail.authors)) : null,
    detail.addressees?.length ? h('p', {}, h('strong', {}, 'To: '), joinNames(detail.addressees)) : null,
    detail.parties?.length ? h('p', {}, h('strong', {}, 'Between: '), joinNames(detail.parties)) : null,
    ...section('Stances', detail.stances?.map(stanceItem)),
    ...section('What others say it holds', detail.claimsAbout?.map(stanceItem)),
    ...section('What it says others hold', detail.claims?.map(stanceItem)),
    ...section('Terms', detail.terms?.map(stanceItem)),
    ...section(
      'Members',
      detail.members?.map((m) => ({ ...m, line: m.actor.name })),
    ),
    ...section(
      'What happened to it',
      detail.events?.map((e) => ({
        ...e,
        line: `${e.date ?? 'undated'}: ${e.kind.toLowerCase().replaceAll('_', ' ')} by ${e.by.name}${e.to.length ? ` to ${joinNames(e.to)}` : ''}`,
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
