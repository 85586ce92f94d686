import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parseCli } from '../../tools/cli.js';

const SPEC = {
  command: 'npm run example --',
  summary: 'An example.',
  options: {
    reset: { type: 'boolean', default: false, description: 'start afresh' },
    scale: { type: 'string', default: '1', value: 'N', description: 'how big' },
  },
} as const;

/** Runs parseCli with `args`, catching the exit it asks for and what it prints. */
function runParse(args: string[]) {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => ((out += String(text)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((text) => ((err += String(text)), true));
  vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  try {
    return { values: parseCli(SPEC, args), out, err, exit: undefined };
  } catch (error) {
    return { values: undefined, out, err, exit: (error as Error).message };
  } finally {
    vi.restoreAllMocks();
  }
}

/** The entry file of each `tsx FILE` script in package.json. */
function scriptEntries(): string[] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return [...new Set(Object.values(scripts).flatMap((line) => /^tsx (\S+\.ts)/.exec(line)?.[1] ?? []))];
}

describe('the scripts’ command lines', () => {
  afterEach(() => vi.restoreAllMocks());

  test('flags are read with their defaults', () => {
    expect(runParse(['--reset']).values).toEqual({ reset: true, scale: '1', positionals: [] });
    expect(runParse(['--scale', '100']).values).toEqual({ reset: false, scale: '100', positionals: [] });
  });

  test('--help prints the usage, each option with its default, and exits 0', () => {
    const { out, exit } = runParse(['--help']);
    expect(exit).toBe('exit 0');
    expect(out).toBe(`Usage: npm run example -- [options]

An example.

Options:
  --reset    start afresh
  --scale N  how big (default 1)
  --help     print this text
`);
  });

  test.each([['--no-such-flag'], ['--scale'], ['stray']])(
    '%s prints what is wrong and the usage, and exits 2',
    (arg) => {
      const { err, exit } = runParse([arg]);
      expect(exit).toBe('exit 2');
      expect(err).toMatch(/^(Unknown option|Option '--scale <value>' argument missing|Unexpected argument)/);
      expect(err).toContain('Usage: npm run example -- [options]');
    },
  );

  test.each(scriptEntries())('%s reads its flags through parseCli', (file) => {
    expect(readFileSync(file, 'utf8')).toContain('parseCli(');
  });

  test('a real script answers --help and an unknown flag as the helper does', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile(process.execPath, ['--import', 'tsx', 'neo4j/main.ts', ...args], (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
        ),
      );
    const [help, unknown] = await Promise.all([run(['--help']), run(['--no-such-flag'])]);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run neo4j --/) });
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--no-such-flag'") });
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
