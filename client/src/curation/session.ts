import { request, SIGN_IN, SIGN_OUT, VIEWER } from '../api/index.js';
import type { Role } from '../api/generated/operation-types.js';

/** The signed-in user as the client knows it. */
export interface SignedIn {
  name: string;
  role: Role;
}

/** The roles that may write; a signed-in reader sees what an anonymous one sees. */
const WRITING_ROLES: readonly Role[] = ['EDITOR', 'ADMIN'];

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
