package se.samverka.sync.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * An Equinox application of this test run's bundles in a JVM of its own, so that a test can kill it (SIGKILL, as a
 * power cut or a crash would) at a point of its choosing. The child gets a copy of this run's OSGi configuration; its
 * standard output is collected line by line (and echoed, prefixed with its name).
 */
final class ChildProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        Thread reader = new Thread(this::read, "output of " + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code application} (an extension id) with {@code arguments}, in {@code folder} (its working directory
     * and OSGi configuration), writing {@code input} to its standard input as UTF-8.
     */
    static ChildProcess start(String name, Path folder, String application, List<String> arguments, String input)
            throws IOException {
        Path configuration = folder.resolve("configuration");
        Files.createDirectories(configuration);
        Path ours = Path.of(URI.create(System.getProperty("osgi.configuration.area"))).resolve("config.ini");
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(ours)) {
            config.load(in);
        }
        config.remove("eclipse.application");
        try (OutputStream out = Files.newOutputStream(configuration.resolve("config.ini"))) {
            config.store(out, "A copy of the test run's configuration for a child process");
        }
        // Started as the test run and the products are: through Equinox's launcher.
        String launcher = java.util.Arrays.stream(config.getProperty("osgi.bundles").split(","))
                .filter(b -> b.contains("org.eclipse.equinox.launcher")).findFirst()
                .map(b -> b.replaceFirst("^reference:", "").replaceFirst("@.*$", "")).map(URI::create)
                .map(Path::of).orElseThrow(() -> new IOException("no Equinox launcher in the test runtime"))
                .toString();
        String install = Path.of(URI.create(config.getProperty("osgi.install.area"))).toString();
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx768m", "-Dfile.encoding=UTF-8",
                "-Duser.home=" + System.getProperty("user.home"), "-jar", launcher, "-install", install,
                "-configuration", configuration.toString(), "-data", folder.resolve("instance").toString(),
                "-application", application, "-consoleLog"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        return new ChildProcess(name, process);
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                System.out.println("[" + name + "] " + line);
            }
        } catch (IOException e) {
            // The process is gone.
        }
    }

    /** Waits for a line starting with {@code prefix} and returns it; fails with the child's output if none comes. */
    String await(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            String line = find(prefix);
            if (line != null) {
                return line;
            }
            if (!process.isAlive()) {
                Thread.sleep(200); // the last lines may still be on their way
                line = find(prefix);
                if (line != null) {
                    return line;
                }
                throw new AssertionError(name + " ended (exit " + process.exitValue() + ") without '" + prefix
                        + "':\n" + output());
            }
            Thread.sleep(5);
        }
        throw new AssertionError(name + " did not say '" + prefix + "' within " + timeoutMillis + " ms:\n"
                + output());
    }

    /** The first line starting with {@code prefix}, or null. */
    String find(String prefix) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
        }
    }

    /** Every line starting with {@code prefix}. */
    List<String> all(String prefix) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.startsWith(prefix)).toList();
        }
    }

    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Kills the process at once (SIGKILL: no shutdown hooks, nothing flushed). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the process to end by itself and returns its exit value. */
    int waitFor(long timeoutMillis) throws InterruptedException {
        if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not end within " + timeoutMillis + " ms:\n" + output());
        }
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
