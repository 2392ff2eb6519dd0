package se.samverka.store.internal.jpa;

import java.util.Date;

/** The store's sync bookkeeping, mapped in META-INF/store-orm.xml. */
final class SyncRows {

    private SyncRows() {
    }

    /** A setting of sync (table SYNC_STATE): the replica id, the checkpoint, when the last sync ended. */
    public static class State {
        String name;
        String settingValue;
    }

    /** The server version a record was last synced at (table SYNC_BASE): the base of the server's merge. */
    public static class Base {
        String objectId;
        long serverVersion;
    }

    /** A conflict the server reported (table SYNC_CONFLICT). */
    public static class ConflictRow {
        String id;
        String recordType;
        String recordId;
        String field;
        String kept;
        String other;
        String otherAuthor;
        String reason;
        Date foundAt;
        boolean resolved;
    }
}
