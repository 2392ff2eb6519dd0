package se.samverka.store;

import java.time.Instant;
import java.util.List;

/**
 * One recorded write, in the same transaction as the write itself: the outbox that sync sends and the audit trail
 * of who changed what.
 *
 * @param seq        the order of the change in this database
 * @param objectType the class of the changed object, e.g. {@code Person}
 * @param objectId   the object's UUID
 * @param kind       insert, update or delete (a tombstone)
 * @param fields     the names of the fields that changed (all set fields for an insert)
 * @param oldVersion the object's version before the write (0 for an insert)
 * @param newVersion the object's version after the write
 * @param user       who made the change
 * @param at         when
 */
public record Change(long seq, String objectType, String objectId, Kind kind, List<String> fields, long oldVersion,
        long newVersion, String user, Instant at) {

    public enum Kind {
        INSERT, UPDATE, DELETE
    }
}
