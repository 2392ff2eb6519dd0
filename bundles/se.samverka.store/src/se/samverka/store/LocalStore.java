package se.samverka.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EReference;

import se.samverka.model.SyncedObject;

/**
 * The laptop's own database of Samverka records. Every write is checked against the model's rules, gets a new
 * version (optimistic locking) and is recorded as a {@link Change} in the same transaction. Deleting marks a record
 * as deleted (a tombstone, so that sync can pass the deletion on); lists leave deleted records out.
 * <p>
 * Objects handed out are detached copies: edit them and pass them to {@link #save}, which returns the saved state
 * to continue with.
 */
public interface LocalStore extends AutoCloseable {

    /** All records of a type that are not deleted. */
    <T extends SyncedObject> List<T> findAll(Class<T> type);

    /**
     * The record with this id, if it exists and is not deleted, with its parts and the records its references name
     * (and theirs, a few steps deep) read in a number of statements that does not grow with how many there are.
     */
    <T extends SyncedObject> Optional<T> find(Class<T> type, String id);

    /**
     * The records with these ids that exist and are not deleted, in the order of {@code ids} (each once), read as
     * {@link #find(Class, String)} reads one: the statements grow with the number of ids only by one set per few
     * hundred ids.
     */
    <T extends SyncedObject> List<T> find(Class<T> type, Collection<String> ids);

    /**
     * The records of a type, not deleted, whose {@code reference} names the record or part with this id: "the
     * enrolments of this offering" is {@code findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId)}, "the
     * offerings this person trains" {@code findBy(CourseOffering.class, Literals.COURSE_OFFERING__TRAINERS,
     * personId)}. Each record comes as {@link #find(Class, String)} gives it, in no particular order; what a page
     * shows, without reading the whole county's list.
     *
     * @throws IllegalArgumentException when {@code reference} is not a reference of {@code type}
     */
    <T extends SyncedObject> List<T> findBy(Class<T> type, EReference reference, String id);

    /**
     * As {@link #findBy(Class, EReference, String)} for any of several ids ("the marks of these enrolments"), each
     * record once; the ids are read a few hundred at a time, so a long list costs a few more statements, not one per
     * id.
     */
    <T extends SyncedObject> List<T> findBy(Class<T> type, EReference reference, Collection<String> ids);

    /**
     * Saves a new or changed record and returns it as saved (with its id and new version).
     *
     * @throws StoreException {@code INVALID} when it breaks a rule of the model, {@code CHANGED_ELSEWHERE} when it
     *                        was changed since it was read, {@code REFERENCED} when it removes a part that another
     *                        record refers to (see {@link #saveClearingReferences}), {@code FAILED} otherwise;
     *                        nothing is written then
     */
    <T extends SyncedObject> T save(T object) throws StoreException;

    /**
     * What refers to a record or a part, or to a part inside it, through a reference that is not a containment
     * (records and parts of any class, worked out over the model): what removing it would touch. Tombstones and
     * what lies inside {@code target} itself are left out. Ask before removing, to tell the user.
     */
    List<Referrer> referrers(SyncedObject target);

    /**
     * Saves a record as {@link #save} does and, in the same transaction, clears the references to what the save
     * removes (parts no longer in the record; when the record is deleted, the record and its parts): a single-valued
     * reference is emptied, a many-valued one loses the item. Each referrer so changed is a write with its change-log
     * row, so the clearing syncs. {@link #save} instead refuses to remove a part that something refers to.
     *
     * @throws StoreException {@code REFERENCED} when a required reference points to what is removed (its record
     *                        could not stay valid without it; see {@link #referrers}); otherwise as {@link #save};
     *                        nothing is written then
     */
    <T extends SyncedObject> T saveClearingReferences(T object) throws StoreException;

    /**
     * Saves many records in one transaction: all of them, or none when one fails (an import, the demo data). Records
     * that refer to each other are saved in the order given, so pass referenced records first.
     *
     * @throws StoreException as {@link #save}; nothing is written then
     */
    <T extends SyncedObject> List<T> saveAll(Collection<? extends T> objects) throws StoreException;

