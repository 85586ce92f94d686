import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseCli } from '../cli.js';
import { buildClient } from '../../server/ensure-client-build.js';
import { BUILD_DIR, BUILD_SCRIPTS, KEPT_ON_REBUILD, REPO_ROOT, RUNTIME_FILES } from './layout.js';

const require = createRequire(import.meta.url);

/** Empties the build directory but for what a rebuild keeps (the build's own Neo4j, its installed modules). */
async function cleanBuild(dir: string, kept: readonly string[] = KEPT_ON_REBUILD): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const relative = entry.name;
    if (kept.includes(relative)) continue;
    const inner = kept.filter((keep) => keep.startsWith(`${relative}/`)).map((keep) => keep.slice(relative.length + 1));
    if (entry.isDirectory() && inner.length > 0) await cleanBuild(path.join(dir, relative), inner);
    else await rm(path.join(dir, relative), { recursive: true, force: true });
  }
}

/** Compiles the server, the seed, the local Neo4j's launcher and the operators' scripts with tsc. */
function compileServer(outDir: string): Promise<void> {
  const tsc = require.resolve('typescript/bin/tsc');
  const child = spawn(process.execPath, [tsc, '-p', path.join(REPO_ROOT, 'tsconfig.build.json'), '--outDir', outDir], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`tsc exited with code ${code}`))));
  });
}

/** The build's package.json: the same dependencies (so the lock file still fits) and scripts that run the compiled files. */
async function writePackageJson(outDir: string): Promise<void> {
  const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  // The install patches the dependencies the same way in the build as in the repository.
  const built = { ...manifest, scripts: { ...BUILD_SCRIPTS, postinstall: manifest.scripts['postinstall'] } };
  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify(built, null, 2)}\n`);
}

/** `npm run build`: the server compiled and the client built into one directory, ready for `npm ci --omit=dev`. */
async function main(): Promise<void> {
  const { out } = parseCli({
    command: 'npm run build --',
    summary:
      'Compiles the server and builds the web client into one directory, which `npm run serve` runs on plain Node.',
    options: {
      out: {
        type: 'string',
        default: path.relative(REPO_ROOT, BUILD_DIR),
        value: 'DIR',
        description: 'where to write the build',
      },
    },
  });
  const outDir = path.resolve(REPO_ROOT, out);
  const started = Date.now();
  await mkdir(outDir, { recursive: true });
  await cleanBuild(outDir);
  console.log('build: compiling the server…');
  await compileServer(outDir);
  for (const file of RUNTIME_FILES) {
    await cp(path.join(REPO_ROOT, file), path.join(outDir, file), { recursive: true });
  }
  await writePackageJson(outDir);
  console.log('build: building the web client…');
  await buildClient({ outDir: path.join(outDir, 'dist', 'client') });
  console.log(
    `build: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${path.relative(REPO_ROOT, outDir) || '.'}/`,
  );
}

main().catch((error: unknown) => {
  console.error(`build: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
