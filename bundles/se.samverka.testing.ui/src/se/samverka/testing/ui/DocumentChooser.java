package se.samverka.testing.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Stands in for the native file dialog of a plugin's document commands: put in the application context under the
 * plugin's key, it answers with a file of a folder of its own (beside the screenshots, emptied first) and keeps the
 * names the commands suggested.
 */
public final class DocumentChooser {

    /** Where the chosen files are. */
    public final Path folder;
    /** The file names suggested so far, in order. */
    public final List<String> asked = new ArrayList<>();

    private DocumentChooser(Path folder) {
        this.folder = folder;
    }

    /**
     * @param key     the plugin's context key for its chooser
     * @param folder  the folder's name, beside the screenshots
     * @param fileFor the file name to answer for a suggested name
     */
    public static DocumentChooser install(ApplicationDriver app, String key, String folder, Function<String, String> fileFor)
            throws IOException {
        DocumentChooser chooser = new DocumentChooser(Files.createDirectories(
                Path.of(System.getProperty("samverka.screenshots")).resolveSibling(folder)));
        // Files of an earlier run would be taken for this run's (a test waits for its file to appear).
        try (Stream<Path> old = Files.list(chooser.folder)) {
            for (Path file : old.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Function<String, Path> answer = suggested -> {
            chooser.asked.add(suggested);
            return chooser.folder.resolve(fileFor.apply(suggested));
        };
        app.mainWindow().ui().run(() -> app.model().getContext().set(key, answer));
        return chooser;
    }

    /** Waits (up to a minute) for the file of this name in the folder to be written and to begin with {@code start}. */
    public Path await(Ui ui, String name, String start) {
        Path file = folder.resolve(name);
        awaitFile(ui, file, start, Duration.ofSeconds(60));
        return file;
    }

    /** {@link #awaitFile(Ui, Path, String, Duration)} in this window. */
    public static void awaitFile(WindowDriver window, Path file, String start, Duration timeout) {
        awaitFile(window.ui(), file, start, timeout);
    }

    /**
     * Waits until a document command has written the file: it is there and begins with {@code start} ("%PDF-",
     * "BEGIN:VCALENDAR"). The commands write to a temporary file moved into place when complete, so a file that is
     * there is whole.
     */
    public static void awaitFile(Ui ui, Path file, String start, Duration timeout) {
        ui.waitUntil(file + " written", () -> {
            try {
                byte[] bytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
                return bytes.length > start.length()
                        && new String(bytes, 0, start.length(), StandardCharsets.ISO_8859_1).equals(start);
            } catch (IOException e) {
                return false;
            }
        }, timeout);
    }
}
