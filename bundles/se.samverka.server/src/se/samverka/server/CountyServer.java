package se.samverka.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDataSource;

import se.samverka.server.internal.Certificates;
import se.samverka.server.internal.CountySchema;

/**
 * The county server: a Derby Network Server (TLS only, Derby's NATIVE authentication, SQL authorization) serving
 * the county database. Users hold no rights to its tables; they may only call the sync procedure, which runs with
 * the owner's rights and decides from the caller's role what it may read and change.
 */
public final class CountyServer implements AutoCloseable {

    private final ServerConfig config;
    private final NetworkServerControl control;

    private CountyServer(ServerConfig config, NetworkServerControl control) {
        this.config = config;
        this.control = control;
    }

    /**
     * Creates the county database (or brings an existing one up to this version's schema), then starts the network
     * server and waits until it answers.
     */
    public static CountyServer start(ServerConfig config) throws ServerException {
        try {
            Files.createDirectories(config.folder());
            Certificates.ensure(config);
            configureDerby(config);
            CountySchema.createOrUpgrade(owner(config));
            NetworkServerControl control = new NetworkServerControl(InetAddress.getByName(config.host()),
                    config.port(), ServerConfig.OWNER, new String(config.ownerPassword()));
            // Derby's worker threads load the sync procedure's class through this thread's context class loader.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(CountyServer.class.getClassLoader());
            try {
                control.start(new PrintWriter(Files.newBufferedWriter(config.folder().resolve("server.log")), true));
            } finally {
                thread.setContextClassLoader(previous);
            }
            CountyServer server = new CountyServer(config, control);
            server.awaitStarted();
            return server;
        } catch (SQLException e) {
            throw new ServerException("The county database cannot be opened: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new ServerException("The county server cannot start: " + e.getMessage(), e);
        }
    }

    /** Waits until the server accepts connections on its port. */
    private void awaitStarted() throws Exception {
        Exception last = null;
        for (int i = 0; i < 200; i++) {
            try (java.net.Socket socket = new java.net.Socket(config.host(), config.port())) {
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(50);
            }
        }
        throw last;
    }

    private static void configureDerby(ServerConfig config) {
        System.setProperty("derby.system.home", config.folder().toAbsolutePath().toString());
        System.setProperty("derby.stream.error.file", config.folder().resolve("derby.log").toString());
        System.setProperty("derby.drda.sslMode", "basic");
        System.setProperty("javax.net.ssl.keyStore", config.keyStore().toAbsolutePath().toString());
        System.setProperty("javax.net.ssl.keyStoreType", "PKCS12");
        System.setProperty("javax.net.ssl.keyStorePassword", new String(config.keyPassword()));
        // The server's own commands (ping, shutdown) also go over TLS and check the certificate.
        System.setProperty("javax.net.ssl.trustStore", config.trustStore().toAbsolutePath().toString());
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
        System.setProperty("javax.net.ssl.trustStorePassword", "samverka");
    }

    /**
     * Makes every connection to this process's Derby, to any database name, authenticate against the county
     * database's users, so that nobody can make other databases on the server. Called by the server application
     * before anything else; not in processes that also open laptop databases (tests), which it would lock out.
     */
    public static void authenticateEveryDatabase() {
        System.setProperty("derby.authentication.provider", "NATIVE:" + ServerConfig.DATABASE + ":LOCAL");
    }

    static EmbeddedDataSource owner(ServerConfig config) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(ServerConfig.DATABASE);
        source.setUser(ServerConfig.OWNER);
        source.setPassword(new String(config.ownerPassword()));
        return source;
    }

    private Connection connect() throws SQLException {
        return owner(config).getConnection();
    }

