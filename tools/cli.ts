import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One command-line option: how `util.parseArgs` reads it, and one line for the usage text. */
export interface CliOption {
  readonly type: 'string' | 'boolean';
  readonly default?: string | boolean;
  /** What the option does, as the usage text shows it. */
  readonly description: string;
  /** The value's placeholder in the usage text (`N`, `LIST`). */
  readonly value?: string;
}

export interface CliSpec<O extends Record<string, CliOption>> {
  /** How the script is run: `npm run seed --`. */
  readonly command: string;
  /** One sentence on what it does. */
  readonly summary: string;
  readonly options: O;
  /** Words the script takes besides its flags (`add NAME`), as the usage text shows them; none when unset. */
  readonly positionals?: string;
}

type Values<O extends Record<string, CliOption>> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K] extends { default: string }
      ? string
      : string | undefined;
};

/** The usage text of a script: what it does, and each option with its default. */
export function formatUsage(spec: CliSpec<Record<string, CliOption>>): string {
  const entries = Object.entries(spec.options).map(([name, option]) => {
    const flag = `--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
    const fallback = option.type === 'string' && option.default !== undefined ? ` (default ${option.default})` : '';
    return [flag, `${option.description}${fallback}`] as const;
  });
  entries.push(['--help', 'print this text']);
  const width = Math.max(...entries.map(([flag]) => flag.length));
  return [
    `Usage: ${spec.command}${spec.positionals ? ` ${spec.positionals}` : ''}${Object.keys(spec.options).length > 0 ? ' [options]' : ''}`,
    '',
    spec.summary,
    '',
    'Options:',
    ...entries.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
  ].join('\n');
}

/**
 * Reads a script's flags with `util.parseArgs`: `--help` prints the usage and exits 0; an unknown
 * flag, a missing value or a stray argument prints what was wrong and the usage, and exits 2.
 */
export function parseCli<O extends Record<string, CliOption>>(
  spec: CliSpec<O>,
  args: string[] = process.argv.slice(2),
): Values<O> & { readonly positionals: readonly string[] } {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, { type, default: fallback }] of Object.entries(spec.options)) {
    options[name] = fallback === undefined ? { type } : ({ type, default: fallback } as (typeof options)[string]);
  }
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: Boolean(spec.positionals) }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${formatUsage(spec)}\n`);
    process.exit(2);
  }
  if (values['help']) {
    process.stdout.write(`${formatUsage(spec)}\n`);
    process.exit(0);
  }
  return { ...(values as Values<O>), positionals };
}
