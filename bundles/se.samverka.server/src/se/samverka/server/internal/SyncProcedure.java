package se.samverka.server.internal;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDriver;

import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.sync.SyncException.FileProblem;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.SyncFile;
import se.samverka.sync.protocol.Wire;

/**
 * The county database's sync procedure, {@code SAMVERKA.SYNC(IN REQUEST BLOB, OUT RESPONSE BLOB)}: a Derby routine
 * that runs inside the server with the owner's rights (EXTERNAL SECURITY DEFINER), while the caller is known by
 * SESSION_USER. One call merges what a laptop pushes and answers with what changed in its scope, in one transaction.
 * Calls are serialised by an exclusive lock on the records, so the change numbers a laptop pulls up to are never
 * overtaken by a transaction that commits later.
 * <p>
 * This class is the entry point (who calls, online or by file, the lock, the log); the work is split by seam: a
 * call's pushes ({@link Session}), what a caller reaches ({@link Reach}), the answer ({@link Pull}), the records and
 * their history ({@link Records}), the keys they are found by ({@link Keys}), seats ({@link Seats}), attendance
 * marks ({@link Marks}) and scopes that follow references ({@link Scopes}).
 */
public final class SyncProcedure {

    public static final String NO_SEAT = Seats.NO_SEAT;
    public static final String REFUSED = "REFUSED";

    private SyncProcedure() {
    }

    private static volatile javax.sql.DataSource owner;

    /**
     * The connections the procedure works on: as the database owner, in a transaction of its own. (The caller's
     * nested connection is used only to learn who is calling: Derby was seen to run a definer's-rights routine's
     * statements with the caller's rights once another database had been booted in the same engine, which would
     * refuse every sync; a connection of the owner's own has no such dependence.)
     */
    public static void useOwner(javax.sql.DataSource source) {
        owner = source;
    }

    /** The routine. */
    public static void sync(Blob request, Blob[] response) throws SQLException {
        // The caller's own connection (Derby's nested connection), through the driver itself: in OSGi the
        // DriverManager does not see Derby's driver from this bundle.
        Connection nested = new EmbeddedDriver().connect("jdbc:default:connection", new Properties());
        String name;
        try (Statement s = nested.createStatement(); ResultSet rs = s.executeQuery("VALUES SESSION_USER")) {
            rs.next();
            name = rs.getString(1);
        }
        byte[] answer;
        javax.sql.DataSource source = owner;
        if (source == null) {
            throw new SQLException("SAMVERKA-SERVER: the county server is not running", "38S03");
        }
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                answer = exchange(c, name, request.getBytes(1, (int) request.length()));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        Blob blob = nested.createBlob();
        blob.setBytes(1, answer);
        response[0] = blob;
    }

    private static byte[] exchange(Connection c, String name, byte[] bytes) throws SQLException {
        Scope.Caller caller = Reach.caller(c, name);
        if (SyncFile.isSyncFile(bytes)) {
            return exchangeFile(c, caller, bytes);
        }
        Request in;
        try {
            in = Wire.decodeRequest(bytes);
        } catch (IllegalArgumentException e) {
            throw new SQLException("SAMVERKA-FORMAT: " + e.getMessage(), "38S02");
        }
        return Wire.encode(exchange(c, caller, in), Wire.format(bytes));
    }

