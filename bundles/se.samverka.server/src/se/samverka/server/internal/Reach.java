package se.samverka.server.internal;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.samverka.model.SamverkaPackage;
import se.samverka.model.sync.Role;
import se.samverka.model.sync.ScopePart;

/**
 * What a caller may read: their role, municipality and person (from {@code USERS}), the groups their municipality's
 * people are members of and the offerings they teach (from the indexed keys, {@link Keys}). The server remembers for
 * each laptop what its user reached at each answer ({@code REACHES}, by the checkpoint the answer gave), so that the
 * next sync from that checkpoint knows what the reach gained (older records to send) and lost (records to withdraw).
 * Rows older than the checkpoint a laptop syncs from are no longer needed; the one it may come back with (an answer
 * lost on the way) is kept.
 */
final class Reach {

    private Reach() {
    }

    /** The caller of a sync as they are now. */
    static Scope.Caller caller(Connection c, String name) throws SQLException {
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
                List<String> groups = role == Role.COORDINATOR
                        // The groups their municipality's people are members of.
                        ? strings(c, "SELECT DISTINCT GRP FROM SAMVERKA.RECORDS WHERE MUNICIPALITY = ? AND TYPE = ? "
                                + "AND DELETED = 0 AND GRP IS NOT NULL", municipality,
                                SamverkaPackage.Literals.MEMBERSHIP.getName())
                        : List.of();
                List<String> offerings = role == Role.TRAINER
                        // The offerings they teach.
                        ? strings(c, "SELECT DISTINCT OFFERING FROM SAMVERKA.TRAINER_OFFERINGS WHERE PERSON = ?",
                                person)
                        : List.of();
                return new Scope.Caller(name, role, municipality, person, groups, offerings);
            }
        }
    }

    /**
     * What the caller reached when an answer gave this laptop {@code checkpoint}, or null when not known (a first
     * sync, or a laptop that last synced with a server of an earlier version).
     */
    static Scope.Caller remembered(Connection c, Scope.Caller now, String replica, long checkpoint)
            throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT MUNICIPALITY, GRPS, OFFERINGS FROM SAMVERKA.REACHES "
                + "WHERE REPLICA = ? AND USER_NAME = ? AND CHECKPOINT = ?")) {
            find.setString(1, replica);
            find.setString(2, now.name());
            find.setLong(3, checkpoint);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? new Scope.Caller(now.name(), now.role(), rs.getString(1), now.person(),
                        split(rs.getClob(2)), split(rs.getClob(3))) : null;
            }
        }
    }

    /** Remembers what the caller reaches for the answer that gives this laptop {@code checkpoint}. */
    static void remember(Connection c, Scope.Caller caller, String replica, long from, long checkpoint)
            throws SQLException {
        try (PreparedStatement old = c.prepareStatement("DELETE FROM SAMVERKA.REACHES WHERE REPLICA = ? "
                + "AND USER_NAME = ? AND (CHECKPOINT < ? OR CHECKPOINT = ?)")) {
            old.setString(1, replica);
            old.setString(2, caller.name());
            old.setLong(3, from);
            old.setLong(4, checkpoint);
            old.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMVERKA.REACHES(REPLICA, USER_NAME, "
                + "CHECKPOINT, MUNICIPALITY, GRPS, OFFERINGS) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, replica);
            insert.setString(2, caller.name());
            insert.setLong(3, checkpoint);
            insert.setString(4, caller.municipality());
            insert.setString(5, String.join(",", caller.groups()));
            insert.setString(6, String.join(",", caller.offerings()));
            insert.executeUpdate();
        }
    }

    /**
     * The scope values {@code now} reaches and {@code before} did not, by the column of RECORDS that holds them
     * (for the role's parts: a coordinator's municipality and groups, a trainer's offerings).
     */
    static Map<String, List<String>> gained(Scope.Caller before, Scope.Caller now) {
        return difference(now, before);
    }

    /** The scope values {@code before} reached and {@code now} does not, by column. */
    static Map<String, List<String>> lost(Scope.Caller before, Scope.Caller now) {
        return difference(before, now);
    }

    private static Map<String, List<String>> difference(Scope.Caller a, Scope.Caller b) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (ScopePart part : a.role().receivesThrough()) {
            List<String> only = switch (part) {
            case MUNICIPALITY -> a.municipality() == null || Objects.equals(a.municipality(), b.municipality())
                    ? List.of() : List.of(a.municipality());
            case GROUP -> a.groups().stream().filter(g -> !b.groups().contains(g)).toList();
            case OFFERING -> a.offerings().stream().filter(o -> !b.offerings().contains(o)).toList();
            case TRAINERS -> List.of(); // an offering's trainers reach it through the offering
            };
            if (!only.isEmpty()) {
                values.put(column(part), only);
            }
        }
        return values;
    }

    /** The column of RECORDS that holds a part of the scope. */
    static String column(ScopePart part) {
        return switch (part) {
        case MUNICIPALITY -> "MUNICIPALITY";
        case GROUP -> "GRP";
        case OFFERING -> "OFFERING";
        case TRAINERS -> "TRAINERS";
        };
    }

    private static List<String> strings(Connection c, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement find = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                find.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private static List<String> split(Clob clob) throws SQLException {
        String text = clob == null ? "" : clob.getSubString(1, (int) clob.length());
        return text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
