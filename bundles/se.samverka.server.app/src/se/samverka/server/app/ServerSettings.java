package se.samverka.server.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import se.samverka.server.ServerConfig;

/**
 * The server's secrets, in {@code server.properties} in its folder (readable by the server's account only): the
 * database owner's password and the key store's password, made at random on the first start.
 */
final class ServerSettings {

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
        } else {
            settings.setProperty("owner.password", secret());
            settings.setProperty("key.password", secret());
            try (OutputStream out = Files.newOutputStream(file)) {
                settings.store(out, "Samverka county server: secrets of the database owner and the TLS key");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the folder's own access rights apply.
            }
        }
        return new ServerConfig(folder, host, port, settings.getProperty("owner.password").toCharArray(),
                settings.getProperty("key.password").toCharArray());
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
