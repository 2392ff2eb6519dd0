package se.samverka.server.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;

import se.samverka.model.sync.ModelVersion;
import se.samverka.sync.SyncException;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.RecordState;

/**
 * The model a laptop speaks in one sync call, and what the server does about it, so that a laptop of an older model
 * never erases or deletes what it cannot see:
 * <ul>
 * <li>a laptop of a model older than {@link #MINIMUM} is refused, with {@link SyncException#OUTDATED_STATE};</li>
 * <li>a pushed record lacks the fields its laptop could not hold: those are taken from the server's state before
 * merging ({@link #completed}), never read as removed;</li>
 * <li>an answer leaves out the records of classes the laptop does not have and the fields it does not have
 * ({@link #shaped});</li>
 * <li>a push of a class the server does not have is refused ({@link #UNKNOWN_TYPE}), not answered with a
 * tombstone;</li>
 * <li>the server remembers per laptop database (replica) the model it last spoke ({@code REPLICA_MODELS}); when the
 * model has grown (the laptop was updated), the answer brings the records and fields it could not hold before
 * ({@link #grew}, {@link #gained}).</li>
 * </ul>
 * Until the laptop has taken in the answer that brought them (its checkpoint has passed that answer's), it is taken
 * to hold only what the model before could: so a lost answer is sent again, and a record it pushes meanwhile still
 * lacks those fields without erasing them.
 */
final class LaptopModel {

    /** The oldest model this server syncs with; an older laptop is told to update Samverka. */
    static final int MINIMUM = ModelVersion.FIRST;

    /** The reason of a conflict for a pushed record of a class the server does not have. */
    static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";

    /** The table, made by {@link CountySchema}'s step 4. */
    static final String TABLE = "CREATE TABLE SAMVERKA.REPLICA_MODELS (REPLICA VARCHAR(36) NOT NULL PRIMARY KEY, "
            + "MODEL_VERSION INT NOT NULL, MODEL BLOB(1M) NOT NULL, EARLIER BLOB(1M), FROM_CHECKPOINT BIGINT NOT NULL, "
            + "SPOKEN_AT TIMESTAMP)";

    private final String replica;
    /** The model of this call. */
    private final ModelVersion spoken;
    /** What the laptop's records can hold now: the model before, until the answer that grew it was taken in. */
    private final ModelVersion held;
    private final boolean remember;
    /** Whether the laptop has every class and field of the server's model (nothing to leave out). */
    private final boolean complete;

    private LaptopModel(String replica, ModelVersion spoken, ModelVersion held, boolean remember) {
        this.replica = replica;
        this.spoken = spoken;
        this.held = held;
        this.remember = remember;
        this.complete = spoken.contains(ModelVersion.current());
    }

    /** The county's own writes (seeding): the server's model, nothing to remember. */
    static LaptopModel county() {
        return new LaptopModel(null, ModelVersion.current(), ModelVersion.current(), false);
    }

