/** How sign-in sessions behave; `server/config.ts` reads them from the environment. */
export interface SessionSettings {
  /** How long a session lasts after sign-in. */
  hours: number;
  /** Send the cookie over HTTPS only; off only for plain-HTTP development. */
  secureCookie: boolean;
}

export const DEFAULT_SESSION_SETTINGS: SessionSettings = Object.freeze({ hours: 12, secureCookie: true });
