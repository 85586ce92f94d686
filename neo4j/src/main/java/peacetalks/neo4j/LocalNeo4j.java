package peacetalks.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded, with only a Bolt connector on 127.0.0.1, for local development
 * and tests. Started and supervised by neo4j/local-server.ts.
 *
 * <p>Arguments: {@code --data-dir=DIR --bolt-port=N --page-cache=SIZE}. The password of the
 * {@code neo4j} user comes from the environment variable {@code LOCAL_NEO4J_PASSWORD} (not an
 * argument, so that it does not show in the process list) and is only set while the user still
 * has the factory password, i.e. on the first start of a data directory.
 *
 * <p>Protocol on stdout: one line {@code LOCAL_NEO4J_READY bolt://127.0.0.1:PORT} once Bolt
 * accepts connections. The process stops cleanly when its stdin reaches end of file, which also
 * happens when the parent dies, even by SIGKILL, so that no JVM is ever left behind.
 */
public final class LocalNeo4j {
  private static final String READY = "LOCAL_NEO4J_READY";
  private static final String FAILED = "LOCAL_NEO4J_FAILED";
  private static final AtomicBoolean stopped = new AtomicBoolean(false);
  private static volatile DatabaseManagementService service;
  private static volatile boolean ready;

  private LocalNeo4j() {}

  public static void main(String[] args) {
    try {
      Map<String, String> options = parse(args);
      Path dataDir = Path.of(require(options, "data-dir")).toAbsolutePath();
      int boltPort = Integer.parseInt(require(options, "bolt-port"));
      long pageCache = SettingValueParsers.BYTES.parse(options.getOrDefault("page-cache", "256m"));
      String password = System.getenv("LOCAL_NEO4J_PASSWORD");
      if (password == null || password.length() < 8) {
        throw new IllegalArgumentException("LOCAL_NEO4J_PASSWORD must hold at least 8 characters");
      }

      // Registered before starting, so that a signal during startup still shuts down cleanly.
      Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::stop, "local-neo4j-shutdown"));
      watchStdin();

      service = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(GraphDatabaseSettings.data_directory, dataDir)
          .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
          // A development store needs no long history of transaction logs.
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "100M size")
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(HttpsConnector.enabled, false)
          // By default Bolt waits seconds for clients on shutdown; a local server has none left.
          .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .setUserLogProvider(new Log4jLogProvider(System.out, Level.INFO))
          .build();

      setInitialPassword(password);
      var system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      int port = system.getDependencyResolver()
          .resolveDependency(ConnectorPortRegister.class)
          .getLocalAddress(ConnectorType.BOLT)
          .getPort();
      ready = true;
      System.out.println(READY + " bolt://127.0.0.1:" + port);
      System.out.flush();
    } catch (Throwable e) {
      System.err.println(FAILED + " " + e);
      e.printStackTrace();
      stop();
      System.exit(1);
    }
  }

  /** Replaces the factory password (and its forced change) only on a fresh data directory. */
  private static void setInitialPassword(String password) {
    var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    boolean fresh = system.executeTransactionally(
        "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' "
            + "RETURN passwordChangeRequired",
        Map.of(),
        result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
    if (fresh) {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }
  }

  /** A daemon thread that stops the server once stdin closes: the parent has gone or asks us to. */
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
          // Input is ignored; only end of file matters.
        }
      } catch (IOException ignored) {
        // A broken pipe means the parent is gone, just like end of file.
      }
      stop();
      // Exit code 0 only after a full run: the parent keeps the class-data dump of such runs only.
      System.exit(ready ? 0 : 3);
    }, "local-neo4j-stdin");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void stop() {
    DatabaseManagementService current = service;
    if (current != null && stopped.compareAndSet(false, true)) {
      try {
        current.shutdown();
      } catch (Throwable e) {
        System.err.println("Neo4j shutdown failed: " + e);
      }
    }
  }

  private static Map<String, String> parse(String[] args) {
    var options = new java.util.HashMap<String, String>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("unexpected argument " + arg);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    return options;
  }

  private static String require(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("missing --" + name + "=...");
    }
    return value;
  }
}