    /**
     * The model of a sync call: refused if older than {@link #MINIMUM}; compared with what this replica spoke
     * before. A replica the server has not seen speak a model, but that has synced ({@code checkpoint > 0}), synced
     * with a server of the release before model versions: it holds that release's model.
     */
    static LaptopModel of(Connection c, String replica, long checkpoint, ModelVersion spoken) throws SQLException {
        if (spoken.number() < MINIMUM) {
            throw new SQLException("SAMVERKA-OUTDATED: the laptop speaks model " + spoken.number()
                    + "; this server syncs with model " + MINIMUM + " and later: update Samverka",
                    SyncException.OUTDATED_STATE);
        }
        try (PreparedStatement find = c.prepareStatement("SELECT MODEL_VERSION, MODEL, EARLIER, FROM_CHECKPOINT "
                + "FROM SAMVERKA.REPLICA_MODELS WHERE REPLICA = ?")) {
            find.setString(1, replica);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    ModelVersion before = checkpoint > 0 ? ModelVersion.released(ModelVersion.FIRST) : spoken;
                    return new LaptopModel(replica, spoken, meet(before, spoken), true);
                }
                ModelVersion last = model(rs.getInt(1), rs.getBlob(2));
                Blob earlier = rs.getBlob(3);
                // The answer that brought the last model's records was taken in once the checkpoint passed it.
                ModelVersion before = checkpoint > rs.getLong(4) || earlier == null ? last
                        : model(rs.getInt(1), earlier);
                boolean changed = !last.equals(spoken) || !before.contains(spoken);
                return new LaptopModel(replica, spoken, meet(before, spoken), changed);
            }
        }
    }

    /** The classes and fields two models share. */
    private static ModelVersion meet(ModelVersion a, ModelVersion b) {
        Map<String, Set<String>> shared = new TreeMap<>();
        a.classes().forEach((name, fields) -> {
            if (b.knows(name)) {
                Set<String> both = new TreeSet<>(fields);
                both.retainAll(b.classes().get(name));
                shared.put(name, both);
            }
        });
        return ModelVersion.of(b.number(), shared);
    }

    private static ModelVersion model(int number, Blob text) throws SQLException {
        return ModelVersion.parse(number, new String(text.getBytes(1, (int) text.length()), StandardCharsets.UTF_8));
    }

    /** Whether the laptop's model has this class. */
    boolean knows(String type) {
        return spoken.knows(type);
    }

    /**
     * A pushed state completed with the server's values of the fields the laptop could not hold, so that the merge
     * does not take their absence for a removal. A field the laptop holds stays as pushed, set or not.
     */
    Map<String, String> completed(EClass type, Map<String, String> pushed, Map<String, String> server) {
        Map<String, String> completed = null;
        for (Map.Entry<String, String> field : server.entrySet()) {
            if (!pushed.containsKey(field.getKey()) && !held.holds(type, field.getKey())) {
                if (completed == null) {
                    completed = new TreeMap<>(pushed);
                }
                completed.put(field.getKey(), field.getValue());
            }
        }
        return completed == null ? pushed : completed;
    }

    /** Whether a merged state is what the laptop pushed, as far as its model holds it (so not sent back). */
    boolean takenAsPushed(EClass type, Map<String, String> merged, Map<String, String> pushed) {
        return (complete ? merged : spoken.held(type, merged)).equals(pushed);
    }

    /** A record as the laptop can take it in: null for a class it does not have, else without unknown fields. */
    Record shaped(Record record) {
        if (complete) {
            return record;
        }
        if (!spoken.knows(record.type())) {
            return null;
        }
        EClass type = RecordState.eClass(record.type());
        Map<String, String> state = spoken.held(type, record.state());
        return state.size() == record.state().size() ? record
                : new Record(record.type(), record.id(), record.version(), state);
    }

    /** Whether the laptop's model has grown since it last took in an answer (it was updated). */
    boolean grew() {
        return !held.contains(spoken);
    }

    /** Whether a record has something the laptop can hold now that it could not before. */
    boolean gained(String type, Map<String, String> state) {
        if (!spoken.knows(type)) {
            return false;
        }
        if (!held.knows(type)) {
            return true;
        }
        EClass eClass = RecordState.eClass(type);
        return state.keySet().stream().anyMatch(path -> spoken.holds(eClass, path) && !held.holds(eClass, path));
    }

    /**
     * The checkpoint of the answer: when the model grew, a new change number, so that the next call knows from the
     * laptop's checkpoint whether it took this answer in.
     */
    long checkpoint(Connection c, long checkpoint) throws SQLException {
        if (!grew()) {
            return checkpoint;
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("VALUES NEXT VALUE FOR SAMVERKA.CHANGES")) {
            rs.next();
            return Math.max(rs.getLong(1), checkpoint);
        }
    }

    /**
     * Remembers the model this replica spoke, in the call's transaction, when it changed: with the model it held
     * before and the laptop's checkpoint of this call (passed once it has taken in the answer).
     */
    void remember(Connection c, long requestCheckpoint) throws SQLException {
        if (!remember || replica == null) {
            return;
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM SAMVERKA.REPLICA_MODELS WHERE REPLICA = ?")) {
            delete.setString(1, replica);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMVERKA.REPLICA_MODELS(REPLICA, "
                + "MODEL_VERSION, MODEL, EARLIER, FROM_CHECKPOINT, SPOKEN_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, replica);
            insert.setInt(2, spoken.number());
            insert.setBytes(3, spoken.text().getBytes(StandardCharsets.UTF_8));
            insert.setBytes(4, grew() ? held.text().getBytes(StandardCharsets.UTF_8) : null);
            insert.setLong(5, requestCheckpoint);
            insert.setTimestamp(6, new Timestamp(System.currentTimeMillis()));
            insert.executeUpdate();
        }
    }
}
