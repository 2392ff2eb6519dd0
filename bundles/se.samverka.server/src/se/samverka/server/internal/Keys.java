package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverka.model.sync.ScopePart;
import se.samverka.model.sync.ServerRule;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * What the server looks records up by, kept beside each record's state when it is written, so that no hot path
 * decodes the records of an offering or matches text: an enrolment's seat (its status and waitlist position, in
 * {@code RECORDS.SEAT_STATUS}, {@code WAIT_POSITION}), an attendance mark's participant and day
 * ({@code RECORDS.MARK_KEY}), the records a record takes its scope from ({@code SCOPE_LINKS}: who follows whom when a
 * scope changes) and an offering's trainers one row each ({@code TRAINER_OFFERINGS}: what a trainer teaches). Added by
 * schema step {@link #SCHEMA_STEP}, which fills them from the existing records.
 */
record Keys(String seatStatus, Integer waitPosition, String markKey) {

    /** The county schema's version that adds these keys ({@link CountySchema}). */
    static final int SCHEMA_STEP = 5;

    private static final Keys NONE = new Keys(null, null, null);

    /** The keys of a record with this policy and state. */
    static Keys of(SyncPolicy policy, Map<String, String> state) {
        if (policy.has(ServerRule.SEATS)) {
            return new Keys(Seats.status(state), Seats.waitPosition(state), null);
        }
        if (policy.has(ServerRule.ONE_MARK_PER_PARTICIPANT_AND_DAY)) {
            return new Keys(null, null, Marks.key(state));
        }
        return NONE;
    }

    /** Sets SEAT_STATUS, WAIT_POSITION and MARK_KEY as the parameters from {@code first} on. */
    void setColumns(PreparedStatement statement, int first) throws SQLException {
        statement.setString(first, seatStatus);
        if (waitPosition == null) {
            statement.setNull(first + 1, Types.INTEGER);
        } else {
            statement.setInt(first + 1, waitPosition);
        }
        statement.setString(first + 2, markKey);
    }

    /**
     * Writes a record's rows in the key tables: the records its scope is taken from, and (for an offering) its
     * trainers.
     */
    static void writeTables(Connection c, SyncPolicy policy, String id, Map<String, String> state, Scope scope,
            boolean isNew) throws SQLException {
        if (!policy.scopeDependsOn().isEmpty()) {
            if (!isNew) {
                delete(c, "DELETE FROM SAMVERKA.SCOPE_LINKS WHERE ID = ?", id);
            }
            try (PreparedStatement link = c.prepareStatement(
                    "INSERT INTO SAMVERKA.SCOPE_LINKS(ID, SOURCE) VALUES (?, ?)")) {
                for (String source : sources(policy, state)) {
                    link.setString(1, id);
                    link.setString(2, source);
                    link.executeUpdate();
                }
            }
        }
        if (policy.scope().containsKey(ScopePart.TRAINERS)) {
            if (!isNew) {
                delete(c, "DELETE FROM SAMVERKA.TRAINER_OFFERINGS WHERE RECORD_ID = ?", id);
            }
            if (id.equals(scope.offering()) && scope.trainers() != null) {
                try (PreparedStatement teaches = c.prepareStatement(
                        "INSERT INTO SAMVERKA.TRAINER_OFFERINGS(RECORD_ID, PERSON, OFFERING) VALUES (?, ?, ?)")) {
                    for (String person : trainers(scope)) {
                        teaches.setString(1, id);
                        teaches.setString(2, person);
                        teaches.setString(3, scope.offering());
                        teaches.executeUpdate();
                    }
                }
            }
        }
    }

    /** The ids of the records this record's scope is taken from ({@link SyncPolicy#scopeDependsOn()}). */
    private static Set<String> sources(SyncPolicy policy, Map<String, String> state) {
        Set<String> sources = new LinkedHashSet<>();
        policy.scopeDependsOn().forEach(reference -> sources.addAll(RecordState.split(state.get(
                reference.getName()))));
        return sources;
    }

    /** The trainers of an offering's scope ({@code |id|id|}). */
    private static List<String> trainers(Scope scope) {
        return scope.trainers() == null ? List.of()
                : new LinkedHashSet<>(List.of(scope.trainers().split("\\|"))).stream().filter(t -> !t.isEmpty())
                        .toList();
    }

    private static void delete(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(sql)) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
    }

    /**
     * Schema step {@value #SCHEMA_STEP}: the key columns and tables with their indexes, the tables that remember
     * scopes a record left ({@link Scopes}) and what each laptop reached ({@link Reach}), and the keys of every
     * existing record. Run in the upgrade's transaction, which commits it as one step.
     */
    static void addToSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE SAMVERKA.RECORDS ADD COLUMN SEAT_STATUS VARCHAR(40)");
            s.execute("ALTER TABLE SAMVERKA.RECORDS ADD COLUMN WAIT_POSITION INT");
            s.execute("ALTER TABLE SAMVERKA.RECORDS ADD COLUMN MARK_KEY VARCHAR(80)");
            s.execute("CREATE INDEX SAMVERKA.RECORDS_MARK_KEY ON SAMVERKA.RECORDS(MARK_KEY)");
            s.execute("CREATE TABLE SAMVERKA.SCOPE_LINKS (ID VARCHAR(36) NOT NULL, SOURCE VARCHAR(36) NOT NULL, "
                    + "PRIMARY KEY (ID, SOURCE))");
            s.execute("CREATE INDEX SAMVERKA.SCOPE_LINKS_SOURCE ON SAMVERKA.SCOPE_LINKS(SOURCE)");
            s.execute("CREATE TABLE SAMVERKA.TRAINER_OFFERINGS (RECORD_ID VARCHAR(36) NOT NULL, "
                    + "PERSON VARCHAR(36) NOT NULL, OFFERING VARCHAR(36) NOT NULL, PRIMARY KEY (RECORD_ID, PERSON))");
            s.execute("CREATE INDEX SAMVERKA.TRAINER_OFFERINGS_PERSON ON SAMVERKA.TRAINER_OFFERINGS(PERSON)");
            s.execute("CREATE TABLE SAMVERKA.SCOPE_MOVES (ID VARCHAR(36) NOT NULL, SEQ BIGINT NOT NULL, "
                    + "MUNICIPALITY VARCHAR(36), GRP VARCHAR(36), OFFERING VARCHAR(36), TRAINERS VARCHAR(2000), "
                    + "PRIMARY KEY (ID, SEQ))");
            s.execute("CREATE INDEX SAMVERKA.SCOPE_MOVES_SEQ ON SAMVERKA.SCOPE_MOVES(SEQ)");
            s.execute("CREATE TABLE SAMVERKA.REACHES (REPLICA VARCHAR(36) NOT NULL, USER_NAME VARCHAR(128) NOT NULL, "
                    + "CHECKPOINT BIGINT NOT NULL, MUNICIPALITY VARCHAR(36), GRPS CLOB(16M), OFFERINGS CLOB(16M), "
                    + "PRIMARY KEY (REPLICA, USER_NAME, CHECKPOINT))");
        }
        fill(c);
    }

    /** The keys of the records already in the database (one decode each, once). */
    private static void fill(Connection c) throws SQLException {
        record Existing(String id, String type, Map<String, String> state, Scope scope) {
        }
        List<Existing> records = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT ID, TYPE, STATE, MUNICIPALITY, GRP, OFFERING, TRAINERS FROM SAMVERKA.RECORDS")) {
            while (rs.next()) {
                String type = rs.getString(2);
                SyncPolicy policy;
                try {
                    policy = Records.policy(type);
                } catch (IllegalArgumentException unknown) {
                    continue; // a class this version does not know has no keys here
                }
                Map<String, String> state = Wire.decodeState(Records.bytes(rs.getBlob(3)));
                if (Keys.of(policy, state) != NONE || !policy.scopeDependsOn().isEmpty()
                        || policy.scope().containsKey(ScopePart.TRAINERS)) {
                    records.add(new Existing(rs.getString(1), type, state,
                            new Scope(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7))));
                }
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE SAMVERKA.RECORDS SET SEAT_STATUS = ?, "
                + "WAIT_POSITION = ?, MARK_KEY = ? WHERE ID = ?")) {
            for (Existing record : records) {
                SyncPolicy policy = Records.policy(record.type());
                Keys keys = Keys.of(policy, record.state());
                if (keys != NONE) {
                    keys.setColumns(update, 1);
                    update.setString(4, record.id());
                    update.executeUpdate();
                }
                writeTables(c, policy, record.id(), record.state(), record.scope(), true);
            }
        }
    }
}
