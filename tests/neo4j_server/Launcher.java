// Test-only: a real Neo4j Community server, embedded in this JVM, with Bolt on 127.0.0.1.
//
//   java -cp "$(cat target/classpath.txt)" Launcher.java HOME PORT PASSWORD [SETTING=VALUE]...
//
// Starts a database under HOME (a new one, or the one already there), sets the password of the
// user "neo4j" to PASSWORD, and prints one line, "READY <port>", once Bolt accepts connections.
// Extra settings are neo4j.conf lines (e.g. server.databases.read_only=neo4j), which replace the
// defaults of the same name (e.g. server.memory.pagecache.size=2g). Stops cleanly on SIGTERM or SIGINT
// (the shutdown hook). scripts/neo4j-test-server wraps it; the test suite uses that script.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        String port = args[1];
        String password = args[2];
        String address = "127.0.0.1:" + port;
        // Settings by name, as in neo4j.conf (the builder takes them only from a file).
        Path conf = Files.createDirectories(home.resolve("conf")).resolve("neo4j.conf");
        // The extra settings replace the defaults of the same name (a setting given twice in
        // neo4j.conf is refused): e.g. a bench raises the page cache.
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", address);
        settings.put("server.bolt.advertised_address", address);
        settings.put("server.memory.pagecache.size", "128m");
        settings.put("dbms.memory.transaction.total.max", "512m");
        settings.put("dbms.security.auth_enabled", "true");
        for (String extra : java.util.Arrays.copyOfRange(args, 3, args.length)) {
            String[] pair = extra.split("=", 2);
            settings.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        StringBuilder lines = new StringBuilder();
        settings.forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        Files.writeString(conf, lines);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
            .loadPropertiesFromFile(conf)
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        try {
            dbms.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        } catch (RuntimeException e) {
            // A restart on the same folder with the same password: nothing to change.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                e.printStackTrace();
                System.exit(1);
            }
        }
        System.out.println("READY " + port);
        System.out.flush();
        Thread.currentThread().join();  // until a signal runs the shutdown hook
    }
}
