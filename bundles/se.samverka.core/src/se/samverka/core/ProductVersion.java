package se.samverka.core;

import java.util.Objects;

import org.osgi.framework.Version;

/**
 * A release number and the build it came from, read from an OSGi bundle version such as
 * {@code 0.1.0.202611222345}.
 *
 * @param release the release, e.g. {@code 0.1.0}
 * @param build   the build qualifier, e.g. {@code 202611222345}; empty for a build from the IDE
 */
public record ProductVersion(String release, String build) {

    private static final String UNRESOLVED_QUALIFIER = "qualifier";

    public ProductVersion {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(build, "build");
    }

    /** The version of a bundle; an unreplaced {@code qualifier} (a build from the IDE) counts as no build. */
    public static ProductVersion of(Version bundleVersion) {
        String release = bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro();
        String qualifier = bundleVersion.getQualifier();
        return new ProductVersion(release, UNRESOLVED_QUALIFIER.equals(qualifier) ? "" : qualifier);
    }

    /** True when the build qualifier is known. */
    public boolean hasBuild() {
        return !build.isEmpty();
    }
}
