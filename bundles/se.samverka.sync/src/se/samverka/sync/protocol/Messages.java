package se.samverka.sync.protocol;

import java.util.List;
import java.util.Map;

import se.samverka.model.sync.ModelVersion;

/** What a laptop and the county server say to each other in one sync: one request, one response. */
public final class Messages {

    private Messages() {
    }

    /**
     * The version of this format; a server refuses a request in a format it does not know. Format 3 added the model
     * each side speaks; a request of format 2 (the release before) speaks {@link ModelVersion#FIRST} and is answered
     * in format 2.
     */
    public static final int FORMAT = 3;

    /** The oldest format this version reads. */
    public static final int OLDEST_FORMAT = 2;

    /**
     * A laptop's request: what it changed, and from where it wants the server's changes.
     *
     * @param replica    the laptop database's replica id
     * @param checkpoint the server change number the laptop has pulled up to (0: everything in its scope)
     * @param pushes     the records it changed, as they are now
     * @param model      the model the laptop speaks: what its records can hold
     */
    public record Request(String replica, long checkpoint, List<Push> pushes, ModelVersion model) {

        /** A request of a laptop that speaks this build's model. */
        public Request(String replica, long checkpoint, List<Push> pushes) {
            this(replica, checkpoint, pushes, ModelVersion.current());
        }
    }

    /** A changed record: its state now and the server version it was based on (0: made on the laptop). */
    public record Push(String type, String id, long baseVersion, Map<String, String> state) {
    }

    /**
     * The server's answer.
     *
     * @param checkpoint the server change number this answer is complete up to
     * @param accepted   server versions of pushed records taken exactly as they were pushed
     * @param records    records the laptop must take (changed by others, merged, or refused)
     * @param conflicts  what could not be merged
     * @param fileKey    the laptop's key for sync by file ({@link SyncFile}), which the server keeps for this laptop
     *                   and user; empty if it has none for them
     * @param withdrawn  records the laptop may no longer hold (its user's reach lost them, or their scope moved
     *                   away): dropped there, not deleted, unless a record it keeps refers to them
     * @param model      the number of the model the server speaks
     * @param user       who the caller is to the server (role, person, municipality); null from a server of an
     *                   earlier release, which does not say
     */
    public record Response(long checkpoint, Map<String, Long> accepted, List<Record> records,
            List<FieldConflict> conflicts, byte[] fileKey, List<Withdrawal> withdrawn, int model, User user) {

        /** An answer that does not say who the caller is. */
        public Response(long checkpoint, Map<String, Long> accepted, List<Record> records,
                List<FieldConflict> conflicts, byte[] fileKey, List<Withdrawal> withdrawn, int model) {
            this(checkpoint, accepted, records, conflicts, fileKey, withdrawn, model, null);
        }

        /** An answer of a server that speaks this build's model and withdraws nothing. */
        public Response(long checkpoint, Map<String, Long> accepted, List<Record> records,
                List<FieldConflict> conflicts, byte[] fileKey) {
            this(checkpoint, accepted, records, conflicts, fileKey, List.of(), ModelVersion.CURRENT);
        }

        /** An answer of a server that speaks this build's model. */
        public Response(long checkpoint, Map<String, Long> accepted, List<Record> records,
                List<FieldConflict> conflicts, byte[] fileKey, List<Withdrawal> withdrawn) {
            this(checkpoint, accepted, records, conflicts, fileKey, withdrawn, ModelVersion.CURRENT);
        }
    }

    /**
     * A record the laptop may no longer hold: not a deletion (the record lives on in the county), so the laptop drops
     * it without recording a change to push.
     */
    public record Withdrawal(String type, String id) {
    }

    /**
     * The caller as the county server knows them ({@code USERS}): so the laptop can say in the window what the server
     * would refuse at the sync. Added at the end of an answer in every format: a laptop of an earlier release stops
     * reading before it.
     *
     * @param role         the name of the caller's {@code Role}
     * @param person       the person the caller is, or null
     * @param municipality a coordinator's municipality, or null
     */
    public record User(String role, String person, String municipality) {
    }

    /** A record in the server's state and version. */
    public record Record(String type, String id, long version, Map<String, String> state) {
    }

    /** A conflict the server found (see {@code SyncPort.Conflict}). */
    public record FieldConflict(String id, String recordType, String recordId, String field, String kept,
            String other, String otherAuthor, String reason, long atMillis) {
    }
}
