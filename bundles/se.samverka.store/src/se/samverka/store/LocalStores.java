package se.samverka.store;

import java.nio.file.Path;

/**
 * Opens the encrypted local database in a data folder. An OSGi service.
 */
public interface LocalStores {

    /**
     * Opens the database in {@code folder}, creating it (encrypted with a key derived from the password) when it
     * does not exist yet.
     *
     * @param folder   the database folder (created if missing)
     * @param password the user's password; the database cannot be read without it
     * @param user     the name recorded as the author of changes
     * @throws StoreException {@code WRONG_PASSWORD} when the password does not open an existing database,
     *                        {@code IN_USE} when another process has it open
     */
    LocalStore open(Path folder, char[] password, String user) throws StoreException;

    /** True when the folder holds a Samverka database. */
    boolean exists(Path folder);
}
