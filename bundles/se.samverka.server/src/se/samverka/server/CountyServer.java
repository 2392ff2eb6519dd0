package se.samverka.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.net.ssl.SSLContext;

import org.apache.derby.drda.NetworkServerControl;
import org.apache.derby.jdbc.EmbeddedDataSource;

import se.samverka.server.internal.Certificates;
import se.samverka.server.internal.CountySchema;
import se.samverka.store.engine.EngineGuard;

/**
 * The county server: a Derby Network Server (TLS only, Derby's NATIVE authentication, SQL authorization) serving
 * the county database, encrypted at rest. Users connect read-only and hold no rights to its tables; they may only
 * call the sync procedure, which works on a connection of the owner's and decides from the caller's role what it
 * may read and change (see {@link CountySchema}).
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
            // The database, its backups, the key and the secrets: the server's account only.
            ownerOnly(config.folder(), "rwx------");
            Certificates.ensure(config);
            ownerOnly(config.keyStore(), "rw-------");
            configureDerby(config);
            // The network server takes its TLS from Java's default context, made here from the key store in code:
            // no password of it goes into the system properties.
            SSLContext.setDefault(Certificates.context(config));
            CountySchema.createOrUpgrade(owner(config), database(config));
            se.samverka.server.internal.SyncProcedure.useOwner(owner(config));
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

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder's own access rights apply.
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

    private static void configureDerby(ServerConfig config) throws ServerException {
        String home = System.getProperty("derby.system.home");
        if (home != null && !Path.of(home).toAbsolutePath().normalize()
                .equals(config.folder().toAbsolutePath().normalize())) {
            // Derby fixes its system folder when it boots; the network server serves the databases in it.
            throw new ServerException("Derby in this process uses the folder " + home + ", not " + config.folder()
                    + ": run the county server in a process of its own, or give it that folder", null);
        }
        System.setProperty("derby.system.home", config.folder().toAbsolutePath().toString());
        System.setProperty("derby.stream.error.file", config.folder().resolve("derby.log").toString());
        System.setProperty("derby.drda.sslMode", "basic");
    }

    /**
     * Lets no account but the database owner reach this process's Derby engine other than through a database that
     * authenticates its own users (the county database): nobody can make another database (on disk or in memory),
     * boot one that has no authentication, or shut the engine down. Called by the server application before
     * anything else; not in processes that also open laptop databases (tests), which it would lock out.
     */
    public static void guardEngine(ServerConfig config) {
        EngineGuard.admit(ServerConfig.OWNER, config.ownerPassword());
    }

    private static Path database(ServerConfig config) {
        return config.folder().resolve(ServerConfig.DATABASE);
    }

    static EmbeddedDataSource owner(ServerConfig config) {
        EmbeddedDataSource source = new EmbeddedDataSource();
        source.setDatabaseName(ServerConfig.DATABASE);
        source.setUser(ServerConfig.OWNER);
        source.setPassword(new String(config.ownerPassword()));
        // Needed when the connection boots the (encrypted) database; ignored once it runs.
        source.setConnectionAttributes("bootPassword=" + new String(config.bootPassword()));
        return source;
    }

    private Connection connect() throws SQLException {
        return owner(config).getConnection();
    }

    /**
     * The administration of a stopped server's database, opened directly (the server must not be running in
     * another process: Derby lets one process open a database).
     */
    public static CountyAdmin open(ServerConfig config) throws ServerException {
        try {
            configureDerby(config);
            CountySchema.createOrUpgrade(owner(config), database(config));
        } catch (SQLException e) {
            throw new ServerException("The county database cannot be opened: " + e.getMessage(), e);
        }
        return new CountyAdmin(() -> owner(config).getConnection(), config.folder());
    }

    /** The administration of this server's database (users, backups), as its owner. */
    public CountyAdmin admin() {
        return new CountyAdmin(() -> owner(config).getConnection(), config.folder());
    }

    /**
     * Replaces the county database by a backup (the server must be stopped): the current database is moved aside
     * first, so a failed restore loses nothing.
     */
    public static void restore(ServerConfig config, Path backup) throws ServerException {
        Path database = database(config);
        Path aside = config.folder().resolve(ServerConfig.DATABASE + ".before-restore-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            configureDerby(config);
            if (Files.exists(database)) {
                Files.move(database, aside);
            }
            EmbeddedDataSource restore = owner(config);
            restore.setConnectionAttributes("restoreFrom=" + backup.toAbsolutePath() + ";"
                    + restore.getConnectionAttributes());
            try (Connection c = restore.getConnection()) {
                c.getMetaData();
            }
            CountySchema.shutdownDatabase(owner(config));
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
        CountySchema.shutdownDatabase(owner(config));
    }

    public ServerConfig config() {
        return config;
    }


}
