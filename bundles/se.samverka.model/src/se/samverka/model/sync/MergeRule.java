package se.samverka.model.sync;

/**
 * How the three-way merge decides a field that the laptop and the server both changed, to different values, since
 * the version the laptop started from. (What only one side changed is always taken.)
 */
public enum MergeRule {
    /**
     * The server's value stays and the laptop's is kept beside it in a conflict ({@code BOTH_EDITED}), for a person
     * to decide: free text keeps both versions. The rule of every field no other rule names.
     */
    KEEP_BOTH,
    /** Who changed the record and when ({@link SyncPolicy#BOOKKEEPING}): the laptop's value. */
    LAPTOP,
    /** A list of parts (agenda items, budget lines): merged part by part. */
    PARTS,
    /**
     * A status: the laptop's value when the change from the server's value is an allowed transition
     * ({@link SyncPolicy#statuses()}), otherwise a conflict ({@code TRANSITION}).
     */
    TRANSITION
}
