import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the repository. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The production build: a directory laid out like the repository (compiled `.js` where the sources
 * are `.ts`), so every file the code reads relative to itself is where it expects it.
 */
export const BUILD_DIR = path.join(REPO_ROOT, 'dist', 'service');

/** Files read at run time, relative to their module: copied into the build as they are. */
export const RUNTIME_FILES = [
  'schema.graphql',
  'seed/data',
  'neo4j/pom.xml',
  'neo4j/src',
  'package-lock.json',
  'LICENSE',
  // The patches the install applies to dependencies (package.json's postinstall).
  'tools/patches',
] as const;

/**
 * What a rebuild keeps: the state of a local Neo4j started from the build (its store, password and
 * provisioned jars) and an installation of its dependencies.
 */
export const KEPT_ON_REBUILD = ['.neo4j', 'node_modules', 'neo4j/target'] as const;

/**
 * The build's npm scripts: the same commands as the repository's, run by plain Node on the
 * compiled files. `start` serves too, so an operator's habit works in either place. The install's
 * own `postinstall` is the repository's, taken as it is (see `writePackageJson`).
 */
export const BUILD_SCRIPTS: Record<string, string> = {
  serve: 'node --enable-source-maps server/main.js',
  start: 'node --enable-source-maps server/main.js',
  seed: 'node --enable-source-maps seed/main.js',
  validate: 'node --enable-source-maps seed/main.js --check',
  neo4j: 'node --enable-source-maps neo4j/main.js',
  user: 'node --enable-source-maps tools/user/main.js',
};
