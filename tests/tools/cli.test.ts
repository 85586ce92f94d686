import { execFile } from 'node:child_process';
import { describe, expect, test } from 'vitest';

/** Every script package.json runs, by its entry file. */
const SCRIPTS = [
  'server/main.ts',
  'seed/main.ts',
  'neo4j/main.ts',
  'bench/main.ts',
  'bench/cpu-per-request.ts',
  'bench/outage-soak.ts',
  'tools/codegen/main.ts',
];

function run(file: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', file, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

describe('the scripts’ command lines', () => {
  test.each(SCRIPTS)('%s prints its usage on --help, and exits 2 with it on an unknown flag', async (file) => {
    const help = await run(file, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm (start|run [\w:]+) --/);
    expect(help.stdout).toContain('--help');

    const unknown = await run(file, ['--no-such-flag']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--no-such-flag'");
    expect(unknown.stderr).toContain('Usage: ');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});
