package se.samverka.store;

import java.time.LocalDate;
import java.util.List;

import se.samverka.model.SyncedObject;

/**
 * Records to fill a new, empty database with, such as the demo county. An OSGi service; the application uses it
 * only when asked to (the run command's {@code -demo}).
 */
public interface SeedData {

    /** What the data is, for the user ("Uppsala län (demo)"). */
    String name();

    /**
     * The records, referenced ones before those that refer to them, contained ones inside their containers.
     *
     * @param today the date the data is laid out around (past meetings before it, planned ones after)
     */
    List<SyncedObject> records(LocalDate today);
}
