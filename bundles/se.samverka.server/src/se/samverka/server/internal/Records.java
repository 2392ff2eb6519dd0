package se.samverka.server.internal;

import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Map;

import se.samverka.model.sync.SyncPolicies;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * The county's records as the sync procedure reads and writes them: {@code SAMVERKA.RECORDS} (each record's sync
 * state, its scope and the keys that find it, {@link Keys}) and every version in {@code SAMVERKA.HISTORY}. A write
 * whose scope differs from the stored one re-derives the scopes of the records that take theirs from it
 * ({@link Scopes}).
 */
final class Records {

    /** A stored record. */
    record Row(String id, String type, long version, Map<String, String> state, Scope scope) {
    }

    /** The columns of a {@link Row} after the id, in the order {@link #row} reads them. */
    static final String ROW_COLUMNS = "TYPE, VERSION, STATE, MUNICIPALITY, GRP, OFFERING, TRAINERS";

    private Records() {
    }

    static Row load(Connection c, String id) throws SQLException {
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

    /** A row from a result set whose columns are the id, then {@link #ROW_COLUMNS}. */
    static Row row(String id, ResultSet rs) throws SQLException {
        return new Row(id, rs.getString(2), rs.getLong(3), Wire.decodeState(bytes(rs.getBlob(4))),
                new Scope(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }

    /**
     * Writes a record's new state as the next version, with its scope (worked out by the caller, who checked the
     * rights with it) and its keys, and keeps the version in HISTORY. When its scope changed, the records that take
     * their scope from it follow.
     */
    static long write(Connection c, String user, String replica, String type, String id, Row row,
            Map<String, String> state, Scope scope) throws SQLException {
        long version = row == null ? 1 : row.version() + 1;
        long seq = nextChange(c);
        byte[] bytes = Wire.encodeState(state);
        Timestamp now = new Timestamp(System.currentTimeMillis());
        SyncPolicy policy = SyncPolicies.of(RecordState.eClass(type));
        Keys keys = Keys.of(policy, state);
        String sql = row == null
                ? "INSERT INTO SAMVERKA.RECORDS(VERSION, SEQ, DELETED, MUNICIPALITY, GRP, OFFERING, TRAINERS, "
                        + "STATE, CHANGED_BY, CHANGED_AT, SEAT_STATUS, WAIT_POSITION, MARK_KEY, TYPE, ID) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE SAMVERKA.RECORDS SET VERSION = ?, SEQ = ?, DELETED = ?, MUNICIPALITY = ?, GRP = ?, "
                        + "OFFERING = ?, TRAINERS = ?, STATE = ?, CHANGED_BY = ?, CHANGED_AT = ?, SEAT_STATUS = ?, "
                        + "WAIT_POSITION = ?, MARK_KEY = ? WHERE TYPE = ? AND ID = ?";
        try (PreparedStatement w = c.prepareStatement(sql)) {
            w.setLong(1, version);
            w.setLong(2, seq);
            w.setInt(3, "true".equals(state.get("deleted")) ? 1 : 0);
            w.setString(4, scope.municipality());
            w.setString(5, scope.group());
            w.setString(6, scope.offering());
            w.setString(7, scope.trainers());
            w.setBytes(8, bytes);
            w.setString(9, user);
            w.setTimestamp(10, now);
            keys.setColumns(w, 11);
            w.setString(14, type);
            w.setString(15, id);
            w.executeUpdate();
        }
        try (PreparedStatement h = c.prepareStatement("INSERT INTO SAMVERKA.HISTORY(ID, VERSION, STATE, "
                + "CHANGED_BY, REPLICA, CHANGED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
            h.setString(1, id);
            h.setLong(2, version);
            h.setBytes(3, bytes);
            h.setString(4, user);
            h.setString(5, replica);
            h.setTimestamp(6, now);
            h.executeUpdate();
        }
        Keys.writeTables(c, policy, id, state, scope, row == null);
        CertificateCodes.write(c, type, id, state, row == null);
        SupportKeys.write(c, type, id, state, row == null);
        if (row != null && !row.scope().equals(scope)) {
            Scopes.moved(c, id, seq, row.scope());
        }
        return version;
    }

    /** The state of a record's version, or an empty one. */
    static Map<String, String> history(Connection c, String id, long version) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT STATE FROM SAMVERKA.HISTORY WHERE ID = ? AND VERSION = ?")) {
            find.setString(1, id);
            find.setLong(2, version);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? Wire.decodeState(bytes(rs.getBlob(1))) : Map.of();
            }
        }
    }

    /** The next change number: a pull sends what changed after the laptop's checkpoint. */
    static long nextChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("VALUES NEXT VALUE FOR SAMVERKA.CHANGES")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static SyncPolicy policy(String type) {
        return SyncPolicies.of(RecordState.eClass(type));
    }

    static byte[] bytes(Blob blob) throws SQLException {
        return blob.getBytes(1, (int) blob.length());
    }

    static void put(Map<String, String> state, String key, String value) {
        if (value == null) {
            state.remove(key);
        } else {
            state.put(key, value);
        }
    }
}
