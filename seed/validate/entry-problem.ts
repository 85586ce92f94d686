/** One thing wrong inside one entry: the field (e.g. `evidence[0].quote`) and the rule it breaks. */
export interface EntryProblem {
  /** The field inside the entry, e.g. `posts[0].from`; absent for the entry as a whole. */
  field?: string | undefined;
  message: string;
}
