import { request, SIGN_IN, SIGN_OUT, VIEWER } from '../api/index.js';
import type { Role } from '../api/generated/operation-types.js';

/** The signed-in user as the client knows it. */
export interface SignedIn {
  name: string;
  role: Role;
}

/** The roles that may write; a signed-in reader sees what an anonymous one sees. */
const WRITING_ROLES: readonly Role[] = ['EDITOR', 'ADMIN'];

/** After a failed `viewer`, the wait before asking again: doubled after each failure, up to `max`. */
const VIEWER_RETRY_MS = { first: 1_000, max: 30_000 };

type Listener = (viewer: SignedIn | null) => void;

/**
 * Who is signed in. The session itself is an HttpOnly cookie the page cannot read: the server says
 * who it belongs to (`viewer`), and every editing control asks this object before it is drawn.
 */
export class Session {
  #viewer: SignedIn | null = null;
  #listeners: Listener[] = [];

  /** Who is signed in, or null for an anonymous reader. */
  get viewer(): SignedIn | null {
    return this.#viewer;
  }

  /** True when the page may show editing controls. */
  get isEditor(): boolean {
    return this.#viewer !== null && WRITING_ROLES.includes(this.#viewer.role);
  }

  /** Asks the server who the session cookie belongs to. */
  async refresh(): Promise<void> {
    this.#set((await request(VIEWER, {})).viewer ?? null);
  }

  /**
   * Asks until the server answers. A page opened while the server restarts or Neo4j is briefly out
   * of reach would otherwise show an editor no editing control until it is reloaded: each failure
   * goes to `onFailure`, and the question is asked again after a growing wait.
   */
  async refreshUntilAnswered(onFailure: (error: unknown) => void): Promise<void> {
    for (let waitMs = VIEWER_RETRY_MS.first; ; waitMs = Math.min(waitMs * 2, VIEWER_RETRY_MS.max)) {
      try {
        return await this.refresh();
      } catch (error) {
        onFailure(error);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }

  /** Signs in; rejects with the server's ApiError (UNAUTHENTICATED, RATE_LIMITED) on failure. */
  async signIn(name: string, password: string): Promise<void> {
    this.#set((await request(SIGN_IN, { name, password })).signIn);
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    await request(SIGN_OUT, {});
    this.#set(null);
  }

  /** Calls `listener` whenever who is signed in changes. */
  subscribe(listener: Listener): void {
    this.#listeners.push(listener);
  }

  #set(viewer: SignedIn | null): void {
    const changed = viewer?.name !== this.#viewer?.name;
    this.#viewer = viewer;
    if (changed) for (const listener of this.#listeners) listener(viewer);
  }
}
