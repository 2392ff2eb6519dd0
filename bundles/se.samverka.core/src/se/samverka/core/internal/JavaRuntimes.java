package se.samverka.core.internal;

import java.util.Properties;

/** Describes a Java runtime from its system properties. */
final class JavaRuntimes {

    private JavaRuntimes() {
    }

    /** For example {@code 25.0.1 (Eclipse Adoptium)}; the vendor is left out when unknown. */
    static String describe(Properties systemProperties) {
        String version = systemProperties.getProperty("java.runtime.version",
                systemProperties.getProperty("java.version", "?"));
        String vendor = systemProperties.getProperty("java.vendor", "").strip();
        return vendor.isEmpty() ? version : version + " (" + vendor + ")";
    }
}
