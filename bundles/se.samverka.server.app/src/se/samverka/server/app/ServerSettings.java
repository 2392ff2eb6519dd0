package se.samverka.server.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import se.samverka.server.ServerConfig;

/**
 * The server's secrets, in {@code server.properties} in its folder (readable by the server's account only): the
 * database owner's password, the key store's password and the county database's boot password (its encryption),
 * made at random on the first start; a secret missing from the file (a server of an earlier version) is added.
 */
final class ServerSettings {

    private static final String OWNER = "owner.password";
    private static final String KEY = "key.password";
    private static final String DATABASE = "database.boot.password";

    private ServerSettings() {
    }

    static ServerConfig load(Path folder, String host, int port) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("server.properties");
        Properties settings = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.load(in);
            }
        }
        boolean added = false;
        for (String key : new String[] { OWNER, KEY, DATABASE }) {
            if (settings.getProperty(key) == null) {
                // A new server, or one of an earlier version (before the county database was encrypted).
                settings.setProperty(key, secret());
                added = true;
            }
        }
        if (added) {
            Path written = file.resolveSibling("server.properties.new");
            Files.deleteIfExists(written);
            Files.createFile(written);
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the folder's own access rights apply.
            }
            try (OutputStream out = Files.newOutputStream(written)) {
                settings.store(out, "Samverka county server: secrets of the database owner, the TLS key and the "
                        + "county database's encryption. Readable by the server's account only; keep a copy "
                        + "with the backups, apart from them: without " + DATABASE + " no backup can be read.");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return new ServerConfig(folder, host, port, settings.getProperty(OWNER).toCharArray(),
                settings.getProperty(KEY).toCharArray(), settings.getProperty(DATABASE).toCharArray());
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
