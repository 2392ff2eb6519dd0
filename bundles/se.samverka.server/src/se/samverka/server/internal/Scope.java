package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.samverka.model.sync.Role;
import se.samverka.model.sync.ScopePart;
import se.samverka.model.sync.ScopeSource;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.sync.protocol.RecordState;

/**
 * Where a record belongs, which decides who receives it and who may change it: the municipality whose data it is,
 * the cooperation group whose meeting it belongs to, the course offering it is part of, the offering's trainers (as
 * {@code |id|id|}). Worked out by the server from the record and the records it refers to, as the record's
 * {@link SyncPolicy} says, never taken from the laptop.
 */
record Scope(String municipality, String group, String offering, String trainers) {

    static final Scope NONE = new Scope(null, null, null, null);

    String get(ScopePart part) {
        return switch (part) {
        case MUNICIPALITY -> municipality;
        case GROUP -> group;
        case OFFERING -> offering;
        case TRAINERS -> trainers;
        };
    }

    static Scope of(Connection c, SyncPolicy policy, String id, Map<String, String> state) throws SQLException {
        Map<ScopePart, String> parts = new EnumMap<>(ScopePart.class);
        Map<String, Scope> referred = new HashMap<>();
        for (Map.Entry<ScopePart, ScopeSource> part : policy.scope().entrySet()) {
            parts.put(part.getKey(), derive(c, part.getKey(), part.getValue(), id, state, referred));
        }
        return new Scope(parts.get(ScopePart.MUNICIPALITY), parts.get(ScopePart.GROUP),
                parts.get(ScopePart.OFFERING), parts.get(ScopePart.TRAINERS));
    }

    /** One part of a record's scope; the scopes of the records it refers to are looked up once each. */
    private static String derive(Connection c, ScopePart part, ScopeSource source, String id,
            Map<String, String> state, Map<String, Scope> referred) throws SQLException {
        return switch (source) {
        case ScopeSource.Itself itself -> id;
        case ScopeSource.Field field -> field.reference().isMany()
                ? "|" + String.join("|", RecordState.split(state.get(field.reference().getName()))) + "|"
                : state.get(field.reference().getName());
        case ScopeSource.From from -> {
            String target = state.get(from.reference().getName());
            if (!referred.containsKey(target)) {
                referred.put(target, lookup(c, target));
            }
            yield referred.get(target).get(part);
        }
        case ScopeSource.When when -> derive(c, part,
                when.value().getLiteral().equals(state.get(when.attribute().getName())) ? when.then()
                        : when.otherwise(),
                id, state, referred);
        };
    }

    /** The scope stored with a record, or an empty one. */
    static Scope lookup(Connection c, String id) throws SQLException {
        if (id == null) {
            return NONE;
        }
        try (PreparedStatement find = c.prepareStatement(
                "SELECT MUNICIPALITY, GRP, OFFERING, TRAINERS FROM SAMVERKA.RECORDS WHERE ID = ?")) {
            find.setString(1, id);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? new Scope(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                        : NONE;
            }
        }
    }

    /** Who is syncing: their role and, for a coordinator, municipality; for a trainer, the person they are. */
    record Caller(String name, Role role, String municipality, String person, List<String> groups,
            List<String> offerings) {

        /** May this caller change a record of a class with this policy and this scope? */
        boolean mayWrite(SyncPolicy policy, Scope scope) {
            return role.everything() || policy.writers().stream()
                    .anyMatch(grant -> grant.role() == role && reaches(grant.through(), scope));
        }

        /** May this caller receive this record of a class with this policy and this scope? */
        boolean mayRead(SyncPolicy policy, String id, Scope scope) {
            if (role.everything() || policy.shared()) {
                return true;
            }
            // A trainer receives the person they are (a coordinator's is in their municipality).
            if (role == Role.TRAINER && id.equals(person)) {
                return true;
            }
            return role.receivesThrough().stream().anyMatch(part -> reaches(part, scope));
        }

        /** Does this caller reach a record through this part of its scope? */
        private boolean reaches(ScopePart part, Scope scope) {
            String value = scope.get(part);
            if (value == null) {
                return false;
            }
            return switch (part) {
            case MUNICIPALITY -> value.equals(municipality);
            case GROUP -> groups.contains(value);
            case OFFERING -> offerings.contains(value);
            case TRAINERS -> person != null && value.contains("|" + person + "|");
            };
        }
    }
}
