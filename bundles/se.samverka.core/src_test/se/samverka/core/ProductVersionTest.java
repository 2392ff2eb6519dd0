package se.samverka.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;

class ProductVersionTest {

    @Test
    void splitsReleaseAndBuildQualifier() {
        ProductVersion version = ProductVersion.of(Version.parseVersion("0.1.0.202611222345"));
        assertEquals("0.1.0", version.release());
        assertEquals("202611222345", version.build());
        assertTrue(version.hasBuild());
    }

    @Test
    void anUnreplacedQualifierIsNoBuild() {
        ProductVersion version = ProductVersion.of(Version.parseVersion("1.2.3.qualifier"));
        assertEquals("1.2.3", version.release());
        assertFalse(version.hasBuild());
    }

    @Test
    void aVersionWithoutQualifierHasNoBuild() {
        ProductVersion version = ProductVersion.of(Version.parseVersion("2.0"));
        assertEquals("2.0.0", version.release());
        assertEquals("", version.build());
    }
}
