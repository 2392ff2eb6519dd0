package se.samverka.store.internal.derby;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

import se.samverka.store.StoreException;
import se.samverka.store.StoreException.Reason;

/**
 * An embedded Derby database encrypted at rest (AES, 256-bit key). The boot password is derived from the user's
 * password with PBKDF2 and a random salt kept beside the database, so the database files cannot be read without the
 * user's password and the password itself is stored nowhere.
 */
public final class EncryptedDerby {

    private static final String DATABASE = "db";
    private static final String SETTINGS = "store.properties";
    private static final int ITERATIONS = 210_000;

    private final Path folder;
    private final EmbeddedDataSource dataSource;
    private final Properties settings;

    private EncryptedDerby(Path folder, EmbeddedDataSource dataSource, Properties settings) {
        this.folder = folder;
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** The schema version recorded when the tables were last created or extended, or empty. */
    public String schemaVersion() {
        return settings.getProperty("schema", "");
    }

    /** Records the schema version after the tables were created or extended. */
    public void recordSchemaVersion(String version) {
        settings.setProperty("schema", version);
        try {
            writeSettings(folder, settings);
        } catch (IOException e) {
            // The tables are checked again at the next start: slower, not wrong.
        }
    }

    /** True when the folder holds a Samverka database. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(SETTINGS)) && Files.isDirectory(folder.resolve(DATABASE));
    }

    /** Boots the database in the folder with the password, creating it encrypted when it does not exist. */
    public static EncryptedDerby open(Path folder, char[] password) throws StoreException {
        try {
            Files.createDirectories(folder);
            System.setProperty("derby.stream.error.file", folder.resolve("derby.log").toString());
            boolean create = !exists(folder);
            Properties settings = create ? newSettings(folder) : readSettings(folder);
            String bootPassword = bootPassword(password, HexFormat.of().parseHex(settings.getProperty("salt")));

            EmbeddedDataSource dataSource = new EmbeddedDataSource();
            dataSource.setDatabaseName(folder.resolve(DATABASE).toAbsolutePath().toString());
            if (create) {
                dataSource.setCreateDatabase("create");
                dataSource.setConnectionAttributes("dataEncryption=true;encryptionKeyLength=256;"
                        + "encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=" + bootPassword);
            } else {
                dataSource.setConnectionAttributes("bootPassword=" + bootPassword);
            }
            try (Connection connection = dataSource.getConnection()) {
                connection.getMetaData();
            }
            // Later connections find the booted database; the key stays out of the data source.
            EmbeddedDataSource booted = new EmbeddedDataSource();
            booted.setDatabaseName(dataSource.getDatabaseName());
            if (create) {
                writeSettings(folder, settings);
            }
            return new EncryptedDerby(folder, booted, settings);
        } catch (SQLException e) {
            throw translate(e, folder);
        } catch (IOException | GeneralSecurityException e) {
            throw new StoreException(Reason.FAILED, "Cannot open the database in " + folder + ": " + e, e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Path folder() {
        return folder;
    }

    /** Shuts the database down cleanly, so that its files are consistent on disk. */
    public void shutdown() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(dataSource.getDatabaseName());
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // Derby reports a successful shutdown with an exception.
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }

    static StoreException translate(SQLException e, Path folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if ("XBM06".equals(s.getSQLState())) {
                        return new StoreException(Reason.WRONG_PASSWORD, "Wrong password for " + folder, e);
                    }
                    if ("XSDB6".equals(s.getSQLState())) {
                        return new StoreException(Reason.IN_USE, "The database in " + folder
                                + " is open in another process", e);
                    }
                }
            }
        }
        return new StoreException(Reason.FAILED, "Cannot open the database in " + folder + ": " + e.getMessage(), e);
    }

    static String bootPassword(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key);
        } finally {
            spec.clearPassword();
        }
    }

    private static Properties newSettings(Path folder) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Properties settings = new Properties();
        settings.setProperty("salt", HexFormat.of().formatHex(salt));
        settings.setProperty("format", "1");
        return settings;
    }

    private static Properties readSettings(Path folder) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve(SETTINGS))) {
            settings.load(in);
        }
        return settings;
    }

    private static void writeSettings(Path folder, Properties settings) throws IOException {
        Path temporary = folder.resolve(SETTINGS + ".new");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            settings.store(out, "Samverka local database: key derivation salt (not secret)");
        }
        Files.move(temporary, folder.resolve(SETTINGS), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
