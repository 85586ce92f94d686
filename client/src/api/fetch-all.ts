import { request, type Operation } from './request.js';

/** The server's largest page (`limit` is 1–200 on every list). */
export const PAGE_SIZE = 200;

/**
 * Fetches every page of a paged list (`{ items, total }`), PAGE_SIZE at a time, and returns the
 * items in order: views that need the whole list ask for it through this.
 */
export async function fetchAllPages<TData, TVariables extends { limit?: number | null; offset?: number | null }, TItem>(
  operation: Operation<TData, TVariables>,
  variables: TVariables,
  pick: (data: TData) => { items: TItem[]; total: number },
): Promise<TItem[]> {
  const items: TItem[] = [];
  for (;;) {
    const page = pick(await request(operation, { ...variables, limit: PAGE_SIZE, offset: items.length }));
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}
