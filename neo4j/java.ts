/**
 * Finds the Java that runs the local Neo4j and checks its version up front, because a
 * JVM that is too old fails later with an obscure class-file error.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { JavaMissingError, JavaTooOldError } from './errors.js';

/** Neo4j 5.26 runs on Java 17 and 21. */
export const MIN_JAVA_MAJOR = 17;

export interface JavaRuntime {
  /** Command to run: JAVA_HOME's java when set (as Maven does too), else `java` on the PATH. */
  readonly command: string;
  /** Version string as printed by `java -version`, e.g. `17.0.15`. */
  readonly version: string;
  readonly major: number;
}

/** The `java` command this environment selects, without running it. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  const home = env.JAVA_HOME?.trim();
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** Reads the major version from `java -version` output (`1.8.0_x` counts as 8). */
export function parseJavaVersion(output: string): { version: string; major: number } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match?.[1]) return undefined;
  const version = match[1];
  const parts = version.split(/[.+-]/).map(Number);
  const major = parts[0] === 1 ? parts[1] : parts[0];
  return major !== undefined && Number.isInteger(major) ? { version, major } : undefined;
}

/** Runs `java -version`; throws JavaMissingError or JavaTooOldError when unusable. */
export async function requireJava(env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const command = javaCommand(env);
  const output = await new Promise<string | undefined>((resolve) => {
    execFile(command, ['-version'], { env, timeout: 30_000 }, (error, stdout, stderr) => {
      // `java -version` prints on stderr; a spawn failure (ENOENT, EACCES) leaves both empty.
      resolve(error && !stderr ? undefined : `${stderr}\n${stdout}`);
    });
  });
  if (output === undefined) throw new JavaMissingError(command);
  const parsed = parseJavaVersion(output);
  if (!parsed) throw new JavaMissingError(command);
  if (parsed.major < MIN_JAVA_MAJOR) throw new JavaTooOldError(command, parsed.version);
  return { command, ...parsed };
}
