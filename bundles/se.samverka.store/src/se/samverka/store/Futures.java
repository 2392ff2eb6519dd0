package se.samverka.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Reads run in another thread (while the caller does the rest of its work) and joined where their value is used. */
public final class Futures {

    private Futures() {
    }

    /**
     * The value of a read run in another thread, waited for; what it threw (a {@link StoreException}, say) is thrown
     * here as it was, not wrapped, as if the read had been run here.
     */
    public static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
