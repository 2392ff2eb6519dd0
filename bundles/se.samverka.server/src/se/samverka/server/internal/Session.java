package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

import se.samverka.model.sync.ServerRule;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.server.internal.Records.Row;
import se.samverka.sync.protocol.Merge;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * One sync call's work on the county database: each pushed record merged against the base the laptop started from
 * and the server's rules applied (seats, {@link Seats}; one mark per participant and day, {@link Marks}; a
 * coordinator's own reply only, {@link Replies}), the rights
 * checked with the record's scope, references to removed parts cleared; then the answer ({@link Pull}).
 */
final class Session {
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
    /** The records this call wrote, as written (so that they are not read back), and those found to exist. */
    private final Map<String, Row> written = new HashMap<>();
    private final Set<String> found = new HashSet<>();
    /** The records this call made (none of their versions was here before). */
    private final Set<String> created = new HashSet<>();
    /** Everything this call pushes, by id: what a record may be brought with ({@link SyncPolicy#creators()}). */
    private final Map<String, Push> pushes = new LinkedHashMap<>();
    /** Every part of the county (in live records and tombstones); made when first needed. */
    private Set<String> partsIndex;

    Session(Connection c, Scope.Caller caller, String replica, LaptopModel laptop) {
        this.c = c;
        this.caller = caller;
        this.replica = replica;
        this.laptop = laptop;
    }

