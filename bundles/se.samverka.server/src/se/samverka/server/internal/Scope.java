package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverka.sync.protocol.RecordState;

/**
 * Where a record belongs, which decides who receives it and who may change it: the municipality whose data it is,
 * the cooperation group whose meeting it belongs to, the course offering it is part of, the offering's trainers.
 * Worked out by the server from the record and the records it refers to, never taken from the laptop.
 */
record Scope(String municipality, String group, String offering, String trainers) {

    /** Reference data without personal data, which every user receives. */
    static final Set<String> SHARED = Set.of("Organisation", "CooperationGroup", "Course", "CourseOffering");

    static Scope of(Connection c, String type, String id, Map<String, String> state) throws SQLException {
        return switch (type) {
        case "Organisation" -> new Scope("MUNICIPALITY".equals(state.get("kind")) ? id
                : lookup(c, state.get("parent")).municipality(), null, null, null);
        case "Person" -> new Scope(state.get("municipality"), null, null, null);
        case "LocalProject", "MunicipalRecord" -> new Scope(state.get("municipality"), null, null, null);
        case "Budget" -> new Scope(lookup(c, state.get("project")).municipality(), null, null, null);
        case "Membership" -> new Scope(lookup(c, state.get("person")).municipality(), state.get("cooperationGroup"),
                null, null);
        case "Meeting" -> new Scope(null, state.get("cooperationGroup"), null, null);
        case "Invitation", "ActionItem" -> new Scope(null, lookup(c, state.get("meeting")).group(), null, null);
        case "CourseOffering" -> new Scope(null, null, id,
                "|" + String.join("|", RecordState.split(state.get("trainers"))) + "|");
        case "Enrolment" -> new Scope(lookup(c, state.get("person")).municipality(), null, state.get("offering"),
                null);
        case "AttendanceMark", "Certificate" -> {
            Scope enrolment = lookup(c, state.get("enrolment"));
            yield new Scope(enrolment.municipality(), null, enrolment.offering(), null);
        }
        default -> new Scope(null, null, null, null);
        };
    }

    /** The scope stored with a record, or an empty one. */
    static Scope lookup(Connection c, String id) throws SQLException {
        if (id == null) {
            return new Scope(null, null, null, null);
        }
        try (PreparedStatement find = c.prepareStatement(
                "SELECT MUNICIPALITY, GRP, OFFERING, TRAINERS FROM SAMVERKA.RECORDS WHERE ID = ?")) {
            find.setString(1, id);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? new Scope(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                        : new Scope(null, null, null, null);
            }
        }
    }

    /** Who is syncing: their role and, for a coordinator, municipality; for a trainer, the person they are. */
    record Caller(String name, String role, String municipality, String person, List<String> groups,
            List<String> offerings) {

        boolean county() {
            return "COUNTY".equals(role);
        }

        /** May this caller change a record of this type with this scope? */
        boolean mayWrite(String type, Scope scope) {
            if (county()) {
                return true;
            }
            if ("COORDINATOR".equals(role)) {
                return switch (type) {
                case "Person", "LocalProject", "Budget", "MunicipalRecord", "Enrolment", "Membership" ->
                    municipality.equals(scope.municipality());
                case "Invitation", "ActionItem" -> scope.group() != null && groups.contains(scope.group());
                default -> false;
                };
            }
            if ("TRAINER".equals(role)) {
                return switch (type) {
                case "Enrolment", "AttendanceMark", "Certificate" -> scope.offering() != null
                        && offerings.contains(scope.offering());
                case "CourseOffering" -> scope.trainers() != null && scope.trainers().contains("|" + person + "|");
                default -> false;
                };
            }
            return false;
        }

        /** May this caller receive a record of this type with this scope? */
        boolean mayRead(String type, String id, Scope scope) {
            if (county() || SHARED.contains(type)) {
                return true;
            }
            if ("COORDINATOR".equals(role)) {
                return municipality.equals(scope.municipality())
                        || scope.group() != null && groups.contains(scope.group());
            }
            if ("TRAINER".equals(role)) {
                return id.equals(person) || scope.offering() != null && offerings.contains(scope.offering());
            }
            return false;
        }
    }
}