    /** Creates a user who may sync: their Derby credentials, their role and scope, the right to call sync. */
    public void createUser(String name, char[] password, Role role, String municipalityId, String personId)
            throws ServerException {
        String user = normalise(name);
        if (role == Role.COORDINATOR && municipalityId == null) {
            throw new ServerException("A municipal coordinator needs a municipality", null);
        }
        if (role == Role.TRAINER && personId == null) {
            throw new ServerException("A trainer needs the person they are in the register", null);
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement create = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)");
                    PreparedStatement row = c.prepareStatement("INSERT INTO SAMVERKA.USERS(NAME, ROLE, "
                            + "MUNICIPALITY, PERSON, DISABLED, CREATED_AT) VALUES (?, ?, ?, ?, 0, CURRENT_TIMESTAMP)");
                    Statement grant = c.createStatement()) {
                create.setString(1, user);
                create.setString(2, new String(password));
                create.execute();
                row.setString(1, user);
                row.setString(2, role.name());
                row.setString(3, municipalityId);
                row.setString(4, personId);
                row.executeUpdate();
                grant.execute("GRANT EXECUTE ON PROCEDURE SAMVERKA.SYNC TO " + quote(user));
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("The user " + user + " cannot be created: " + e.getMessage(), e);
        }
    }

    /** Sets a new password; the old one no longer signs in. Also enables a disabled user again. */
    public void resetPassword(String name, char[] password) throws ServerException {
        String user = normalise(name);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            requireUser(c, user);
            try (PreparedStatement drop = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)");
                    PreparedStatement create = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)");
                    PreparedStatement enable = c.prepareStatement(
                            "UPDATE SAMVERKA.USERS SET DISABLED = 0 WHERE NAME = ?")) {
                if (hasCredentials(c, user)) {
                    drop.setString(1, user);
                    drop.execute();
                }
                create.setString(1, user);
                create.setString(2, new String(password));
                create.execute();
                enable.setString(1, user);
                enable.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("The password of " + user + " cannot be reset: " + e.getMessage(), e);
        }
    }

    /** Disables a user: their credentials are removed (they cannot sign in) and sync refuses them. */
    public void disableUser(String name) throws ServerException {
        String user = normalise(name);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            requireUser(c, user);
            try (PreparedStatement disable = c.prepareStatement(
                    "UPDATE SAMVERKA.USERS SET DISABLED = 1 WHERE NAME = ?");
                    PreparedStatement drop = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)")) {
                disable.setString(1, user);
                disable.executeUpdate();
                if (hasCredentials(c, user)) {
                    drop.setString(1, user);
                    drop.execute();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("The user " + user + " cannot be disabled: " + e.getMessage(), e);
        }
    }

    /** The users, as {@code name role municipality person enabled|disabled}. */
    public List<String> users() throws ServerException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT NAME, ROLE, MUNICIPALITY, PERSON, DISABLED FROM SAMVERKA.USERS "
                        + "ORDER BY NAME")) {
            List<String> users = new ArrayList<>();
            while (rs.next()) {
                users.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " " + (rs.getInt(5) == 0 ? "enabled" : "disabled"));
            }
            return users;
        } catch (SQLException e) {
            throw new ServerException("The users cannot be listed: " + e.getMessage(), e);
        }
    }

    /** Loads records into the county database as the county's own changes (the demo county, an import). */
    public int seed(List<se.samverka.model.SyncedObject> records) throws ServerException {
        try (Connection c = connect()) {
            return se.samverka.server.internal.SyncProcedure.seed(c, records);
        } catch (SQLException e) {
            throw new ServerException("The records cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Takes an online backup of the county database (syncs may go on meanwhile) into a new folder under
     * {@code backups/} and returns it.
     */
    public Path backup() throws ServerException {
        Path target = config.folder().resolve("backups")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        try (Connection c = connect();
                PreparedStatement backup = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(target);
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
            return target.resolve(ServerConfig.DATABASE);
        } catch (SQLException | IOException e) {
            throw new ServerException("The backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the county database by a backup (the server must be stopped): the current database is moved aside
     * first, so a failed restore loses nothing.
     */
    public static void restore(ServerConfig config, Path backup) throws ServerException {
        Path database = config.folder().resolve(ServerConfig.DATABASE);
        Path aside = config.folder().resolve(ServerConfig.DATABASE + ".before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            configureDerby(config);
            if (Files.exists(database)) {
                Files.move(database, aside);
            }
            EmbeddedDataSource restore = owner(config);
            restore.setConnectionAttributes("restoreFrom=" + backup.toAbsolutePath());
            try (Connection c = restore.getConnection()) {
                c.getMetaData();
            }
            shutdownDatabase(config);
        } catch (SQLException | IOException e) {
            try {
                if (Files.exists(aside) && !Files.exists(database)) {
                    Files.move(aside, database);
                }
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw new ServerException("The restore failed: " + e.getMessage(), e);
        }
    }

    /** Stops the network server and shuts the county database down cleanly. */
    @Override
    public void close() {
        try {
            control.shutdown();
        } catch (Exception e) {
            // Already down.
        }
        shutdownDatabase(config);
    }

    private static void shutdownDatabase(ServerConfig config) {
        EmbeddedDataSource shutdown = owner(config);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // Derby reports a clean shutdown with an exception.
        } catch (SQLException expected) {
            // 08006
        }
    }

    public ServerConfig config() {
        return config;
    }

    private static void requireUser(Connection c, String user) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM SAMVERKA.USERS WHERE NAME = ?")) {
            find.setString(1, user);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No such user: " + user);
                }
            }
        }
    }

    private static boolean hasCredentials(Connection c, String user) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM SYS.SYSUSERS WHERE USERNAME = ?")) {
            find.setString(1, user);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Derby keeps unquoted user names in upper case; users sign in with the name in any case. */
    static String normalise(String name) {
        String trimmed = name.trim();
        if (!trimmed.matches("[A-Za-z][A-Za-z0-9_.]{0,59}")) {
            throw new IllegalArgumentException("A user name is letters, digits, _ and ., starting with a letter: "
                    + name);
        }
        return trimmed.toUpperCase(java.util.Locale.ROOT);
    }

    private static String quote(String user) {
        return '"' + user + '"';
    }

}
