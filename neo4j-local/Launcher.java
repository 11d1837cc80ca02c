import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, on the loopback interface.
 *
 * Usage: java -cp CLASSPATH Launcher.java HOME PORT PAGECACHE_MB [--watch-stdin]
 * (or the class compiled from this file: java -cp CLASSPATH:DIR Launcher ...)
 *
 * Other Neo4j settings come as JVM system properties prefixed "neo4j.setting." (e.g.
 * -Dneo4j.setting.db.tx_state.memory_allocation=OFF_HEAP); the benchmark uses them.
 *
 * The database stops cleanly on SIGINT/SIGTERM (shutdown hook) and, with --watch-stdin, when
 * standard input closes: a parent that dies, even by SIGKILL, closes the pipe, so no JVM is
 * orphaned and the store lock is released with the process.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Launcher HOME PORT PAGECACHE_MB [--watch-stdin]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = Long.parseLong(args[2]);
        boolean watchStdin = args.length > 3 && args[3].equals("--watch-stdin");
        // The JVM is up; what follows is opening the store (the parent logs the two apart).
        System.out.println("NEO4J_LOCAL_JVM_UP");
        System.out.flush();

        StringBuilder settings = new StringBuilder();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("neo4j.setting.")) {
                settings.append(name.substring("neo4j.setting.".length())).append('=')
                        .append(System.getProperty(name)).append('\n');
            }
        }
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (settings.length() > 0) {
            Files.createDirectories(home);
            Path conf = home.resolve("launcher-settings.conf");
            Files.writeString(conf, settings.toString());
            builder.loadPropertiesFromFile(conf);
        }
        DatabaseManagementService service = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                // At shutdown the Bolt server waits for its connections, then for its threads,
                // up to 5 s each by default, even with no connection open; each wait is capped
                // at 1 s here (the app closes its driver before it stops the database).
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            service.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("NEO4J_LOCAL_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (watchStdin) {
            InputStream in = System.in;
            try {
                while (in.read() != -1) {
                    // any input is ignored; only the end of the stream matters
                }
            } catch (IOException ignored) {
                // a broken pipe means the parent is gone, which is the same signal
            }
            System.exit(0); // runs the shutdown hook
        } else {
            stopped.await();
        }
    }
}