    /**
     * Some values of every record of a type that is not deleted, one array per record in the order of
     * {@code paths}, without loading the records: what a list shows. A path is a feature name, a reference and a
     * feature of what it refers to ({@code "cooperationGroup.name"}; an empty reference gives {@code null}), or
     * {@code "size(list)"} for the number of items in a list.
     */
    <T extends SyncedObject> List<Object[]> select(Class<T> type, String... paths);

    /**
     * The values of a many-valued attribute (such as a project's focus areas) of every record of a type that is
     * not deleted, by record id; records without values are left out.
     */
    <T extends SyncedObject> Map<String, List<Object>> selectMany(Class<T> type, String attribute);

    /**
     * Counts the records of a type that are not deleted, grouped by the values of some of their features: for
     * example {@code count(Enrolment.class, "offering.id", "status")} gives, per offering and status, how many
     * enrolments there are, without loading them. Paths are feature names, joined by dots through references.
     *
     * @return for each combination of values (in the order of {@code groupBy}), the number of records
     */
    <T extends SyncedObject> Map<List<Object>, Long> count(Class<T> type, String... groupBy);

    /**
     * Sums an amount over the items of a contained list of the records of a type that are not deleted, grouped:
     * for example {@code sum(Budget.class, "lines", "plannedAmount", Map.of("kind", BudgetLineKind.EXPENSE),
     * "project.id")} gives the planned expenses per project, without loading the budgets.
     *
     * @param items      the contained list (a feature name of {@code type})
     * @param amount     the amount to sum (a feature name of the items)
     * @param itemsWhere only items whose features have these values
     * @param groupBy    feature paths of {@code type} to group by; records where one of them is empty are left out
     */
    <T extends SyncedObject> Map<List<Object>, java.math.BigDecimal> sum(Class<T> type, String items, String amount,
            Map<String, Object> itemsWhere, String... groupBy);

    /**
     * Sums several amounts over the items of a contained list of the records of a type that are not deleted, per
     * record group and per value of one feature of the items, in one pass over the items: for example
     * {@code sums(Budget.class, "lines", "kind", List.of("plannedAmount", "actualAmount"), "id", "project.id",
     * "budgetYear")} gives, per budget with its project and year, and per line kind (income, expenses), the planned
     * and the actual sum, without loading the budgets. Missing amounts count as zero.
     *
     * @param items   the contained list (a feature name of {@code type})
     * @param itemsBy a feature of the items to group them by
     * @param amounts the amounts to sum (feature names of the items)
     * @param groupBy feature paths of {@code type} to group by; records where one of them is empty are left out
     * @return for each combination of values (in the order of {@code groupBy}), the sums (in the order of
     *         {@code amounts}) by value of {@code itemsBy}
     */
    default <T extends SyncedObject> Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> sums(Class<T> type,
            String items, String itemsBy, List<String> amounts, String... groupBy) {
        return sums(type, Map.of(), items, itemsBy, amounts, groupBy);
    }

    /**
     * {@link #sums(Class, String, String, List, String...)} over the records whose features have these values only:
     * for example {@code sums(Budget.class, Map.of("budgetYear", 2026), "lines", …)} sums the lines of one year's
     * budgets, without reading the other years' lines.
     *
     * @param where only records whose features (feature names of {@code type}, not paths) have these values
     */
    <T extends SyncedObject> Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> sums(Class<T> type,
            Map<String, Object> where, String items, String itemsBy, List<String> amounts, String... groupBy);

    /** True when the database holds no records and no changes yet (a database just made). */
    boolean isEmpty();

    /** Marks a record as deleted (a tombstone) and returns it as saved. */
    <T extends SyncedObject> T delete(T object) throws StoreException;

    /** The recorded changes, oldest first. */
    List<Change> changes();

    /**
     * Tells {@code listener} after every committed write of this store (saves, deletes, a sync's answer taken in)
     * which records changed, on the thread that wrote; a listener that fails does not undo the write. Returns what
     * stops the telling.
     */
    Runnable onChange(java.util.function.Consumer<RecordsChanged> listener);

    /** What sync needs of this store: the outbox and taking in the server's answer. */
    SyncPort sync();

    /** Closes the database; the store cannot be used afterwards. */
    @Override
    void close();
}
