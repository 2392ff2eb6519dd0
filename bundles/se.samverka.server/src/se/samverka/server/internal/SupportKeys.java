package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.sync.ServerRule;
import se.samverka.sync.protocol.Wire;

/**
 * Support to municipalities found by round and municipality ({@code SUPPORT_KEYS}, indexed), so that the server can
 * hold {@link ServerRule#ONE_SUPPORT_PER_ROUND_AND_MUNICIPALITY} with one lookup instead of decoding a round's
 * records: one row per live support, written with every version of it (a tombstone has none). Added by schema step
 * {@link #SCHEMA_STEP}, which fills it from the supports the database has (none before model 2, unless a newer
 * server wrote some and the database was restored).
 */
final class SupportKeys {

    /** The county schema's version that adds the table ({@link CountySchema}). */
    static final int SCHEMA_STEP = 7;

    private static final String TYPE = Literals.MUNICIPAL_SUPPORT.getName();
    private static final String ROUND = Literals.MUNICIPAL_SUPPORT__ROUND.getName();
    private static final String MUNICIPALITY = Literals.MUNICIPAL_SUPPORT__MUNICIPALITY.getName();

    private SupportKeys() {
    }

    /** Keeps a record's key in the table when it is a municipality's support (every other record: nothing). */
    static void write(Connection c, String type, String id, Map<String, String> state, boolean isNew)
            throws SQLException {
        if (!TYPE.equals(type)) {
            return;
        }
        if (!isNew) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM SAMVERKA.SUPPORT_KEYS WHERE ID = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
        if (!"true".equals(state.get("deleted")) && state.get(ROUND) != null && state.get(MUNICIPALITY) != null) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO SAMVERKA.SUPPORT_KEYS(ID, ROUND_ID, MUNICIPALITY) VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, state.get(ROUND));
                insert.setString(3, state.get(MUNICIPALITY));
                insert.executeUpdate();
            }
        }
    }

    /** The id of another live support of the same round and municipality, or null. */
    static String other(Connection c, String id, Map<String, String> state) throws SQLException {
        if (state.get(ROUND) == null || state.get(MUNICIPALITY) == null) {
            return null;
        }
        try (PreparedStatement find = c.prepareStatement("SELECT ID FROM SAMVERKA.SUPPORT_KEYS "
                + "WHERE ROUND_ID = ? AND MUNICIPALITY = ? AND ID <> ?")) {
            find.setString(1, state.get(ROUND));
            find.setString(2, state.get(MUNICIPALITY));
            find.setString(3, id);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Schema step {@value #SCHEMA_STEP}: the table with its index, and the keys of the supports already in the
     * database. Run in the upgrade's transaction, which commits it as one step.
     */
    static void addToSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE SAMVERKA.SUPPORT_KEYS (ID VARCHAR(36) NOT NULL PRIMARY KEY, "
                    + "ROUND_ID VARCHAR(36) NOT NULL, MUNICIPALITY VARCHAR(36) NOT NULL)");
            s.execute("CREATE INDEX SAMVERKA.SUPPORT_KEYS_ROUND ON SAMVERKA.SUPPORT_KEYS(ROUND_ID, MUNICIPALITY)");
        }
        Map<String, Map<String, String>> supports = new LinkedHashMap<>();
        try (PreparedStatement find = c.prepareStatement("SELECT ID, STATE FROM SAMVERKA.RECORDS WHERE TYPE = ?")) {
            find.setString(1, TYPE);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    supports.put(rs.getString(1), Wire.decodeState(Records.bytes(rs.getBlob(2))));
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> support : supports.entrySet()) {
            write(c, TYPE, support.getKey(), support.getValue(), true);
        }
    }
}
