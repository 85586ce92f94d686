/**
 * Provisions Neo4j from Maven Central through Maven, once: neo4j/pom.xml lists the jars and
 * the launcher, `mvn` puts them in neo4j/target, and later starts reuse them without Maven.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MavenMissingError, ProvisioningError } from './errors.js';
import { acquireLock } from './lock.js';

const moduleDir = path.dirname(fileURLToPath(import.meta.url));
const pomFile = path.join(moduleDir, 'pom.xml');
const launcherSource = path.join(moduleDir, 'src/main/java/peacetalks/neo4j/LocalNeo4j.java');
const targetDir = path.join(moduleDir, 'target');
const markerFile = path.join(targetDir, 'provisioned.json');
const launcherJar = path.join(targetDir, 'local-neo4j.jar');
const libDir = path.join(targetDir, 'lib');

/** Java class of the launcher, as started by local-server.ts. */
export const LAUNCHER_CLASS = 'peacetalks.neo4j.LocalNeo4j';

export interface Provisioned {
  /** Neo4j version from pom.xml, the one place where it is pinned. */
  readonly version: string;
  /** Java classpath of the launcher and all Neo4j jars, in a stable order. */
  readonly classpath: string;
  /** Folder for the class-data archive, emptied whenever the jars change. */
  readonly cdsDir: string;
}

/** Returns the classpath of the local Neo4j, running Maven first if neo4j/target lacks it. */
export async function provisionNeo4j(onProgress: (line: string) => void): Promise<Provisioned> {
  const pom = await readFile(pomFile, 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1];
  if (!version) throw new ProvisioningError(`no <neo4j.version> in ${pomFile}`);
  const cdsDir = path.join(targetDir, 'cds');
  // The fingerprint covers what Maven builds from, so editing either file re-provisions.
  const fingerprint = createHash('sha256')
    .update(pom)
    .update(await readFile(launcherSource))
    .digest('hex');
  // Jars deleted by hand (but not the marker) must also lead to provisioning again.
  const isCurrent = async () =>
    existsSync(launcherJar) && (await readFile(markerFile, 'utf8').catch(() => '')).includes(fingerprint);
  if (await isCurrent()) return { version, classpath: await classpath(), cdsDir };

  await mkdir(targetDir, { recursive: true });
  // Parallel starts (e.g. test files) must not run Maven into the same folder at once.
  const release = await acquireLock(path.join(targetDir, 'provision.lock'), onProgress);
  try {
    if (await isCurrent()) return { version, classpath: await classpath(), cdsDir };
    onProgress(`[neo4j] provisioning Neo4j ${version} from Maven Central (first run only)…`);
    const started = Date.now();
    // The marker goes first: a run cut short must never look provisioned.
    for (const stale of [markerFile, libDir, cdsDir, launcherJar]) {
      await rm(stale, { recursive: true, force: true });
    }
    await runMaven(onProgress);
    if (!existsSync(launcherJar)) {
      throw new ProvisioningError('Maven succeeded but left no launcher jar in neo4j/target');
    }
    await writeFile(markerFile, JSON.stringify({ version, fingerprint }) + '\n');
    onProgress(`[neo4j] provisioned Neo4j ${version} in ${seconds(Date.now() - started)}`);
    return { version, classpath: await classpath(), cdsDir };
  } finally {
    await release();
  }
}

/** Runs Maven, turning its download log into a progress line every few seconds. */
function runMaven(onProgress: (line: string) => void): Promise<void> {
  const args = ['-B', '-f', pomFile, 'compile', 'jar:jar', 'dependency:copy-dependencies'];
  const child = spawn('mvn', args, { cwd: moduleDir, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  let files = 0;
  let bytes = 0;
  let reported = 0;
  const onLine = (line: string) => {
    tail.push(line);
    if (tail.length > 30) tail.shift();
    const done = /Downloaded from [^:]+: \S+ \(([\d.]+) (B|kB|MB|GB)/.exec(line);
    if (done?.[1] && done[2]) {
      files += 1;
      bytes += Number(done[1]) * ({ B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[done[2]] ?? 1);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const ticker = setInterval(() => {
    if (files === reported) return onProgress('[neo4j] … Maven is working');
    reported = files;
    onProgress(`[neo4j] … ${files} files downloaded (${(bytes / 1e6).toFixed(1)} MB)`);
  }, 5_000);
  return new Promise<void>((resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearInterval(ticker);
      reject(error.code === 'ENOENT' ? new MavenMissingError() : new ProvisioningError(`${error}`));
    });
    child.once('close', (code) => {
      clearInterval(ticker);
      if (code === 0) return resolve();
      const errors = tail.filter((line) => line.startsWith('[ERROR]'));
      const detail = (errors.length > 0 ? errors : tail).slice(0, 8).join('\n');
      reject(new ProvisioningError(`mvn exited with code ${code}.\n${detail}`));
    });
  });
}

/** Lists the jars explicitly and sorted: a class-data archive only fits the exact same classpath. */
async function classpath(): Promise<string> {
  const jars = (await readdir(libDir)).filter((name) => name.endsWith('.jar')).sort();
  return [launcherJar, ...jars.map((name) => path.join(libDir, name))].join(path.delimiter);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
