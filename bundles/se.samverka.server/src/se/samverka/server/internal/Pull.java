package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.samverka.server.internal.Records.Row;
import se.samverka.sync.protocol.Messages;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.Messages.Withdrawal;
import se.samverka.sync.protocol.RecordState;

/**
 * The answer of a sync call: what the call merged; everything the caller reaches that changed since the laptop's
 * checkpoint; what the caller's reach gained since the answer that gave that checkpoint ({@link Reach}: a trainer
 * added to an offering, a coordinator's municipality newly a member of a group), however old; the records the laptop
 * may no longer hold, withdrawn (the reach lost a group or an offering, or a record's scope moved away,
 * {@link Scopes}), with what they refer to outside the reach; and what the records sent refer to outside the reach
 * (a presenter from another municipality), so that the laptop has every record it refers to.
 */
final class Pull {

    private static final String SELECT = "SELECT ID, " + Records.ROW_COLUMNS + " FROM SAMVERKA.RECORDS ";

    private Pull() {
    }

    static Response answer(Connection c, Scope.Caller caller, LaptopModel laptop, String replica, long checkpoint,
            Map<String, Long> accepted, Map<String, Record> merged, List<FieldConflict> conflicts)
            throws SQLException {
        Map<String, Record> out = new LinkedHashMap<>(merged);
        Set<String> known = new HashSet<>(accepted.keySet());
        known.addAll(merged.keySet());
        // What this user reached when the laptop got its checkpoint: not known when the checkpoint came with an
        // answer to another user (a shared laptop: a coordinator synced, now county staff sync) or from a server of
        // an earlier version. The records changed before the checkpoint that the other user did not reach never
        // came: every record this user reaches comes, as on a first sync.
        Scope.Caller remembered = checkpoint > 0 ? Reach.remembered(c, caller, replica, checkpoint) : null;
        boolean reachUnknown = checkpoint > 0 && remembered == null;
        // A laptop whose model grew looks at every record: those with what it can hold now come too.
        try (PreparedStatement changed = c.prepareStatement("SELECT ID, " + Records.ROW_COLUMNS
                + ", SEQ FROM SAMVERKA.RECORDS WHERE SEQ > ? ORDER BY SEQ")) {
            changed.setLong(1, laptop.grew() || reachUnknown ? 0 : checkpoint);
            try (ResultSet rs = changed.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String type = rs.getString(2);
                    Scope scope = new Scope(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    if (known.contains(id) || !laptop.knows(type)
                            || !caller.mayRead(Records.policy(type), id, scope)) {
                        continue;
                    }
                    Row row = Records.row(id, rs);
                    if (rs.getLong(9) > checkpoint || reachUnknown || laptop.gained(type, row.state())) {
                        out.put(id, record(row));
                    }
                }
            }
        }
        Map<String, Withdrawal> withdrawn = new LinkedHashMap<>();
        if (checkpoint > 0) {
            // When what it reached then is not known, every record it reaches is sent above.
            Scope.Caller before = reachUnknown ? caller : remembered;
            for (Map.Entry<String, List<String>> gained : Reach.gained(before, caller).entrySet()) {
                for (String value : gained.getValue()) {
                    sendOlder(c, caller, laptop, gained.getKey(), value, checkpoint, known, out);
                }
            }
            for (Map.Entry<String, List<String>> lost : Reach.lost(before, caller).entrySet()) {
                for (String value : lost.getValue()) {
                    withdrawLost(c, caller, lost.getKey(), value, withdrawn);
                }
            }
            withdrawMoved(c, before, caller, checkpoint, withdrawn);
        }
        // A pushed record sent back that the caller may not read (a refused edit of a record they lost).
        for (Record record : merged.values()) {
            Scope scope = Scope.lookup(c, record.id());
            if (scope != Scope.NONE && !caller.mayRead(Records.policy(record.type()), record.id(), scope)) {
                withdrawn.putIfAbsent(record.id(), new Withdrawal(record.type(), record.id()));
            }
        }
        withdrawReferred(c, caller, withdrawn);
        out.replaceAll((id, record) -> laptop.shaped(record));
        out.values().removeIf(Objects::isNull);
        // What the records refer to, when it is outside the caller's scope (a presenter from another
        // municipality): sent along, so that the laptop has every record it refers to.
        List<Record> referring = new ArrayList<>(out.values());
        for (Record record : referring) {
            if (withdrawn.containsKey(record.id())) {
                continue;
            }
            for (String target : RecordState.references(RecordState.eClass(record.type()), record.state())
                    .keySet()) {
                if (!out.containsKey(target) && !accepted.containsKey(target)) {
                    Row row = Records.load(c, target);
                    if (row != null && !caller.mayRead(Records.policy(row.type()), row.id(), row.scope())
                            && laptop.knows(row.type())) {
                        out.put(target, laptop.shaped(record(row)));
                        withdrawn.remove(target);
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
        Reach.remember(c, caller, replica, checkpoint, newCheckpoint);
        return new Response(newCheckpoint, accepted, new ArrayList<>(out.values()), conflicts,
                FileKeys.keyFor(c, caller.name(), replica), new ArrayList<>(withdrawn.values()),
                se.samverka.model.sync.ModelVersion.CURRENT,
                new Messages.User(caller.role().name(), caller.person(), caller.municipality()));
    }

    /** The records the reach newly reaches through one value of a scope column, changed before the checkpoint. */
    private static void sendOlder(Connection c, Scope.Caller caller, LaptopModel laptop, String column, String value,
            long checkpoint, Set<String> known, Map<String, Record> out) throws SQLException {
        try (PreparedStatement older = c.prepareStatement(SELECT + "WHERE " + column + " = ? AND SEQ <= ?")) {
            older.setString(1, value);
            older.setLong(2, checkpoint);
            try (ResultSet rs = older.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Scope scope = new Scope(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
                    if (!known.contains(id) && !out.containsKey(id) && laptop.knows(rs.getString(2))
                            && caller.mayRead(Records.policy(rs.getString(2)), id, scope)) {
                        out.put(id, record(Records.row(id, rs)));
                    }
                }
            }
        }
    }

    /** The records the reach reached through one value of a scope column it lost, that it no longer reaches. */
    private static void withdrawLost(Connection c, Scope.Caller caller, String column, String value,
            Map<String, Withdrawal> withdrawn) throws SQLException {
        try (PreparedStatement lost = c.prepareStatement("SELECT ID, TYPE, MUNICIPALITY, GRP, OFFERING, TRAINERS "
                + "FROM SAMVERKA.RECORDS WHERE " + column + " = ?")) {
            lost.setString(1, value);
            try (ResultSet rs = lost.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Scope scope = new Scope(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    if (!caller.mayRead(Records.policy(rs.getString(2)), id, scope)) {
                        withdrawn.putIfAbsent(id, new Withdrawal(rs.getString(2), id));
                    }
                }
            }
        }
    }

    /**
     * The records whose scope moved since the checkpoint from where the laptop's reach (then or now) reached them to
     * where it does not reach them now.
     */
    private static void withdrawMoved(Connection c, Scope.Caller before, Scope.Caller caller, long checkpoint,
            Map<String, Withdrawal> withdrawn) throws SQLException {
        try (PreparedStatement moves = c.prepareStatement("SELECT M.ID, R.TYPE, M.MUNICIPALITY, M.GRP, M.OFFERING, "
                + "M.TRAINERS, R.MUNICIPALITY, R.GRP, R.OFFERING, R.TRAINERS FROM SAMVERKA.SCOPE_MOVES M "
                + "JOIN SAMVERKA.RECORDS R ON R.ID = M.ID WHERE M.SEQ > ?")) {
            moves.setLong(1, checkpoint);
            try (ResultSet rs = moves.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    var policy = Records.policy(rs.getString(2));
                    Scope left = new Scope(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    Scope now = new Scope(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
                    if (!caller.mayRead(policy, id, now)
                            && (before.mayRead(policy, id, left) || caller.mayRead(policy, id, left))) {
                        withdrawn.putIfAbsent(id, new Withdrawal(rs.getString(2), id));
                    }
                }
            }
        }
    }

    /**
     * What withdrawn records refer to outside the reach (sent along with them once): withdrawn too; the laptop keeps
     * any record that something it keeps still refers to.
     */
    private static void withdrawReferred(Connection c, Scope.Caller caller, Map<String, Withdrawal> withdrawn)
            throws SQLException {
        for (Withdrawal withdrawal : List.copyOf(withdrawn.values())) {
            Row row = Records.load(c, withdrawal.id());
            if (row == null) {
                continue;
            }
            for (String target : RecordState.references(RecordState.eClass(row.type()), row.state()).keySet()) {
                if (!withdrawn.containsKey(target)) {
                    Row referred = Records.load(c, target);
                    if (referred != null && !caller.mayRead(Records.policy(referred.type()), target,
                            referred.scope())) {
                        withdrawn.put(target, new Withdrawal(referred.type(), target));
                    }
                }
            }
        }
    }

    private static Record record(Row row) {
        return new Record(row.type(), row.id(), row.version(), row.state());
    }
}