    /**
     * A request carried on a file ({@link SyncFile}), handed in by the laptop's user from another machine: opened
     * with the key this server gave that laptop, answered as an online sync would be, and the answer sealed with the
     * same key. A file that was changed, is another user's, or is older than one already taken in is refused.
     */
    private static byte[] exchangeFile(Connection c, Scope.Caller caller, byte[] file) throws SQLException {
        SyncFile.Header header;
        try {
            header = SyncFile.header(file);
        } catch (IllegalArgumentException e) {
            throw refused(FileProblem.NOT_A_SYNC_FILE, e.getMessage());
        }
        if (header.kind() != SyncFile.Kind.REQUEST) {
            throw refused(FileProblem.WRONG_KIND, "this is an answer from the server, to be read in on the laptop");
        }
        if (!header.user().equalsIgnoreCase(caller.name())) {
            throw refused(FileProblem.OTHER_USER, "the file is " + header.user() + "'s");
        }
        byte[] key = FileKeys.existingKey(c, caller.name(), header.replica());
        if (key == null) {
            throw refused(FileProblem.NO_KEY, "the laptop has never synced with this server over the network");
        }
        Request in;
        byte[] opened;
        try {
            opened = SyncFile.open(file, key);
            in = Wire.decodeRequest(opened);
        } catch (IllegalArgumentException e) {
            throw refused(FileProblem.CHANGED, e.getMessage());
        }
        if (!in.replica().equals(header.replica())) {
            throw refused(FileProblem.CHANGED, "the file's header does not match its content");
        }
        if (!FileKeys.takeFile(c, caller.name(), header.replica(), header.madeMillis())) {
            throw refused(FileProblem.OLDER, "a newer file from this laptop has already been handed in");
        }
        Response out = exchange(c, caller, in);
        return SyncFile.seal(new SyncFile.Header(SyncFile.Kind.ANSWER, header.user(), header.replica(),
                header.checkpoint(), header.sentUpTo(), System.currentTimeMillis(), out.records().size()),
                Wire.encode(out, Wire.format(opened)), key);
    }

    /** A refused sync file: the SQLState says why (Derby's network client passes that on, not the message). */
    private static SQLException refused(FileProblem problem, String why) {
        return new SQLException("SAMVERKA-FILE: " + problem + ": " + why, problem.sqlState());
    }

    private static Response exchange(Connection c, Scope.Caller caller, Request in) throws SQLException {
        try (Statement lock = c.createStatement()) {
            lock.execute("LOCK TABLE SAMVERKA.RECORDS IN EXCLUSIVE MODE");
        }
        LaptopModel laptop = LaptopModel.of(c, in.replica(), in.checkpoint(), in.model());
        Session session = new Session(c, caller, in.replica(), laptop);
        session.willPush(in.pushes());
        for (Push push : in.pushes()) {
            session.push(push);
        }
        session.clearDanglingReferences();
        Response out = session.answer(in.checkpoint());
        laptop.remember(c, in.checkpoint());
        try (PreparedStatement log = c.prepareStatement("INSERT INTO SAMVERKA.SYNC_LOG(USER_NAME, REPLICA, PUSHED, "
                + "SENT, CONFLICTS, SYNCED_AT) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            log.setString(1, caller.name());
            log.setString(2, in.replica());
            log.setInt(3, in.pushes().size());
            log.setInt(4, out.records().size());
            log.setInt(5, out.conflicts().size());
            log.executeUpdate();
        }
        return out;
    }

    /** Loads records as the county's own (the demo county, an import), in the order given. */
    public static int seed(Connection c, List<SyncedObject> records) throws SQLException {
        c.setAutoCommit(false);
        try {
            Session session = new Session(c, new Scope.Caller("SAMVERKA", Role.COUNTY, null, null, List.of(),
                    List.of()), "seed", LaptopModel.county());
            for (SyncedObject record : records) {
                assignIds(record);
                Map<String, String> state = RecordState.of(record);
                session.write(record.eClass().getName(), record.getId(), null, state,
                        Scope.of(c, SyncPolicies.of(record.eClass()), record.getId(), state));
            }
            c.commit();
            return records.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static void assignIds(SyncedObject record) {
        if (record.getId() == null) {
            record.setId(UUID.randomUUID().toString());
        }
        record.eAllContents().forEachRemaining(part -> {
            if (part instanceof SyncedObject synced && synced.getId() == null) {
                synced.setId(UUID.randomUUID().toString());
            }
        });
    }
}
