package se.samverka.sync;

import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.derby.client.BasicClientDataSource;
import org.eclipse.emf.ecore.EClass;

import se.samverka.model.sync.ModelVersion;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;
import se.samverka.store.SyncPort.Outgoing;
import se.samverka.sync.SyncException.Reason;

import se.samverka.sync.protocol.Messages;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * Syncs a laptop's store with the county server in one call of the server's sync procedure: the request carries
 * every record changed here (the outbox) and the laptop's checkpoint; the answer carries what the server merged,
 * what others changed in this user's scope since the checkpoint, and the conflicts. The answer is taken in by one
 * local transaction, so a sync interrupted anywhere (the laptop or the server killed, the network gone) leaves
 * either nothing or everything done, and the next sync completes the job: the server's merge is idempotent, so
 * pushing the same records again counts them once.
 *
 * <p>
 * Round trips: connecting (TCP, TLS and Derby's sign-in, while the request is made), preparing the call and the call;
 * not one per record. See docs/BENCHMARKS.md for the figures on a slow link.
 */
public final class SyncClient {

    private final SyncSettings settings;
    private final ModelVersion model;

    public SyncClient(SyncSettings settings) {
        this(settings, ModelVersion.current());
    }

    /**
     * A client that speaks another model than this build's: it sends and takes in only what that model holds. For
     * tests of a laptop of an older model against this version's server; the application uses the model it has.
     */
    public SyncClient(SyncSettings settings, ModelVersion model) {
        this.settings = settings;
        this.model = model;
    }

    /** How far a sync has come: told as each step ends, for progress shown to the user. */
    public enum Phase {
        /** The outbox is read and the request made. */
        PREPARED,
        /** Signed in on the server (TLS and Derby's authentication). */
        CONNECTED,
        /** The server's answer is here; the server has committed what it took in. */
        ANSWERED,
        /** The answer is taken in on the laptop (one local transaction committed). */
        APPLIED
    }

    public SyncReport sync(LocalStore store, String user, char[] password) throws SyncException {
        return sync(store, user, password, () -> false);
    }

    /**
     * Syncs; {@code cancelled} is asked while the server works: a cancelled sync drops the connection, and the
     * server's transaction, if it had not committed yet, is rolled back (if it had, the next sync counts the pushed
     * records once). Nothing is taken in on the laptop then.
     */
    public SyncReport sync(LocalStore store, String user, char[] password, BooleanSupplier cancelled)
            throws SyncException {
        return sync(store, user, password, cancelled, phase -> {
        });
    }

    /** Syncs as {@link #sync(LocalStore, String, char[], BooleanSupplier)}, telling {@code progress} each phase. */
    public SyncReport sync(LocalStore store, String user, char[] password, BooleanSupplier cancelled,
            Consumer<Phase> progress) throws SyncException {
        long started = System.nanoTime();
        SyncPort port = store.sync();
        // Connecting takes several round trips (TCP, TLS, Derby's sign-in): on a slow link they pass while the
        // request is made here.
        Future<Connection> connection = connect(user, password);
        Prepared request;
        try {
            request = prepare(port, model);
        } catch (RuntimeException e) {
            closeLater(connection);
            throw e;
        }
        if (cancelled.getAsBoolean()) {
            closeLater(connection);
            throw new SyncException(Reason.CANCELLED, "Cancelled", null);
        }
        progress.accept(Phase.PREPARED);
        byte[] answer = call(connection, request.bytes(), cancelled, progress);
        progress.accept(Phase.ANSWERED);
        Response response;
        try {
            response = Wire.decodeResponse(answer);
        } catch (IllegalArgumentException e) {
            throw new SyncException(Reason.SERVER, "The server's answer cannot be read: " + e.getMessage(), e);
        }
        int conflicts = takeIn(port, response, request.sentUpTo(), model);
        progress.accept(Phase.APPLIED);
        return new SyncReport(request.pushes(), response.records().size(), conflicts, request.bytes().length,
                answer.length, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * On a machine with a connection: hands a laptop's sync file ({@link SyncFiles#export}) to the server, signed in
     * as the file's user, and returns the server's sealed answer for the laptop. The file is neither opened nor
     * changed here: only the laptop and the server hold its key.
     */
    public byte[] forward(byte[] requestFile, String user, char[] password, BooleanSupplier cancelled)
            throws SyncException {
        return call(connect(user, password), requestFile, cancelled, phase -> {
        });
    }

    /** A request made from the outbox, with the replica and checkpoint in it (a sync file header repeats them). */
    record Prepared(byte[] bytes, String replica, long checkpoint, long sentUpTo, int pushes) {
    }

    /** A request of this build's model. */
    static Prepared prepare(SyncPort port) {
        return prepare(port, ModelVersion.current());
    }

    /** A request that speaks a model: it says so, and sends of each record what that model holds. */
    static Prepared prepare(SyncPort port, ModelVersion model) {
        List<Outgoing> outbox = port.outbox();
        long sentUpTo = outbox.stream().mapToLong(Outgoing::upToChange).max().orElse(0);
        List<Push> pushes = new ArrayList<>(outbox.size());
        for (Outgoing out : outbox) {
            EClass type = out.record().eClass();
            if (model.knows(type.getName())) {
                pushes.add(new Push(type.getName(), out.record().getId(), out.baseVersion(),
                        model.held(type, RecordState.of(out.record()))));
            }
        }
        String replica = port.replicaId();
        long checkpoint = port.checkpoint();
        return new Prepared(Wire.encode(new Request(replica, checkpoint, pushes, model)), replica, checkpoint,
                sentUpTo, pushes.size());
    }

    /** Takes a server's answer in as this build's model holds it. */
    static int takeIn(SyncPort port, Response response, long sentUpTo) throws SyncException {
        return takeIn(port, response, sentUpTo, ModelVersion.current());
    }

    /**
     * Takes a server's answer in, in one local transaction; returns the number of new conflicts. A record of a class
     * the laptop's model does not have (a server of a newer model sent it) is left out, not a reason to fail the
     * sync; so are the fields it does not have.
     */
    static int takeIn(SyncPort port, Response response, long sentUpTo, ModelVersion model) throws SyncException {
        List<Record> known = new ArrayList<>();
        for (Record record : response.records()) {
            if (model.knows(record.type()) && ModelVersion.current().knows(record.type())) {
                EClass type = RecordState.eClass(record.type());
                known.add(new Record(record.type(), record.id(), record.version(),
                        model.held(type, record.state())));
            }
        }
        List<SyncPort.Versioned> records = new ArrayList<>();
        for (Record record : inDependencyOrder(known)) {
            records.add(new SyncPort.Versioned(RecordState.toRecord(record.type(), record.id(), record.state()),
                    record.version()));
        }
        List<SyncPort.Conflict> conflicts = response.conflicts().stream()
                .filter(c -> model.knows(c.recordType()) && ModelVersion.current().knows(c.recordType()))
                .map(c -> new SyncPort.Conflict(c.id(), c.recordType(), c.recordId(), c.field(), c.kept(), c.other(),
                        c.otherAuthor(), c.reason(), Instant.ofEpochMilli(c.atMillis())))
                .toList();
        try {
            port.apply(new SyncPort.Incoming(sentUpTo, records, response.accepted(), conflicts,
                    response.checkpoint(), response.fileKey(), response.withdrawn().stream()
                            .map(w -> new SyncPort.Withdrawn(w.type(), w.id())).toList(),
                    user(response.user())));
        } catch (StoreException e) {
            throw new SyncException(Reason.LOCAL, e.getMessage(), e);
        }
        return conflicts.size();
    }

    /** Who the user is, as the answer says; null when it does not say or names a role this build does not know. */
    static SyncPort.User user(Messages.User user) {
        if (user == null) {
            return null;
        }
        try {
            return new SyncPort.User(Role.valueOf(user.role()), user.person(), user.municipality());
        } catch (IllegalArgumentException | NullPointerException unknownRole) {
            return null;
        }
    }

    /** Connects in the background: TCP, TLS with the county's certificate checked, and Derby's sign-in. */
    private Future<Connection> connect(String user, char[] password) {
        BasicClientDataSource source = dataSource(settings);
        String secret = new String(password);
        return BACKGROUND.submit(() -> source.getConnection(user, secret));
    }

    /**
     * Calls the sync procedure. The caller's transaction only tells the server who is calling (the procedure commits
     * its work on a connection of its own), so it runs without auto-commit, which saves a round trip after the call,
     * and is rolled back and closed in the background, which saves the laptop waiting for one more.
     */
    private byte[] call(Future<Connection> pending, byte[] request, BooleanSupplier cancelled,
            Consumer<Phase> progress) throws SyncException {
        Connection connection;
        try {
            connection = pending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql);
            }
            throw new SyncException(Reason.UNREACHABLE, String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeLater(pending);
            throw new SyncException(Reason.CANCELLED, "Interrupted", e);
        }
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "Samverka sync cancellation");
            thread.setDaemon(true);
            return thread;
        });
        try {
            watcher.scheduleWithFixedDelay(() -> {
                if (cancelled.getAsBoolean()) {
                    abort(connection);
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            connection.setAutoCommit(false);
            byte[] answer;
            try (CallableStatement call = connection.prepareCall("CALL SAMVERKA.SYNC(?, ?)")) {
                progress.accept(Phase.CONNECTED);
                call.setBytes(1, request);
                call.registerOutParameter(2, Types.BLOB);
                call.execute();
                Blob blob = call.getBlob(2);
                answer = blob.getBytes(1, (int) blob.length());
            }
            closeLater(CompletableFuture.completedFuture(connection));
            return answer;
        } catch (SQLException e) {
            abort(connection);
            if (cancelled.getAsBoolean()) {
                throw new SyncException(Reason.CANCELLED, "Cancelled", e);
            }
            throw translate(e);
        } finally {
            watcher.shutdownNow();
        }
    }

    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "Samverka sync connection");
        thread.setDaemon(true);
        return thread;
    });

    /** Ends a connection once it is there, without anyone waiting: its transaction rolled back, then closed. */
    private static void closeLater(Future<Connection> pending) {
        BACKGROUND.execute(() -> {
            try (Connection connection = pending.get()) {
                connection.rollback();
            } catch (Exception e) {
                // Not connected, or already gone: nothing to end.
            }
        });
    }

    private static void abort(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            // Already closed.
        }
    }

    /** A data source for the county server: always TLS, the server's certificate checked. */
    public static BasicClientDataSource dataSource(SyncSettings settings) {
        if (settings.trustStore() != null) {
            TrustStores.use(settings.trustStore());
        }
        BasicClientDataSource source = new BasicClientDataSource();
        source.setServerName(settings.host());
        source.setPortNumber(settings.port());
        source.setDatabaseName(settings.database());
        try {
            source.setSsl("peerAuthentication");
        } catch (Exception e) {
            throw new IllegalStateException("Derby's client has no TLS with server authentication", e);
        }
        source.setLoginTimeout(20);
        return source;
    }

    static SyncException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage();
        if (state.equals("08004") || state.equals("28502")) {
            return new SyncException(Reason.SIGN_IN, message, e);
        }
        if (brokenOff(e)) {
            // The server went away in the middle (a handshake cut short, a connection reset): not a trust problem.
            return new SyncException(Reason.UNREACHABLE, message, e);
        }
        if (message != null && (message.contains("PKIX") || message.contains("certificate")
                || message.contains("SSL") || message.contains("handshake"))) {
            return new SyncException(Reason.UNTRUSTED, message, e);
        }
        if (state.equals("08001") || state.equals("08006")) {
            return new SyncException(Reason.UNREACHABLE, message, e);
        }
        if (state.equals("38S01")) { // the sync procedure's refusal of a disabled user
            return new SyncException(Reason.SIGN_IN, message, e);
        }
        if (state.equals(SyncException.OUTDATED_STATE)) {
            return new SyncException(Reason.OUTDATED, "This laptop's Samverka is older than the county server "
                    + "accepts: update Samverka, then sync again", e);
        }
        SyncException.FileProblem problem = SyncException.FileProblem.ofSqlState(state);
        if (problem != null) {
            return new SyncException(problem, "The server refused the sync file (" + problem + ")", e);
        }
        return new SyncException(Reason.SERVER, message, e);
    }

    /** Whether the connection broke off (end of stream or reset) rather than being refused. */
    private static boolean brokenOff(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                : t instanceof SQLException sql ? sql.getNextException() : null) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof java.io.EOFException || t instanceof java.net.SocketException
                    || message.contains("terminated the handshake") || message.contains("Connection reset")
                    || message.contains("Broken pipe")) {
                return true;
            }
        }
        return false;
    }

    /** Records that others refer to come first, so that the store finds what each record refers to. */
    static List<Record> inDependencyOrder(List<Record> records) {
        Map<String, Record> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        List<Record> ordered = new ArrayList<>(records.size());
        Set<String> done = new HashSet<>();
        for (Record record : records) {
            visit(record, byId, done, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(Record record, Map<String, Record> byId, Set<String> done, Set<String> path,
            List<Record> ordered) {
        if (done.contains(record.id()) || !path.add(record.id())) {
            return;
        }
        for (String id : RecordState.references(RecordState.eClass(record.type()), record.state()).keySet()) {
            Record target = byId.get(id);
            if (target != null) {
                visit(target, byId, done, path, ordered);
            }
        }
        done.add(record.id());
        ordered.add(record);
    }

}
