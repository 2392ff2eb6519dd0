package se.samverka.store;

import java.util.Collection;
import java.util.Set;

/**
 * What one committed write of a {@link LocalStore} changed: told to the store's listeners ({@link LocalStore#onChange})
 * after the transaction committed, on the thread that wrote. A save tells the records it wrote (with the records whose
 * references it cleared); taking in a sync answer tells, in one notice, every record the answer wrote, cleared or
 * withdrew, and those whose changes the server accepted (what was provisional here is confirmed). An answer that says
 * the user is someone else than the last answer said (another user signed in on this laptop, or a new role or
 * municipality) names every class of records and parts too, with no id for that: what each list and page shows follows
 * who the user is (a coordinator's own municipality, county staff every one), while no record itself changed.
 *
 * @param cause what wrote: a save on this laptop, or a sync
 * @param types the classes of the records and parts changed, and of the records they are parts of ({@code Meeting},
 *              {@code AgendaItem})
 * @param ids   the ids of the records and parts changed, and of the records they are parts of
 */
public record RecordsChanged(Cause cause, Set<String> types, Set<String> ids) {

    /** What wrote the records. */
    public enum Cause {
        /** A save (or delete) through this store. */
        SAVE,
        /** A sync's answer taken in (online or from a file). */
        SYNC
    }

    public RecordsChanged {
        types = Set.copyOf(types);
        ids = Set.copyOf(ids);
    }

    /** True when a record or part of one of these classes ({@code Meeting}, by simple name) changed. */
    public boolean touchesAny(Collection<String> classNames) {
        return classNames.stream().anyMatch(types::contains);
    }

    /** True when the record or part with this id changed. */
    public boolean touches(String id) {
        return id != null && ids.contains(id);
    }
}
