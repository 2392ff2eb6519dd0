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
    final SyncClient client;

    ChildServer(County county, String name) throws IOException {
        work = county.folder().resolve(name);
        folder = work.resolve("server");
        port = County.freePort();
        client = new SyncClient(new SyncSettings("localhost", port, ServerConfig.DATABASE,
                county.settings.trustStore()));
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

    /** Runs one of the server's commands ({@code backup}, {@code restore FOLDER}, ...) on this server. */
    ChildProcess command(String name, String... command) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("--folder", folder.toString(), "--port",
                String.valueOf(port)));
        arguments.addAll(List.of(command));
        return ChildProcess.start("server " + name, work.resolve("server-" + name), "se.samverka.server.app.server",
                arguments, "");
    }
}
