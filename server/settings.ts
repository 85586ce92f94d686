import { z } from 'zod';

/**
 * One environment variable: its name, the zod schema that turns its text into a value, its default
 * (as it would be written in the environment) and what it means. Settings tables are lists of these,
 * so adding a setting is one entry; the README's table is checked against them.
 */
export interface Setting<T> {
  readonly env: string;
  readonly schema: z.ZodType<T, string>;
  /** The value used when the variable is unset or blank; undefined when the setting stays unset. */
  readonly default: string | undefined;
  /** How the README's settings table shows the default, when not the raw value. */
  readonly shownDefault?: string;
  readonly meaning: string;
}

/** A table of settings, keyed by the name the code reads them by. */
export type SettingsTable = Record<string, Setting<unknown>>;

/** The values a table reads to: each key's schema output, or undefined where unset without a default. */
export type SettingsValues<S extends SettingsTable> = {
  readonly [K in keyof S]: S[K] extends Setting<infer T> ? T : never;
};

/** Declares one setting (the identity function, typed: the table entry infers the value type). */
export function defineSetting<T>(setting: Setting<T>): Setting<T> {
  return setting;
}

/** A setting has a value that cannot work; the message names every variable at fault. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** The longest raw value quoted back in an error: enough to recognise it. */
const QUOTED_MAX = 60;

function quote(raw: string): string {
  return JSON.stringify(raw.length > QUOTED_MAX ? `${raw.slice(0, QUOTED_MAX)}…` : raw);
}

/**
 * Reads every setting of a table from an environment, validating each, and returns a frozen object.
 * Throws one ConfigError naming each bad variable and its value, so one start reports them all.
 */
export function readSettings<S extends SettingsTable>(
  table: S,
  env: Readonly<Record<string, string | undefined>> = process.env,
): SettingsValues<S> {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, setting] of Object.entries(table)) {
    const given = env[setting.env]?.trim();
    const raw = given ? given : setting.default;
    if (raw === undefined) {
      values[key] = undefined;
      continue;
    }
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else problems.push(`${setting.env}: ${parsed.error.issues[0]?.message ?? 'invalid'}, got ${quote(raw)}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(values) as SettingsValues<S>;
}

/** A TCP port (0 lets the system pick a free one): the one port parser of the project. */
export const portSchema = z
  .string()
  .regex(/^\d+$/, 'must be a port number from 0 to 65535')
  .transform(Number)
  .refine((port) => port <= 65535, 'must be a port number from 0 to 65535');

/** A whole number within bounds, e.g. a limit or a timeout in milliseconds. */
export function integerSchema(min: number, max: number): z.ZodType<number, string> {
  const rule = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^\d+$/, rule)
    .transform(Number)
    .refine((value) => value >= min && value <= max, rule);
}

/** `true`/`false` (also 1/0, yes/no, on/off), as zod's stringbool reads them. */
export const booleanSchema = z.stringbool({ error: 'must be true or false' });

/** A comma-separated list, blanks dropped. */
export function listSchema<T>(item: z.ZodType<T, string>): z.ZodType<T[], string> {
  return z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
}
