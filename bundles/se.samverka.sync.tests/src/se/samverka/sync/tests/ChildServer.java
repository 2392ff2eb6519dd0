package se.samverka.sync.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import se.samverka.server.ServerConfig;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncSettings;

/**
 * A county server run by the product's own command line ({@code se.samverka.server.app}) in JVMs of its own, so that
 * a test can kill it, restart it and run its administration commands. Its folder gets the shared county's key (so
 * that this process, which trusts that certificate, trusts it too) and a known owner password; its demo users sign
 * in with {@link #PASSWORD}.
 */
final class ChildServer {

    static final char[] PASSWORD = "samverka-demo".toCharArray();

    final Path work;
    final Path folder;
    final int port;
    final SyncSettings settings;
    final SyncClient client;

    ChildServer(County county, String name) throws IOException {
        work = county.folder().resolve(name);
        folder = work.resolve("server");
        port = County.freePort();
        settings = new SyncSettings("localhost", port, ServerConfig.DATABASE, county.settings.trustStore());
        client = new SyncClient(settings);
        Files.createDirectories(folder);
        Files.copy(county.serverFolder().resolve("server.p12"), folder.resolve("server.p12"));
        Files.copy(county.serverFolder().resolve("county-trust.p12"), folder.resolve("county-trust.p12"));
        Properties settings = new Properties();
        settings.setProperty("owner.password", County.OWNER_PASSWORD);
        settings.setProperty("key.password", County.KEY_PASSWORD);
        settings.setProperty("database.boot.password", County.BOOT_PASSWORD);
        try (OutputStream out = Files.newOutputStream(folder.resolve("server.properties"))) {
            settings.store(out, null);
        }
    }

    /** Starts the server ({@code run} numbers the process; {@code demo} loads the demo county into a new database). */
    ChildProcess start(int run, boolean demo) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("start"));
        if (demo) {
            arguments.add("--demo");
        }
        ChildProcess server = command("run-" + run, arguments.toArray(String[]::new));
        server.await("Stoppa med Ctrl+C", 300_000);
        return server;
    }

    /** A raw connection to this server over TLS, as Derby's network client (and so `ij`) makes it. */
    org.apache.derby.client.BasicClientDataSource dataSource() {
        return SyncClient.dataSource(settings);
    }

    /**
     * Statements that take a county database back from schema version 7 to 4 (7: support found by round and
     * municipality; 6: certificates found by their code;
     * 5: the keys records are found by, the scopes they left and what each laptop reached), for tests that make a
     * database of an earlier version.
     */
    static final String[] BEFORE_KEYS = { "DROP TABLE SAMVERKA.SUPPORT_KEYS", "DROP TABLE SAMVERKA.CERTIFICATE_CODES", "DROP TABLE SAMVERKA.REACHES", "DROP TABLE SAMVERKA.SCOPE_MOVES",
            "DROP TABLE SAMVERKA.TRAINER_OFFERINGS", "DROP TABLE SAMVERKA.SCOPE_LINKS",
            "DROP INDEX SAMVERKA.RECORDS_MARK_KEY", "ALTER TABLE SAMVERKA.RECORDS DROP COLUMN MARK_KEY",
            "ALTER TABLE SAMVERKA.RECORDS DROP COLUMN WAIT_POSITION",
            "ALTER TABLE SAMVERKA.RECORDS DROP COLUMN SEAT_STATUS" };

    /** The county database's URL for this process's Derby, with the boot password. */
    String databaseUrl() {
        return "jdbc:derby:" + folder.resolve(ServerConfig.DATABASE).toAbsolutePath() + ";bootPassword="
                + County.BOOT_PASSWORD;
    }

    /**
     * Runs statements on the stopped server's database in this process as {@code user} ({@code url} says the
     * database and its connection attributes), then shuts the database down as its owner; returns the first column of
     * the last statement's first row, if it has one.
     */
    static String offline(String url, String user, String password, String... statements)
            throws java.sql.SQLException {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        String result = null;
        try (java.sql.Connection c = new org.apache.derby.jdbc.EmbeddedDriver().connect(url, credentials);
                java.sql.Statement s = c.createStatement()) {
            for (String statement : statements) {
                if (s.execute(statement)) {
                    try (java.sql.ResultSet rs = s.getResultSet()) {
                        result = rs.next() ? rs.getString(1) : null;
                    }
                }
            }
        }
        credentials.setProperty("user", ServerConfig.OWNER);
        credentials.setProperty("password", County.OWNER_PASSWORD);
        try {
            new org.apache.derby.jdbc.EmbeddedDriver().connect(url.replaceAll(";.*", "") + ";shutdown=true",
                    credentials);
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as an exception (08006).
        }
        return result;
    }

    /** Runs one of the server's commands ({@code backup}, {@code restore FOLDER}, ...) on this server. */
    ChildProcess command(String name, String... command) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--folder", folder.toString(), "--port",
                String.valueOf(port)));
        arguments.addAll(List.of(command));
        return ChildProcess.start("server " + name, work.resolve("server-" + name), "se.samverka.server.app.server",
                arguments, "");
    }
}
