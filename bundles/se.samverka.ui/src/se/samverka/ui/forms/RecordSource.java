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

    /** Saves a record. */
    @FunctionalInterface
    interface Saver<T> {
        T save(T record) throws StoreException;
    }

    /** A source from three methods of a service, e.g. {@code of(service::meeting, service::newMeeting, service::save)}. */
    static <T> RecordSource<T> of(Function<String, Optional<T>> load, Supplier<T> create, Saver<T> save) {
        return new RecordSource<>() {
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
