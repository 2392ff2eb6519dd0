package se.samverka.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.samverka.model.SyncedObject;

/**
 * What sync needs of a local store: the records changed since they were last sent, and one transaction that takes
 * in what the county server answered. Obtained with {@link LocalStore#sync()}.
 *
 * <p>
 * The store keeps, beside the records, this database's replica id, the server's change number up to which it has
 * pulled (the checkpoint), for every record the server's version it last had (the base of a three-way merge on the
 * server), and the conflicts the server reported that nobody has resolved yet.
 */
public interface SyncPort {

    /** This database's replica id, made when the database was made; the server knows a laptop by it. */
    String replicaId();

    /** The server's change number up to which this database has pulled; 0 before the first sync. */
    long checkpoint();

    /**
     * Every record (a top-level record, with its contained parts) that has changes not yet accepted by the server,
     * as it is now, with the server version it was based on.
     */
    List<Outgoing> outbox();

    /** The number of changes not yet sent. */
    int unsentChanges();

    /**
     * For those of these records (or parts) that have changes the server has not yet accepted, the names of the
     * fields those changes wrote (every set field for a record made here): what the laptop holds provisionally, such
     * as a seat taken offline that the server still has to confirm. Records without unsent changes are left out.
     */
    Map<String, Set<String>> unsentFields(Collection<String> ids);

    /**
     * Takes in a server's answer in one transaction: the changes up to {@link Incoming#sentUpTo()} are marked sent,
     * the server's records are written (except those changed here since the outbox was read: they keep their base and
     * go with the next sync), the base versions, the conflicts and the new checkpoint are recorded. Writes no change
     * rows: what comes from the server is not sent back.
     */
    void apply(Incoming incoming) throws StoreException;

    /** The conflicts not yet resolved, oldest first. */
    List<Conflict> conflicts();

    /** Marks a conflict resolved; the chosen value is written by an ordinary save of the record. */
    void resolve(String conflictId) throws StoreException;

    /** When the last sync completed, or null. */
    Instant lastSync();

    /**
     * The key the server gave this database for sync by file (sent on every online sync), or null before the first
     * online sync.
     */
    byte[] fileKey();

    /**
     * Who this database's user is, as the county server said in the last answer that told it (role, person,
     * municipality), or null before the first such sync: the window and the services then behave as for county
     * staff, and the server still decides at the sync.
     */
    User user();

    /**
     * The signed-in user as the county server knows them ({@code USERS}): what limits what the window offers before
     * the server would refuse it at the sync.
     *
     * @param role           county staff, trainer or coordinator
     * @param personId       the person the user is, or null when the server has none for them
     * @param municipalityId a coordinator's municipality, or null
     */
    record User(se.samverka.model.sync.Role role, String personId, String municipalityId) {
        public User {
            java.util.Objects.requireNonNull(role, "role");
        }
    }

    /**
     * A record to push: its current state (possibly a tombstone), the server version it was based on (0 for a record
     * made here) and the newest change number it includes.
     */
    record Outgoing(SyncedObject record, long baseVersion, long upToChange) {
    }

    /**
     * A server's answer.
     *
     * @param sentUpTo   the newest change number of the outbox that was pushed
     * @param records    records in the server's state (new, changed or deleted), each with its server version
     * @param accepted   server versions of pushed records that the server took as they were (so not sent back)
     * @param conflicts  conflicts the server found in what was pushed
     * @param checkpoint the server's change number up to which this answer is complete
     * @param fileKey    this database's key for sync by file, or null if the answer has none
     * @param withdrawn  records this database may no longer hold (its user no longer reaches them): dropped without
     *                   a change to push, unless a record kept here refers to them or they changed here since the
     *                   outbox was read
     * @param user       who the user is, as the server says; null when the answer does not say (a server of an
     *                   earlier release): what was known stays
     */
    record Incoming(long sentUpTo, List<Versioned> records, Map<String, Long> accepted, List<Conflict> conflicts,
            long checkpoint, byte[] fileKey, List<Withdrawn> withdrawn, User user) {

        /** An answer that does not say who the user is. */
        public Incoming(long sentUpTo, List<Versioned> records, Map<String, Long> accepted, List<Conflict> conflicts,
                long checkpoint, byte[] fileKey, List<Withdrawn> withdrawn) {
            this(sentUpTo, records, accepted, conflicts, checkpoint, fileKey, withdrawn, null);
        }

        /** An answer that withdraws nothing. */
        public Incoming(long sentUpTo, List<Versioned> records, Map<String, Long> accepted, List<Conflict> conflicts,
                long checkpoint, byte[] fileKey) {
            this(sentUpTo, records, accepted, conflicts, checkpoint, fileKey, List.of());
        }
    }

    /**
     * A record withdrawn from this database: the server no longer sends it to this user (personal data leaves with
     * the right to it). Not a deletion: nothing is sent back.
     *
     * @param recordType the class of the record, such as {@code Enrolment}
     * @param recordId   the record
     */
    record Withdrawn(String recordType, String recordId) {
    }

    /** A record as the server has it, with the server's version. */
    record Versioned(SyncedObject record, long serverVersion) {
    }

    /**
     * Two edits of one field that could not both be kept: the server's value stayed, the other is kept here for a
     * person to choose or merge.
     *
     * @param id          the conflict's id (made by the server)
     * @param recordType  the class of the record, such as {@code LocalProject}
     * @param recordId    the record
     * @param field       the field's path in the record ({@code title}, or {@code lines/<id>/description} in a part)
     * @param kept        the value the record has now (the server's), as text
     * @param other       the value that was not kept, as text
     * @param otherAuthor who typed the value that was not kept
     * @param reason      why it was not kept: {@code BOTH_EDITED}, {@code TRANSITION}, {@code NO_SEAT},
     *                    {@code DELETED_EDITED}, {@code REFUSED}
     * @param at          when the server found it
     */
    record Conflict(String id, String recordType, String recordId, String field, String kept, String other,
            String otherAuthor, String reason, Instant at) {
    }
}
