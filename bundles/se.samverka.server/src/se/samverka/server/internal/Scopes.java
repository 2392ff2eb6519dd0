package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import se.samverka.model.sync.ScopeSource;

/**
 * Scopes that follow references: when a record's scope changes (a person moves municipality, a meeting changes
 * group), the records that take theirs from it ({@link ScopeSource.From}, found in {@code SCOPE_LINKS}) are derived
 * again, and theirs in turn. A record whose scope changed gets a new change number, so the callers who reach it now
 * receive it at their next sync, and the scope it left is kept in {@code SCOPE_MOVES}, so that those who reached it
 * there have it withdrawn ({@link Pull}). Its state and version stay as they are: nobody edited it.
 */
final class Scopes {

    private Scopes() {
    }

    /**
     * A record's scope changed from {@code before} with change {@code seq}: noted, and its dependants' scopes derived
     * again, transitively.
     */
    static void moved(Connection c, String id, long seq, Scope before) throws SQLException {
        note(c, id, seq, before);
        Deque<String> changed = new ArrayDeque<>(List.of(id));
        Set<String> seen = new HashSet<>(changed);
        while (!changed.isEmpty()) {
            for (String dependant : dependants(c, changed.pop())) {
                if (seen.add(dependant) && rederive(c, dependant)) {
                    changed.add(dependant);
                }
            }
        }
    }

    /** The records whose scope is taken from this one's. */
    private static List<String> dependants(Connection c, String source) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement find = c.prepareStatement("SELECT ID FROM SAMVERKA.SCOPE_LINKS WHERE SOURCE = ?")) {
            find.setString(1, source);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Derives a record's scope again from what it refers to; true when it changed (and was written). */
    private static boolean rederive(Connection c, String id) throws SQLException {
        Records.Row row = Records.load(c, id);
        if (row == null) {
            return false;
        }
        Scope now = Scope.of(c, Records.policy(row.type()), id, row.state());
        if (now.equals(row.scope())) {
            return false;
        }
        long seq = Records.nextChange(c);
        try (PreparedStatement update = c.prepareStatement("UPDATE SAMVERKA.RECORDS SET SEQ = ?, MUNICIPALITY = ?, "
                + "GRP = ?, OFFERING = ?, TRAINERS = ? WHERE ID = ?")) {
            update.setLong(1, seq);
            update.setString(2, now.municipality());
            update.setString(3, now.group());
            update.setString(4, now.offering());
            update.setString(5, now.trainers());
            update.setString(6, id);
            update.executeUpdate();
        }
        note(c, id, seq, row.scope());
        return true;
    }

    /** Keeps the scope a record left with change {@code seq}. */
    private static void note(Connection c, String id, long seq, Scope before) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMVERKA.SCOPE_MOVES(ID, SEQ, MUNICIPALITY, "
                + "GRP, OFFERING, TRAINERS) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, seq);
            insert.setString(3, before.municipality());
            insert.setString(4, before.group());
            insert.setString(5, before.offering());
            insert.setString(6, before.trainers());
            insert.executeUpdate();
        }
    }
}