    /** Tells the session everything the call pushes, before the first {@link #push}. */
    void willPush(List<Push> all) {
        all.forEach(push -> pushes.put(push.id(), push));
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
        Row row = Records.load(c, push.id());
        if (row != null && !row.type().equals(push.type())) {
            refuse(push, row, "type changed");
            return;
        }
        Map<String, String> base = push.baseVersion() > 0 ? Records.history(c, push.id(), push.baseVersion())
                : Map.of();
        Map<String, String> server = row == null ? Map.of() : row.state();
        SyncPolicy policy = SyncPolicies.of(eClass);
        Merge.Result result = Merge.merge(eClass, base, server, laptop.completed(eClass, push.state(), server));
        Map<String, String> merged = new TreeMap<>(result.state());
        List<Merge.FieldOutcome> outcomes = new ArrayList<>(result.conflicts());
        if (policy.has(ServerRule.SEATS)) {
            Seats.confirm(c, push.type(), push.id(), server, merged, outcomes);
        }
        // A mark made and cleared on the laptop before it ever synced arrives as a tombstone: it is no mark to merge
        // into the one another laptop made (its value would win if it was made later), only a tombstone to keep.
        if (policy.has(ServerRule.ONE_MARK_PER_PARTICIPANT_AND_DAY) && row == null
                && !Boolean.parseBoolean(merged.get("deleted")) && mergeIntoExistingMark(push, policy, merged)) {
            return;
        }
        Scope scope = Scope.of(c, policy, push.id(), merged);
        boolean mayWrite = caller.mayWrite(policy, scope) && (row == null || caller.mayWrite(policy, row.scope()));
        if (!mayWrite && !broughtByNewRecord(policy, push.id(), row, merged)) {
            refuse(push, row, "outside what " + caller.name() + " may change");
            return;
        }
        // A decision is the county's: whoever else may change the record may not make one (a coordinator applies for
        // their municipality's support, the county offers and grants).
        if (!caller.role().everything()) {
            List<String> decided = policy.countyOnlyChanges(server, merged);
            if (!decided.isEmpty()) {
                refuse(push, row, String.join(", ", decided) + " only county staff may change");
                return;
            }
        }
        if (policy.has(ServerRule.ONE_SUPPORT_PER_ROUND_AND_MUNICIPALITY) && row == null
                && !Boolean.parseBoolean(merged.get("deleted")) && SupportKeys.other(c, push.id(), merged) != null) {
            refuse(push, null, "the round is already offered to the municipality");
            return;
        }
        String notOwnReply = policy.has(ServerRule.OWN_REPLY_ONLY) ? Replies.refusal(caller, row, merged) : null;
        if (notOwnReply != null) {
            refuse(push, row, notOwnReply);
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


    /**
     * Whether the caller may create this record, though not change it, by a {@link SyncPolicy.Creation} of its policy
     * (a trainer's walk-in: a new person with their new enrolment in the trainer's offering): the record is new here,
     * not a tombstone, and a record this call pushes refers to it through the creation's reference, is new here too
     * and is one the caller may change. The same state pushed again after a lost answer (the record and the one that
     * brought it are here now, unchanged) is taken as well, so a retry is not refused; any change of it is not.
     */
    private boolean broughtByNewRecord(SyncPolicy policy, String id, Row row, Map<String, String> merged)
            throws SQLException {
        if (Boolean.parseBoolean(merged.get("deleted")) || row != null && !merged.equals(row.state())) {
            return false;
        }
        for (SyncPolicy.Creation creation : policy.creators()) {
            if (creation.role() != caller.role()) {
                continue;
            }
            EClass bringerClass = creation.with().getEContainingClass();
            SyncPolicy bringerPolicy = SyncPolicies.of(bringerClass);
            for (Push bringer : pushes.values()) {
                String refers = bringer.state().get(creation.with().getName());
                if (!bringer.type().equals(bringerClass.getName())
                        || !(creation.with().isMany() ? RecordState.split(refers).contains(id) : id.equals(refers))
                        || Boolean.parseBoolean(bringer.state().get("deleted"))) {
                    continue;
                }
                Row existing = written.containsKey(bringer.id()) ? written.get(bringer.id())
                        : Records.load(c, bringer.id());
                // A creation by change (a partner organisation made in place) may come with a record the server has.
                boolean newTogether = row == null
                        ? existing == null || created.contains(bringer.id()) || creation.byChange()
                        : existing != null;
                if (newTogether && caller.mayWrite(bringerPolicy,
                        Scope.of(c, bringerPolicy, bringer.id(), bringer.state()))
                        && (existing == null || caller.mayWrite(bringerPolicy, existing.scope()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A new mark for a participant and day the server already has a mark for: merged into that one (the later
     * mark's value; both notes), and the new one becomes a tombstone.
     */
    private boolean mergeIntoExistingMark(Push push, SyncPolicy policy, Map<String, String> merged)
            throws SQLException {
        Row existing = Marks.existing(c, push.type(), push.id(), merged);
        if (existing == null) {
            return false;
        }
        Scope scope = Scope.of(c, policy, push.id(), merged);
        if (!caller.mayWrite(policy, scope)) {
            refuse(push, null, "outside what " + caller.name() + " may change");
            return true;
        }
        Map<String, String> combined = Marks.combine(existing.state(), merged);
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
                try (PreparedStatement live = c.prepareStatement("SELECT ID, " + Records.ROW_COLUMNS
                        + " FROM SAMVERKA.RECORDS WHERE TYPE = ? AND DELETED = 0")) {
                    live.setString(1, type.getName());
                    try (ResultSet rs = live.executeQuery()) {
                        while (rs.next()) {
                            referrers.put(rs.getString(1), Records.row(rs.getString(1), rs));
                        }
                    }
                }
            }
        }
        for (String id : newReferences.keySet()) {
            referrers.putIfAbsent(id, written.containsKey(id) ? written.get(id) : Records.load(c, id));
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
                Records.put(cleared, field.getKey(), kept.isEmpty() ? null : String.join(RecordState.SEPARATOR, kept));
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
        if (written.containsKey(id) || found.contains(id)) {
            return true;
        }
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM SAMVERKA.RECORDS WHERE ID = ?")) {
            find.setString(1, id);
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    found.add(id);
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
                            partsIndex.addAll(RecordState.parts(type, Wire.decodeState(Records.bytes(rs.getBlob(1))))
                                    .keySet());
                        }
                    }
                }
            }
        }
        return partsIndex.contains(id);
    }

    private void refuse(Push push, Row row, String why) throws SQLException {
        conflict(push.type(), push.id(), "*", "", why, SyncProcedure.REFUSED);
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

    /** Writes a record's new state as the next version ({@link Records#write}), as this caller from this laptop. */
    long write(String type, String id, Row row, Map<String, String> state, Scope scope) throws SQLException {
        long version = Records.write(c, caller.name(), replica, type, id, row, state, scope);
        written.put(id, new Row(id, type, version, state, scope));
        if (row == null) {
            created.add(id);
        }
        return version;
    }

    /** The answer: what was merged, then what the caller's reach has to receive or give up ({@link Pull}). */
    Response answer(long checkpoint) throws SQLException {
        return Pull.answer(c, caller, laptop, replica, checkpoint, accepted, answer, conflicts);
    }
}
