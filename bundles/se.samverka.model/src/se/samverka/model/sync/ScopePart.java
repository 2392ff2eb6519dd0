package se.samverka.model.sync;

/**
 * A part of a record's scope: where the record belongs, which decides who receives it and who may change it. The
 * county server works each part out from the record and the records it refers to ({@link ScopeSource}), never takes
 * it from a laptop, and keeps it with the record.
 */
public enum ScopePart {
    /** The municipality whose data it is: reached by that municipality's coordinator. */
    MUNICIPALITY,
    /**
     * The cooperation group whose meeting it belongs to: reached by the coordinators of the municipalities whose
     * people are members of the group.
     */
    GROUP,
    /** The course offering it is part of: reached by the offering's trainers. */
    OFFERING,
    /** The trainers of an offering: reached by each of them. */
    TRAINERS
}
