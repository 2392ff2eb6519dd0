package se.samverka.core;

import java.nio.file.Path;

/**
 * Facts about the running installation that users and support staff ask for: where this user's data
 * lives, which version is running and on which Java runtime.
 * <p>
 * Registered as an OSGi service; the UI shows these facts in the About dialog.
 */
public interface SamverkaEnvironment {

    /** The folder that holds this user's local database, settings and logs. */
    Path dataDirectory();

    /** The version of the running Samverka installation. */
    ProductVersion version();

    /** The Java runtime the application runs on, for example {@code 25.0.1 (Eclipse Adoptium)}. */
    String javaRuntime();
}
