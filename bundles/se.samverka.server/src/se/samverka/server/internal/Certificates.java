package se.samverka.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import se.samverka.server.ServerConfig;

/**
 * The server's TLS key and certificate. When the folder has none, a key pair and a self-signed certificate for the
 * configured host are made with the JDK's {@code keytool}, and the certificate is exported into a trust store for
 * the laptops. A county with a certificate from its own authority puts that key store in place instead.
 */
public final class Certificates {

    /** A trust store holds only the public certificate; PKCS#12 wants a password for its integrity check. */
    private static final String TRUST_STORE_PASSWORD = "samverka";
    private static final String PASSWORD_VARIABLE = "SAMVERKA_KEY_STORE_PASSWORD";

    private Certificates() {
    }

    public static void ensure(ServerConfig config) throws IOException, InterruptedException {
        if (Files.exists(config.keyStore()) && Files.exists(config.trustStore())) {
            return;
        }
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
        // keytool reads the key store's password from its environment, not its command line (which any local
        // account can list).
        Map<String, String> environment = Map.of(PASSWORD_VARIABLE, new String(config.keyPassword()));
        if (!Files.exists(config.keyStore())) {
            run(environment, keytool, "-genkeypair", "-alias", "county", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + config.host() + ", O=Samverka county server", "-ext",
                    "SAN=dns:" + config.host() + ",dns:localhost,ip:127.0.0.1", "-validity", "3650",
                    "-keystore", config.keyStore().toString(), "-storetype", "PKCS12", "-storepass:env",
                    PASSWORD_VARIABLE);
        }
        Path certificate = config.folder().resolve("county.crt");
        run(environment, keytool, "-exportcert", "-rfc", "-alias", "county", "-keystore",
                config.keyStore().toString(), "-storetype", "PKCS12", "-storepass:env", PASSWORD_VARIABLE, "-file",
                certificate.toString());
        Files.deleteIfExists(config.trustStore());
        run(Map.of(), keytool, "-importcert", "-noprompt", "-alias", "county", "-file", certificate.toString(),
                "-keystore", config.trustStore().toString(), "-storetype", "PKCS12", "-storepass", TRUST_STORE_PASSWORD);
    }

    /**
     * The server's TLS context, made in code so that no password of it is ever a system property (any code running
     * in the process could read those): its key from the key store, and trust in its own certificate (the server's
     * own commands, such as stopping it, connect to it over TLS too).
     */
    public static SSLContext context(ServerConfig config) throws IOException, GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(config.keyStore())) {
            keys.load(in, config.keyPassword());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, config.keyPassword());
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(config.trustStore())) {
            trusted.load(in, TRUST_STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static void run(Map<String, String> environment, Path keytool, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(keytool.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + arguments[0] + " failed: " + output.strip());
        }
    }
}
