package se.samverka.ui.forms;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import se.samverka.store.StoreException;

/**
 * Where a {@link RecordEditor} reads, makes and saves its records: the plugin's service.
 *
 * @param <T> the type of record
 */
public interface RecordSource<T> {

    /** The record with this id, if it still exists. */
    Optional<T> load(String id);

    /** A new record with sensible defaults, not yet saved. */
    T create();

    /** Saves the record and returns it as saved. */
    T save(T record) throws StoreException;

    /**
     * What saves the record and, in the same transaction, clears the references to the parts it no longer has (see
     * {@code LocalStore.saveClearingReferences}); {@code null} when this source cannot, and a removal that something
     * refers to is then only refused.
     */
    default Saver<T> clearingReferences() {
        return null;
    }

    /** Saves a record. */
    @FunctionalInterface
    interface Saver<T> {
        T save(T record) throws StoreException;
    }

    /** A source from three methods of a service, e.g. {@code of(service::meeting, service::newMeeting, service::save)}. */
    static <T> RecordSource<T> of(Function<String, Optional<T>> load, Supplier<T> create, Saver<T> save) {
        return of(load, create, save, null);
    }

    /**
     * A source from four methods of a service, the last saving with the references to removed parts cleared, e.g.
     * {@code of(service::meeting, service::newMeeting, service::save, service::saveClearingReferences)}.
     */
    static <T> RecordSource<T> of(Function<String, Optional<T>> load, Supplier<T> create, Saver<T> save,
            Saver<T> saveClearingReferences) {
        return new RecordSource<>() {
            @Override
            public Saver<T> clearingReferences() {
                return saveClearingReferences;
            }

            @Override
            public Optional<T> load(String id) {
                return load.apply(id);
            }

            @Override
            public T create() {
                return create.get();
            }

            @Override
            public T save(T record) throws StoreException {
                return save.save(record);
            }
        };
    }
}
