import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isClientBuild } from './client-assets.js';

/** Where `npm start` serves the client from, and where `npm run build:client` writes it. */
export const CLIENT_DIR = fileURLToPath(new URL('../dist/client', import.meta.url));
const CONFIG_FILE = fileURLToPath(new URL('../client/vite.config.ts', import.meta.url));

/** Builds the web client with Vite into `outDir` (quietly: one progress line is the caller's job). */
export async function buildClient({ outDir = CLIENT_DIR }: { outDir?: string } = {}): Promise<void> {
  // Imported here: the server does not load Vite unless there is something to build. A production
  // install has no Vite (a development tool): its client was built by `npm run build`.
  const { build } = await import('vite').catch(() => {
    throw new Error(
      `no web client build in ${path.relative(process.cwd(), outDir) || '.'}, and no Vite to build one: run \`npm run build\` from the sources, or set SERVE_CLIENT=false`,
    );
  });
  await build({
    configFile: CONFIG_FILE,
    logLevel: 'warn',
    build: { outDir: path.resolve(outDir), emptyOutDir: true },
  });
}

/** Builds the client when its build is missing, so `npm start` serves it on first run too. */
export async function ensureClientBuild({
  dir = CLIENT_DIR,
  log,
}: {
  dir?: string;
  log: (message: string) => void;
}): Promise<string> {
  if (isClientBuild(dir)) return dir;
  log('building the web client (once; `npm run build:client` rebuilds it)…');
  const started = Date.now();
  await buildClient({ outDir: dir });
  log(`web client built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}
