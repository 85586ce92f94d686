/**
 * Typed errors of the Neo4j runtime. Each message is one line that says what to do,
 * and `code` lets callers and tests tell the cases apart without parsing messages.
 */

export type Neo4jRuntimeErrorCode =
  | 'NEO4J_CONFIG_INVALID'
  | 'NEO4J_JAVA_MISSING'
  | 'NEO4J_JAVA_TOO_OLD'
  | 'NEO4J_MAVEN_MISSING'
  | 'NEO4J_PROVISIONING_FAILED'
  | 'NEO4J_PORT_IN_USE'
  | 'NEO4J_PASSWORD_FILE_MISSING'
  | 'NEO4J_SERVER_EXITED'
  | 'NEO4J_START_TIMEOUT'
  | 'NEO4J_AUTH_FAILED'
  | 'NEO4J_CONNECT_FAILED';

/** Base class of all errors raised while configuring, provisioning or starting Neo4j. */
export class Neo4jRuntimeError extends Error {
  constructor(
    readonly code: Neo4jRuntimeErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An environment variable or option has a value that cannot work. */
export class Neo4jConfigError extends Neo4jRuntimeError {
  constructor(message: string) {
    super('NEO4J_CONFIG_INVALID', message);
  }
}

/** No `java` could be run: neither from JAVA_HOME nor on the PATH. */
export class JavaMissingError extends Neo4jRuntimeError {
  constructor(command: string) {
    super(
      'NEO4J_JAVA_MISSING',
      `Java 17 or newer is needed for the local Neo4j, but '${command}' could not be run: install a JDK 17+ or set JAVA_HOME, or set NEO4J_URI to use an existing Neo4j.`,
    );
  }
}

/** The `java` found is older than Neo4j 5.26 supports. */
export class JavaTooOldError extends Neo4jRuntimeError {
  constructor(command: string, found: string) {
    super(
      'NEO4J_JAVA_TOO_OLD',
      `Java 17 or newer is needed for the local Neo4j, but '${command}' is version ${found}: install a JDK 17+ or point JAVA_HOME at one.`,
    );
  }
}

/** Maven is needed once, to fetch Neo4j, and could not be run. */
export class MavenMissingError extends Neo4jRuntimeError {
  constructor() {
    super(
      'NEO4J_MAVEN_MISSING',
      "Maven 3.8+ is needed once to fetch Neo4j from Maven Central, but 'mvn' could not be run: install Maven, or set NEO4J_URI to use an existing Neo4j.",
    );
  }
}

/** Maven ran but did not leave a usable Neo4j in neo4j/target. */
export class ProvisioningError extends Neo4jRuntimeError {
  constructor(detail: string) {
    super('NEO4J_PROVISIONING_FAILED', `Fetching Neo4j through Maven failed: ${detail}`);
  }
}

/** Something already listens on the Bolt port chosen for the local server. */
export class PortInUseError extends Neo4jRuntimeError {
  constructor(readonly port: number) {
    super(
      'NEO4J_PORT_IN_USE',
      `Port ${port} on 127.0.0.1 is already in use (another Neo4j?): stop it, or choose another port with NEO4J_BOLT_PORT.`,
    );
  }
}

/** The data directory was initialised with a password that is no longer on disk. */
export class PasswordFileMissingError extends Neo4jRuntimeError {
  constructor(dataDir: string, passwordFile: string) {
    super(
      'NEO4J_PASSWORD_FILE_MISSING',
      `The local Neo4j data in ${dataDir} was created with a password that is no longer in ${passwordFile}: delete ${dataDir} to start afresh (its data is lost), or restore the password file.`,
    );
  }
}

/** The JVM stopped before it reported ready; `outputTail` holds its last lines. */
export class ServerExitedError extends Neo4jRuntimeError {
  constructor(
    readonly exitCode: number | null,
    readonly outputTail: string,
    hint = '',
  ) {
    super(
      'NEO4J_SERVER_EXITED',
      `The local Neo4j exited during startup (exit code ${exitCode ?? 'none'})${hint ? `: ${hint}` : ''}. Its last output:\n${outputTail}`,
    );
  }
}

/** The JVM did not become ready in time; it has been stopped. */
export class StartTimeoutError extends Neo4jRuntimeError {
  constructor(
    readonly timeoutMs: number,
    readonly outputTail: string,
  ) {
    super(
      'NEO4J_START_TIMEOUT',
      `The local Neo4j was not ready after ${Math.round(timeoutMs / 1000)} s and was stopped. Its last output:\n${outputTail}`,
    );
  }
}

/** The server runs but refuses the stored password. */
export class AuthFailedError extends Neo4jRuntimeError {
  constructor(passwordFile: string, dataDir: string, cause: unknown) {
    super(
      'NEO4J_AUTH_FAILED',
      `The local Neo4j refused the password in ${passwordFile}: restore the right password file, or delete ${dataDir} to start afresh (its data is lost).`,
      { cause },
    );
  }
}

/** The server named by NEO4J_URI could not be reached or refused the credentials. */
export class ConnectFailedError extends Neo4jRuntimeError {
  constructor(uri: string, cause: unknown) {
    const reason = (cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause)).replace(/\.+$/, '');
    super(
      'NEO4J_CONNECT_FAILED',
      `Could not connect to Neo4j at ${uri} (NEO4J_URI): ${reason}. Check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD, or unset NEO4J_URI to use the local Neo4j.`,
      { cause },
    );
  }
}
