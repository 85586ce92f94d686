import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../seed/data-dir.js';
import { exportDataset } from '../../seed/export/export-dataset.js';
import { seedDatabase } from '../../seed/seed-database.js';
import { connectTestDriver, testDatabase } from '../support/neo4j.js';
import { spawnSeed } from '../support/seed-child.js';

/** Every file under `dir` (one level of folders), by its path inside it, with its bytes. */
async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name === 'README.md') continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

/** The lines of `after` that are not in `before`, and those of `before` gone from `after`, per file. */
function changedLines(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  const changes: string[] = [];
  for (const [file, bytes] of after) {
    const old = (before.get(file)?.toString('utf8') ?? '').split('\n');
    const now = bytes.toString('utf8').split('\n');
    changes.push(...now.filter((line) => !old.includes(line)).map((line) => `${file} + ${line}`));
    changes.push(...old.filter((line) => !now.includes(line)).map((line) => `${file} - ${line}`));
  }
  return changes;
}

// Seeds, exports and child processes on a busy machine: each step takes seconds.
describe('npm run export', { timeout: 180_000 }, () => {
  let driver: Driver;
  let scratch: string;
  const seed = (data: string, options: { discardEdits?: boolean } = {}) =>
    seedDatabase({ driver, ...testDatabase(), data, ...options });
  const exportTo = (dataDir: string) => exportDataset({ driver, ...testDatabase(), dataDir });
  const query = async (cypher: string, parameters: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, parameters, testDatabase())).records.map((record) => record.toObject());
  /** An edit made through the API, as the audit trail records it: not exported yet. */
  const recordEdit = (id: string) =>
    query(`CREATE (:Change {id: $id, at: datetime(), by: 'an-editor', action: 'test', exported: false})`, { id });

  beforeAll(async () => {
    driver = connectTestDriver();
    scratch = await mkdtemp(path.join(tmpdir(), 'export-'));
    await seedDatabase({ driver, ...testDatabase(), data: DEFAULT_DATA_DIR, reset: true, discardEdits: true });
  });
  afterAll(async () => {
    await query(`MATCH (change:Change) WHERE change.id STARTS WITH 'export-test-' DELETE change`);
    await seed(DEFAULT_DATA_DIR);
    await driver.close();
    await rm(scratch, { recursive: true, force: true });
  });

  test('exporting a freshly seeded graph gives back the data files byte for byte', async () => {
    const out = path.join(scratch, 'fresh');
    const result = await exportTo(out);
    const expected = await readTree(DEFAULT_DATA_DIR);
    const exported = await readTree(out);
    expect([...exported.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, bytes] of expected)
      expect({ file, same: exported.get(file)?.equals(bytes) }).toEqual({ file, same: true });
    expect(result.texts).toBe([...expected.keys()].filter((file) => file.startsWith(`sources${path.sep}`)).length);
  });

  test('an edit in the graph comes out as that edit only, and seeding the export writes nothing', async () => {
    const edited = path.join(scratch, 'edited');
    await cp(DEFAULT_DATA_DIR, edited, { recursive: true });
    const stances = path.join(edited, 'stances.yaml');
    const text = await readFile(stances, 'utf8');
    const line = /^ {4}summary: .*$/m.exec(text)![0];
    await writeFile(stances, text.replace(line, '    summary: A corrected summary.'));
    // The graph as an edit of one stance leaves it: its node and its entry's mirror.
    expect((await seed(edited)).changed).toBe(2);

    const out = path.join(scratch, 'after-edit');
    await exportTo(out);
    expect(changedLines(await readTree(DEFAULT_DATA_DIR), await readTree(out))).toEqual([
      'stances.yaml +     summary: A corrected summary.',
      `stances.yaml - ${line}`,
    ]);
    const again = await seed(out);
    expect({ method: again.method, changed: again.changed }).toEqual({ method: 'unchanged', changed: 0 });
    expect((await seed(DEFAULT_DATA_DIR)).changed).toBe(2);
  });

  test('npm run seed refuses while edits are not exported, and --discard-edits goes ahead', async () => {
    await recordEdit('export-test-refused');
    const [{ revision }] = (await query(`MATCH (info:DatasetInfo) RETURN info.revision AS revision`)) as [
      { revision: unknown },
    ];
    const refused = spawnSeed([]);
    expect((await refused.exited).code).toBe(1);
    expect(refused.lines.join('\n')).toContain(
      'seed: failed: the graph holds 1 edit not exported to the files yet, which this seed would overwrite: ' +
        'run "npm run export" first to keep them in the files, or "npm run seed -- --discard-edits" to drop them',
    );
    expect(await query(`MATCH (info:DatasetInfo) RETURN info.revision AS revision`)).toEqual([{ revision }]);

    const discarding = spawnSeed(['--discard-edits']);
    expect((await discarding.exited).code).toBe(0);
    expect(discarding.lines).toContain('[seed] discarding 1 edit not exported to the files');
    expect(
      await query(`MATCH (change:Change {id: 'export-test-refused'}) RETURN change.discarded AS discarded`),
    ).toEqual([{ discarded: true }]);
    await expect(seed(DEFAULT_DATA_DIR)).resolves.toMatchObject({ method: 'unchanged' });
  });

  test('an export marks the edits it wrote exported, and the seed runs again', async () => {
    await recordEdit('export-test-exported');
    await expect(seed(DEFAULT_DATA_DIR)).rejects.toThrow('the graph holds 1 edit not exported');
    const result = await exportTo(path.join(scratch, 'marking'));
    expect(result.changes).toBe(1);
    expect(
      await query(`MATCH (change:Change {id: 'export-test-exported'}) RETURN change.exported AS exported`),
    ).toEqual([{ exported: true }]);
    await expect(seed(DEFAULT_DATA_DIR)).resolves.toMatchObject({ method: 'unchanged' });
  });

  test('a malformed mirror body stops the export with an error naming the entry, before its file is written', async () => {
    const [{ id, body }] = (await query(
      `MATCH (entry:Entry {collection: 'stances'}) RETURN entry.entryId AS id, entry.body AS body ORDER BY entry.position LIMIT 1`,
    )) as [{ id: string; body: string }];
    const out = path.join(scratch, 'malformed');
    try {
      await query(`MATCH (entry:Entry {id: $row}) SET entry.body = '{"id": '`, { row: `entry:stances:${id}` });
      await expect(exportTo(out)).rejects.toThrow(`entry entry:stances:${id}: its body is not valid JSON`);
      expect((await readdir(out)).filter((file) => file.startsWith('stances'))).toEqual([]);
    } finally {
      await query(`MATCH (entry:Entry {id: $row}) SET entry.body = $body`, { row: `entry:stances:${id}`, body });
    }
  });
});
