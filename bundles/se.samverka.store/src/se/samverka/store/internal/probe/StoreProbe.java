package se.samverka.store.internal.probe;

import java.util.List;
import java.util.concurrent.Callable;

import se.samverka.store.LocalStore;
import se.samverka.store.internal.jpa.JpaStore;

/**
 * What tests may measure of a store from outside: how many SQL statements a read costs. Not API (the package is
 * exported only to the store's tests and the sync tests, which
 * count the statements of a plugin service's read model).
 */
public final class StoreProbe {

    private StoreProbe() {
    }

    /** The SQL statements the store has sent to its database since it was opened. */
    public static long statements(LocalStore store) {
        return jpa(store).statementsExecuted();
    }

    private static JpaStore jpa(LocalStore store) {
        if (!(store instanceof JpaStore jpa)) {
            throw new IllegalArgumentException("Not a store of this bundle: " + store);
        }
        return jpa;
    }

    /** What a piece of work returned, how many SQL statements it cost, and their text (to say which grew). */
    public record Counted<T>(T value, long statements, List<String> sql) {
    }

    /** Runs a piece of work on a store (from one thread, with nothing else using the store) and counts its SQL. */
    public static <T> Counted<T> count(LocalStore store, Callable<T> work) throws Exception {
        JpaStore jpa = jpa(store);
        long before = jpa.statementsExecuted();
        jpa.recordStatements(true);
        try {
            T value = work.call();
            return new Counted<>(value, jpa.statementsExecuted() - before, jpa.recordStatements(false));
        } finally {
            jpa.recordStatements(false);
        }
    }
}
