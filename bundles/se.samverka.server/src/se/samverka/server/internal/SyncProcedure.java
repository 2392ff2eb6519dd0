package se.samverka.server.internal;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import se.samverka.model.EnrolmentStatus;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.model.sync.ServerRule;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.sync.SyncException.FileProblem;
import se.samverka.sync.protocol.Merge;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
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
 */
public final class SyncProcedure {

    public static final String NO_SEAT = "NO_SEAT";
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
        Scope.Caller caller = caller(c, name);
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

    private static Scope.Caller caller(Connection c, String name) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT ROLE, MUNICIPALITY, PERSON, DISABLED FROM SAMVERKA.USERS WHERE NAME = ?")) {
            find.setString(1, name);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next() || rs.getInt(4) != 0) {
                    throw new SQLException("SAMVERKA-DISABLED: " + name + " may not sync", "38S01");
                }
                Role role = Role.valueOf(rs.getString(1));
                String municipality = rs.getString(2);
                String person = rs.getString(3);
                List<String> groups = new ArrayList<>();
                List<String> offerings = new ArrayList<>();
                if (role == Role.COORDINATOR) {
                    // The groups their municipality's people are members of.
                    try (PreparedStatement g = c.prepareStatement("SELECT DISTINCT GRP FROM SAMVERKA.RECORDS "
                            + "WHERE TYPE = ? AND DELETED = 0 AND MUNICIPALITY = ?")) {
                        g.setString(1, SamverkaPackage.Literals.MEMBERSHIP.getName());
                        g.setString(2, municipality);
                        try (ResultSet r = g.executeQuery()) {
                            while (r.next()) {
                                groups.add(r.getString(1));
                            }
                        }
                    }
                }
                if (role == Role.TRAINER) {
                    // The offerings they teach.
                    try (PreparedStatement o = c.prepareStatement("SELECT ID FROM SAMVERKA.RECORDS "
                            + "WHERE TYPE = ? AND TRAINERS LIKE ?")) {
                        o.setString(1, SamverkaPackage.Literals.COURSE_OFFERING.getName());
                        o.setString(2, "%|" + person + "|%");
                        try (ResultSet r = o.executeQuery()) {
                            while (r.next()) {
                                offerings.add(r.getString(1));
                            }
                        }
                    }
                }
                return new Scope.Caller(name, role, municipality, person, groups, offerings);
            }
        }
    }

    /** A stored record. */
    private record Row(String id, String type, long version, Map<String, String> state, Scope scope) {
    }

    /** One sync call's work. */
    private static final class Session {
        private final Connection c;
        private final Scope.Caller caller;
        private final String replica;
        /** The model the laptop speaks: what it can hold. */
        private final LaptopModel laptop;
        private final Map<String, Long> accepted = new LinkedHashMap<>();
        private final Map<String, Record> answer = new LinkedHashMap<>();
        private final List<FieldConflict> conflicts = new ArrayList<>();
        /** The parts this call removed from their records. */
        private final Set<String> removed = new HashSet<>();
        private final Set<EClass> removedClasses = new HashSet<>();
        /** The records this call wrote from pushes that newly refer to something, with the ids they newly refer to. */
        private final Map<String, Set<String>> newReferences = new LinkedHashMap<>();
        /** Every part of the county (in live records and tombstones); made when first needed. */
        private Set<String> partsIndex;

        Session(Connection c, Scope.Caller caller, String replica, LaptopModel laptop) {
            this.c = c;
            this.caller = caller;
            this.replica = replica;
            this.laptop = laptop;
        }

        void push(Push push) throws SQLException {
            EClass eClass;
            try {
                eClass = RecordState.eClass(push.type());
            } catch (IllegalArgumentException e) {
                // A laptop of a newer model than the server's: its record stays there, nothing is sent back.
                conflict(push.type(), push.id(), "*", "", "the county server does not know " + push.type()
                        + ": update the server", LaptopModel.UNKNOWN_TYPE);
                return;
            }
            Row row = load(push.id());
            if (row != null && !row.type().equals(push.type())) {
                refuse(push, row, "type changed");
                return;
            }
            Map<String, String> base = push.baseVersion() > 0 ? history(push.id(), push.baseVersion()) : Map.of();
            Map<String, String> server = row == null ? Map.of() : row.state();
            SyncPolicy policy = SyncPolicies.of(eClass);
            Merge.Result result = Merge.merge(eClass, base, server, laptop.completed(eClass, push.state(), server));
            Map<String, String> merged = new TreeMap<>(result.state());
            List<Merge.FieldOutcome> outcomes = new ArrayList<>(result.conflicts());
            if (policy.has(ServerRule.SEATS)) {
                confirmSeat(push, server, merged, outcomes);
            }
            if (policy.has(ServerRule.ONE_MARK_PER_PARTICIPANT_AND_DAY) && row == null
                    && mergeIntoExistingMark(push, policy, merged)) {
                return;
            }
            Scope scope = Scope.of(c, policy, push.id(), merged);
            if (!caller.mayWrite(policy, scope) || row != null && !caller.mayWrite(policy, row.scope())) {
                refuse(push, row, "outside what " + caller.name() + " may change");
                return;
            }
            for (Merge.FieldOutcome outcome : outcomes) {
                conflict(push.type(), push.id(), outcome.path(), outcome.kept(), outcome.other(), outcome.reason());
            }
            long version;
            if (row != null && merged.equals(row.state())) {
                version = row.version();
            } else {
                version = write(push.type(), push.id(), row, merged, scope);
                noteRemovals(eClass, server, merged);
                Set<String> added = new HashSet<>(RecordState.references(eClass, merged).keySet());
                added.removeAll(RecordState.references(eClass, server).keySet());
                if (!added.isEmpty()) {
                    newReferences.put(push.id(), added);
                }
            }
            if (laptop.takenAsPushed(eClass, merged, push.state())) {
                accepted.put(push.id(), version);
            } else {
                answer.put(push.id(), new Record(push.type(), push.id(), version, merged));
            }
        }

        /**
         * Seats are the server's to give: an enrolment that becomes ENROLLED (on a laptop offline, or promoted from
         * the waitlist after a cancellation there) keeps its seat only if the offering has one free here; otherwise
         * it goes to (or stays on) the waitlist, with a conflict that says so.
         */
        private void confirmSeat(Push push, Map<String, String> server, Map<String, String> merged,
                List<Merge.FieldOutcome> outcomes) throws SQLException {
            String now = merged.get("status");
            String before = server.get("status");
            if (!"ENROLLED".equals(now) || "ENROLLED".equals(before)) {
                return;
            }
            Row offering = load(merged.get("offering"));
            if (offering == null || offering.state().get("capacity") == null) {
                return;
            }
            int capacity = Integer.parseInt(offering.state().get("capacity"));
            int taken = 0;
            int lastWaiting = 0;
            try (PreparedStatement others = c.prepareStatement("SELECT ID, STATE FROM SAMVERKA.RECORDS "
                    + "WHERE TYPE = ? AND OFFERING = ? AND DELETED = 0 AND ID <> ?")) {
                others.setString(1, push.type());
                others.setString(2, offering.id());
                others.setString(3, push.id());
                try (ResultSet rs = others.executeQuery()) {
                    while (rs.next()) {
                        Map<String, String> state = Wire.decodeState(bytes(rs.getBlob(2)));
                        String status = state.getOrDefault("status", "REQUESTED");
                        if (status.equals("ENROLLED") || status.equals("COMPLETED") || status.equals("NO_SHOW")) {
                            taken++;
                        }
                        if (status.equals("WAITLISTED") && state.get("waitlistPosition") != null) {
                            lastWaiting = Math.max(lastWaiting, Integer.parseInt(state.get("waitlistPosition")));
                        }
                    }
                }
            }
            if (taken < capacity) {
                return;
            }
            merged.put("status", EnrolmentStatus.WAITLISTED.getLiteral());
            // Promoted from the waitlist without a seat: back to its place in the line; otherwise last in it.
            merged.put("waitlistPosition", "WAITLISTED".equals(before) && server.get("waitlistPosition") != null
                    ? server.get("waitlistPosition") : Integer.toString(lastWaiting + 1));
            outcomes.add(new Merge.FieldOutcome("status", "WAITLISTED", "ENROLLED", NO_SEAT));
        }

        /**
         * Two laptops marking the same participant on the same day make two marks: they merge into the one the
         * server has (the later mark's value; both notes), and the second becomes a tombstone.
         */
        private boolean mergeIntoExistingMark(Push push, SyncPolicy policy, Map<String, String> merged)
                throws SQLException {
            String enrolment = merged.get("enrolment");
            String day = merged.get("sessionDay");
            if (enrolment == null || day == null) {
                return false;
            }
            Row existing = null;
            try (PreparedStatement marks = c.prepareStatement("SELECT ID FROM SAMVERKA.RECORDS "
                    + "WHERE TYPE = ? AND DELETED = 0 AND OFFERING = ? AND ID <> ?")) {
                marks.setString(1, push.type());
                marks.setString(2, Scope.lookup(c, enrolment).offering());
                marks.setString(3, push.id());
                try (ResultSet rs = marks.executeQuery()) {
                    while (rs.next() && existing == null) {
                        Row candidate = load(rs.getString(1));
                        if (enrolment.equals(candidate.state().get("enrolment"))
                                && day.equals(candidate.state().get("sessionDay"))) {
                            existing = candidate;
                        }
                    }
                }
            }
            if (existing == null) {
                return false;
            }
            Scope scope = Scope.of(c, policy, push.id(), merged);
            if (!caller.mayWrite(policy, scope)) {
                refuse(push, null, "outside what " + caller.name() + " may change");
                return true;
            }
            Map<String, String> combined = new TreeMap<>(existing.state());
            String theirs = existing.state().getOrDefault("markedAt", "");
            String ours = merged.getOrDefault("markedAt", "");
            if (ours.compareTo(theirs) > 0) {
                for (String key : List.of("mark", "markedAt", "markedBy")) {
                    put(combined, key, merged.get(key));
                }
            }
            String note = existing.state().get("note");
            String other = merged.get("note");
            if (other != null && !other.equals(note)) {
                combined.put("note", note == null ? other : note + "\n" + other);
            }
            long version = combined.equals(existing.state()) ? existing.version()
                    : write(existing.type(), existing.id(), existing, combined, existing.scope());
            answer.put(existing.id(), new Record(existing.type(), existing.id(), version, combined));
            Map<String, String> tombstone = new TreeMap<>(merged);
            tombstone.put("deleted", "true");
            long dup = write(push.type(), push.id(), null, tombstone, scope);
            answer.put(push.id(), new Record(push.type(), push.id(), dup, tombstone));
            return true;
        }

        private void noteRemovals(EClass type, Map<String, String> before, Map<String, String> after) {
            Map<String, EClass> parts = new HashMap<>(RecordState.parts(type, before));
            parts.keySet().removeAll(RecordState.parts(type, after).keySet());
            removed.addAll(parts.keySet());
            removedClasses.addAll(parts.values());
        }

        /**
         * The merge must not leave a record pointing to a part that no longer exists: references to parts this call
         * removed (in any live record that may hold one) and references that pushed records newly made to parts or
         * records the county does not have are cleared, each such record written as a new version and sent back.
         * (A tombstone stays, so references to it may stay too.)
         */
        void clearDanglingReferences() throws SQLException {
            Map<String, Row> referrers = new LinkedHashMap<>();
            if (!removed.isEmpty()) {
                for (EClass type : SyncPolicies.recordClasses()) {
                    if (!mayReferTo(type, removedClasses)) {
                        continue;
                    }
                    try (PreparedStatement live = c.prepareStatement("SELECT ID, " + ROW_COLUMNS
                            + " FROM SAMVERKA.RECORDS WHERE TYPE = ? AND DELETED = 0")) {
                        live.setString(1, type.getName());
                        try (ResultSet rs = live.executeQuery()) {
                            while (rs.next()) {
                                referrers.put(rs.getString(1), row(rs.getString(1), rs));
                            }
                        }
                    }
                }
            }
            for (String id : newReferences.keySet()) {
                referrers.putIfAbsent(id, load(id));
            }
            for (Row row : referrers.values()) {
                if (row == null || "true".equals(row.state().get("deleted"))) {
                    continue;
                }
                EClass type = RecordState.eClass(row.type());
                Set<String> added = newReferences.getOrDefault(row.id(), Set.of());
                Map<String, String> cleared = new TreeMap<>(row.state());
                for (Map.Entry<String, String> field : row.state().entrySet()) {
                    if (!(RecordState.feature(type, field.getKey()) instanceof EReference reference)
                            || reference.isContainment()) {
                        continue;
                    }
                    List<String> kept = new ArrayList<>();
                    for (String target : RecordState.split(field.getValue())) {
                        if (!mustClear(target, added.contains(target))) {
                            kept.add(target);
                        }
                    }
                    put(cleared, field.getKey(), kept.isEmpty() ? null : String.join(RecordState.SEPARATOR, kept));
                }
                if (!cleared.equals(row.state())) {
                    long version = write(row.type(), row.id(), row, cleared, row.scope());
                    accepted.remove(row.id());
                    answer.put(row.id(), new Record(row.type(), row.id(), version, cleared));
                }
            }
        }

        /** Whether records of a class (or their parts) have a reference that can point to one of the classes. */
        private static boolean mayReferTo(EClass type, Set<EClass> targets) {
            List<EClass> classes = new ArrayList<>(List.of(type));
            for (int i = 0; i < classes.size(); i++) {
                for (EReference reference : classes.get(i).getEAllReferences()) {
                    if (reference.isContainment()) {
                        classes.add(reference.getEReferenceType());
                    } else if (targets.stream().anyMatch(reference.getEReferenceType()::isSuperTypeOf)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether a reference to a target must be cleared: a part this call removed, or one the county lacks. */
        private boolean mustClear(String target, boolean check) throws SQLException {
            return removed.contains(target) || check && !exists(target);
        }

        /** Whether the county has this record or part (a tombstone, or a part of one, counts). */
        private boolean exists(String id) throws SQLException {
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM SAMVERKA.RECORDS WHERE ID = ?")) {
                find.setString(1, id);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            if (partsIndex == null) {
                partsIndex = new HashSet<>();
                for (EClass type : SyncPolicies.recordClasses()) {
                    if (type.getEAllContainments().isEmpty()) {
                        continue;
                    }
                    try (PreparedStatement all = c.prepareStatement(
                            "SELECT STATE FROM SAMVERKA.RECORDS WHERE TYPE = ?")) {
                        all.setString(1, type.getName());
                        try (ResultSet rs = all.executeQuery()) {
                            while (rs.next()) {
                                partsIndex.addAll(RecordState.parts(type, Wire.decodeState(bytes(rs.getBlob(1))))
                                        .keySet());
                            }
                        }
                    }
                }
            }
            return partsIndex.contains(id);
        }

        private void refuse(Push push, Row row, String why) throws SQLException {
            conflict(push.type(), push.id(), "*", "", why, REFUSED);
            if (row != null) {
                answer.put(row.id(), new Record(row.type(), row.id(), row.version(), row.state()));
            } else {
                Map<String, String> tombstone = new TreeMap<>(push.state());
                tombstone.put("deleted", "true");
                answer.put(push.id(), new Record(push.type(), push.id(), 0, tombstone));
            }
        }

        private void conflict(String type, String id, String field, String kept, String other, String reason)
                throws SQLException {
            // The same push arriving twice (after a lost answer) finds the same conflict: it is recorded once.
            try (PreparedStatement seen = c.prepareStatement("SELECT ID FROM SAMVERKA.CONFLICTS WHERE RECORD_ID = ? "
                    + "AND FIELD = ? AND REPLICA = ? AND REASON = ? AND CAST(OTHER AS VARCHAR(32672)) = ?")) {
                seen.setString(1, id);
                seen.setString(2, field);
                seen.setString(3, replica);
                seen.setString(4, reason);
                seen.setString(5, other == null ? "" : other);
                try (ResultSet rs = seen.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            String conflictId = UUID.randomUUID().toString();
            long now = System.currentTimeMillis();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMVERKA.CONFLICTS(ID, RECORD_TYPE, "
                    + "RECORD_ID, FIELD, KEPT, OTHER, OTHER_AUTHOR, REPLICA, REASON, FOUND_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, conflictId);
                insert.setString(2, type);
                insert.setString(3, id);
                insert.setString(4, field);
                insert.setString(5, kept == null ? "" : kept);
                insert.setString(6, other == null ? "" : other);
                insert.setString(7, caller.name());
                insert.setString(8, replica);
                insert.setString(9, reason);
                insert.setTimestamp(10, new Timestamp(now));
                insert.executeUpdate();
            }
            conflicts.add(new FieldConflict(conflictId, type, id, field, kept == null ? "" : kept,
                    other == null ? "" : other, caller.name(), reason, now));
        }

        /**
         * Writes a record's new state as the next version, with its scope (worked out by the caller, who checked the
         * rights with it), and keeps the version in HISTORY.
         */
        long write(String type, String id, Row row, Map<String, String> state, Scope scope) throws SQLException {
            long version = row == null ? 1 : row.version() + 1;
            long seq;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("VALUES NEXT VALUE FOR SAMVERKA.CHANGES")) {
                rs.next();
                seq = rs.getLong(1);
            }
            byte[] bytes = Wire.encodeState(state);
            Timestamp now = new Timestamp(System.currentTimeMillis());
            String sql = row == null
                    ? "INSERT INTO SAMVERKA.RECORDS(VERSION, SEQ, DELETED, MUNICIPALITY, GRP, OFFERING, TRAINERS, "
                            + "STATE, CHANGED_BY, CHANGED_AT, TYPE, ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE SAMVERKA.RECORDS SET VERSION = ?, SEQ = ?, DELETED = ?, MUNICIPALITY = ?, GRP = ?, "
                            + "OFFERING = ?, TRAINERS = ?, STATE = ?, CHANGED_BY = ?, CHANGED_AT = ? "
                            + "WHERE TYPE = ? AND ID = ?";
            try (PreparedStatement w = c.prepareStatement(sql)) {
                w.setLong(1, version);
                w.setLong(2, seq);
                w.setInt(3, "true".equals(state.get("deleted")) ? 1 : 0);
                w.setString(4, scope.municipality());
                w.setString(5, scope.group());
                w.setString(6, scope.offering());
                w.setString(7, scope.trainers());
                w.setBytes(8, bytes);
                w.setString(9, caller.name());
                w.setTimestamp(10, now);
                w.setString(11, type);
                w.setString(12, id);
                w.executeUpdate();
            }
            try (PreparedStatement h = c.prepareStatement("INSERT INTO SAMVERKA.HISTORY(ID, VERSION, STATE, "
                    + "CHANGED_BY, REPLICA, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
                h.setString(1, id);
                h.setLong(2, version);
                h.setBytes(3, bytes);
                h.setString(4, caller.name());
                h.setString(5, replica);
                h.setTimestamp(6, now);
                h.executeUpdate();
            }
            return version;
        }

        /** The answer: what was merged, then everything in the caller's scope changed since the checkpoint. */
        Response answer(long checkpoint) throws SQLException {
            Map<String, Record> out = new LinkedHashMap<>(answer);
            Set<String> known = new HashSet<>(accepted.keySet());
            known.addAll(answer.keySet());
            // A laptop whose model grew looks at every record: those with what it can hold now come too.
            try (PreparedStatement changed = c.prepareStatement("SELECT ID, TYPE, VERSION, STATE, MUNICIPALITY, GRP, "
                    + "OFFERING, TRAINERS, SEQ FROM SAMVERKA.RECORDS WHERE SEQ > ? ORDER BY SEQ")) {
                changed.setLong(1, laptop.grew() ? 0 : checkpoint);
                try (ResultSet rs = changed.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        String type = rs.getString(2);
                        Scope scope = new Scope(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                        if (known.contains(id) || !laptop.knows(type) || !caller.mayRead(policy(type), id, scope)) {
                            continue;
                        }
                        Map<String, String> state = Wire.decodeState(bytes(rs.getBlob(4)));
                        if (rs.getLong(9) > checkpoint || laptop.gained(type, state)) {
                            out.put(id, new Record(type, id, rs.getLong(3), state));
                        }
                    }
                }
            }
            out.replaceAll((id, record) -> laptop.shaped(record));
            out.values().removeIf(java.util.Objects::isNull);
            // What the records refer to, when it is outside the caller's scope (a presenter from another
            // municipality): sent along, so that the laptop has every record it refers to.
            List<Record> referring = new ArrayList<>(out.values());
            for (Record record : referring) {
                for (String target : RecordState.references(RecordState.eClass(record.type()), record.state())
                        .keySet()) {
                    if (!out.containsKey(target) && !accepted.containsKey(target)) {
                        Row row = load(target);
                        if (row != null && !caller.mayRead(policy(row.type()), row.id(), row.scope())
                                && laptop.knows(row.type())) {
                            out.put(target, laptop.shaped(new Record(row.type(), row.id(), row.version(),
                                    row.state())));
                        }
                    }
                }
            }
            long newCheckpoint;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT MAX(SEQ) FROM SAMVERKA.RECORDS")) {
                rs.next();
                newCheckpoint = Math.max(rs.getLong(1), checkpoint);
            }
            newCheckpoint = laptop.checkpoint(c, newCheckpoint);
            return new Response(newCheckpoint, accepted, new ArrayList<>(out.values()), conflicts,
                    FileKeys.keyFor(c, caller.name(), replica));
        }

        private Row load(String id) throws SQLException {
            if (id == null) {
                return null;
            }
            try (PreparedStatement find = c.prepareStatement("SELECT ID, " + ROW_COLUMNS
                    + " FROM SAMVERKA.RECORDS WHERE ID = ?")) {
                find.setString(1, id);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? row(id, rs) : null;
                }
            }
        }

        /** The columns of a {@link Row} after the id, in the order {@link #row} reads them. */
        private static final String ROW_COLUMNS = "TYPE, VERSION, STATE, MUNICIPALITY, GRP, OFFERING, TRAINERS";

        private static Row row(String id, ResultSet rs) throws SQLException {
            return new Row(id, rs.getString(2), rs.getLong(3), Wire.decodeState(bytes(rs.getBlob(4))),
                    new Scope(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        }

        private Map<String, String> history(String id, long version) throws SQLException {
            try (PreparedStatement find = c.prepareStatement(
                    "SELECT STATE FROM SAMVERKA.HISTORY WHERE ID = ? AND VERSION = ?")) {
                find.setString(1, id);
                find.setLong(2, version);
                try (ResultSet rs = find.executeQuery()) {
                    return rs.next() ? Wire.decodeState(bytes(rs.getBlob(1))) : Map.of();
                }
            }
        }
    }

    private static SyncPolicy policy(String type) {
        return SyncPolicies.of(RecordState.eClass(type));
    }

    private static byte[] bytes(Blob blob) throws SQLException {
        return blob.getBytes(1, (int) blob.length());
    }

    private static void put(Map<String, String> state, String key, String value) {
        if (value == null) {
            state.remove(key);
        } else {
            state.put(key, value);
        }
    }
}
