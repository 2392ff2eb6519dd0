package se.samverka.sync;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.sync.SyncException.FileProblem;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.SyncFile;
import se.samverka.sync.protocol.SyncFile.Header;
import se.samverka.sync.protocol.SyncFile.Kind;
import se.samverka.sync.protocol.Wire;

/**
 * Sync by file, for venues without a network (see {@link SyncFile} for the file and its protection):
 * <ol>
 * <li>on the laptop, {@link #export} writes the outbox to a request file;</li>
 * <li>on any Samverka machine with a connection, {@link #handIn} gives the file to the server, signed in as the
 * file's user, and writes the server's answer file beside it;</li>
 * <li>back on the laptop, {@link #readAnswer} takes the answer in, as an online sync would.</li>
 * </ol>
 * Each step is all or nothing; files are written whole (to a temporary file, then moved into place). The laptop
 * keeps its changes in its outbox until an answer is read in, so a lost file loses nothing: export again, or sync
 * online.
 */
public final class SyncFiles {

    private SyncFiles() {
    }

    /** What a sync file is, read from its header (no key needed). */
    public static Header describe(Path file) throws SyncException {
        return header(read(file));
    }

    /** Writes the laptop's outbox as a request file; the laptop must have synced online once (for its key). */
    public static Header export(LocalStore store, String user, Path file) throws SyncException {
        SyncPort port = store.sync();
        byte[] key = port.fileKey();
        if (key == null) {
            throw new SyncException(FileProblem.NO_KEY, "This laptop has never synced over the network", null);
        }
        SyncClient.Prepared request = SyncClient.prepare(port);
        Header header = new Header(Kind.REQUEST, user, request.replica(), request.checkpoint(), request.sentUpTo(),
                System.currentTimeMillis(), request.pushes());
        write(file, SyncFile.seal(header, request.bytes(), key));
        return header;
    }

    /**
     * Hands a request file to the server, signed in as its user with {@code password}, and writes the answer to
     * {@code answer}. Returns the answer's header.
     */
    public static Header handIn(SyncClient client, Path request, Path answer, char[] password,
            BooleanSupplier cancelled) throws SyncException {
        byte[] bytes = read(request);
        Header header = header(bytes);
        if (header.kind() != Kind.REQUEST) {
            throw new SyncException(FileProblem.WRONG_KIND, "This is an answer, to be read in on the laptop", null);
        }
        byte[] reply = client.forward(bytes, header.user(), password, cancelled);
        write(answer, reply);
        return header(reply);
    }

    /** Takes an answer file in on the laptop that made the request. */
    public static SyncReport readAnswer(LocalStore store, Path file) throws SyncException {
        long started = System.nanoTime();
        byte[] bytes = read(file);
        Header header = header(bytes);
        SyncPort port = store.sync();
        if (header.kind() != Kind.ANSWER) {
            throw new SyncException(FileProblem.WRONG_KIND, "This is a request, to be handed in to the server", null);
        }
        if (!header.replica().equals(port.replicaId())) {
            throw new SyncException(FileProblem.OTHER_LAPTOP, "The answer is for another laptop", null);
        }
        byte[] key = port.fileKey();
        Response response;
        try {
            if (key == null) {
                throw new IllegalArgumentException("this laptop has no key");
            }
            response = Wire.decodeResponse(SyncFile.open(bytes, key));
        } catch (IllegalArgumentException e) {
            throw new SyncException(FileProblem.CHANGED, "The answer cannot be opened: " + e.getMessage(), e);
        }
        if (header.checkpoint() != port.checkpoint()) {
            throw new SyncException(FileProblem.OUT_OF_DATE,
                    "The answer was read in before, or the laptop has synced since it made the request", null);
        }
        int conflicts = SyncClient.takeIn(port, response, header.sentUpTo());
        return new SyncReport(response.accepted().size(), response.records().size(), conflicts, 0, bytes.length,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The answer file's name for a request file: beside it, with {@code -svar} added. */
    public static Path answerFor(Path request) {
        String name = request.getFileName().toString();
        String suffix = "." + SyncFile.EXTENSION;
        String stem = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
        return request.resolveSibling(stem + "-svar" + suffix);
    }

    private static Header header(byte[] bytes) throws SyncException {
        try {
            return SyncFile.header(bytes);
        } catch (IllegalArgumentException e) {
            throw new SyncException(FileProblem.NOT_A_SYNC_FILE, e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) throws SyncException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SyncException(FileProblem.UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a whole file or nothing: into a temporary file beside it, then moved into place. */
    private static void write(Path file, byte[] bytes) throws SyncException {
        Path temporary = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            temporary = Files.createTempFile(folder, ".samverka-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                if (temporary != null) {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException ignored) {
                // nothing more to do
            }
            throw new SyncException(FileProblem.UNREADABLE, file + ": " + e.getMessage(), e);
        }
    }
}
