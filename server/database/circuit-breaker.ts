/**
 * Remembers that Neo4j did not answer, so that requests while it is down fail at once instead of
 * each waiting seconds for the driver's connection timeout. Closed: every query runs. Open (after
 * a failure to reach the database): queries are refused until `retryAfterMs` has passed; then
 * one query at a time is let through as a trial, and its success closes the breaker again.
 */
export class CircuitBreaker {
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(private readonly options: { retryAfterMs: number; now?: () => number }) {}

  private now(): number {
    return this.options.now ? this.options.now() : performance.now();
  }

  /** True while the database is taken to be down. */
  isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  /**
   * Whether a query may run now. While open, only the first caller after the wait gets `true`
   * (the trial); it must report back with `succeeded` or `failed`.
   */
  tryPass(): boolean {
    if (this.openedAt === undefined) return true;
    if (this.trialInFlight || this.now() - this.openedAt < this.options.retryAfterMs) return false;
    this.trialInFlight = true;
    return true;
  }

  /** The database answered: close the breaker. */
  succeeded(): void {
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  /** The database could not be reached: open the breaker (again), starting the wait anew. */
  failed(): void {
    this.openedAt = this.now();
    this.trialInFlight = false;
  }

  /** A query ended some other way (a Cypher error): the database answered, which is what counts. */
  settled(): void {
    if (this.trialInFlight) this.succeeded();
  }
}
