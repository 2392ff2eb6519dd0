package se.samverka.server.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.samverka.server.ServerConfig;

/**
 * The server's TLS key and certificate. When the folder has none, a key pair and a self-signed certificate for the
 * configured host are made with the JDK's {@code keytool}, and the certificate is exported into a trust store for
 * the laptops. A county with a certificate from its own authority puts that key store in place instead.
 */
public final class Certificates {

    private Certificates() {
    }

    public static void ensure(ServerConfig config) throws IOException, InterruptedException {
        if (Files.exists(config.keyStore()) && Files.exists(config.trustStore())) {
            return;
        }
        Path keytool = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name").startsWith("Windows") ? "keytool.exe" : "keytool");
        String password = new String(config.keyPassword());
        if (!Files.exists(config.keyStore())) {
            run(keytool, "-genkeypair", "-alias", "county", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + config.host() + ", O=Samverka county server", "-ext",
                    "SAN=dns:" + config.host() + ",dns:localhost,ip:127.0.0.1", "-validity", "3650",
                    "-keystore", config.keyStore().toString(), "-storetype", "PKCS12", "-storepass", password);
        }
        Path certificate = config.folder().resolve("county.crt");
        run(keytool, "-exportcert", "-rfc", "-alias", "county", "-keystore", config.keyStore().toString(),
                "-storetype", "PKCS12", "-storepass", password, "-file", certificate.toString());
        Files.deleteIfExists(config.trustStore());
        run(keytool, "-importcert", "-noprompt", "-alias", "county", "-file", certificate.toString(),
                "-keystore", config.trustStore().toString(), "-storetype", "PKCS12", "-storepass", "samverka");
    }

    private static void run(Path keytool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(keytool.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + arguments[0] + " failed: " + output.strip());
        }
    }
}
