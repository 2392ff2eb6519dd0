package se.samverka.model.sync;

import java.util.Set;

/**
 * What a user of the county server is, which decides what they receive and may change. County staff receive and
 * change everything; the others receive the records shared with everyone and those whose scope they reach through
 * the parts named here, and change what a record's {@link SyncPolicy} grants their role.
 */
public enum Role {
    /** County staff (länsstyrelsen): everything. */
    COUNTY,
    /** A trainer: the course offerings they teach, their participants and attendance. */
    TRAINER(ScopePart.OFFERING),
    /** A municipal coordinator: their municipality's data and the county-wide data they take part in. */
    COORDINATOR(ScopePart.MUNICIPALITY, ScopePart.GROUP);

    private final Set<ScopePart> receivesThrough;

    Role(ScopePart... receivesThrough) {
        this.receivesThrough = Set.of(receivesThrough);
    }

    /** True for county staff, who receive and may change every record. */
    public boolean everything() {
        return this == COUNTY;
    }

    /** The parts of a record's scope through which a user of this role receives it. */
    public Set<ScopePart> receivesThrough() {
        return receivesThrough;
    }
}
