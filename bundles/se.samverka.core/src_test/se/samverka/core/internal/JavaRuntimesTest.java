package se.samverka.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class JavaRuntimesTest {

    @Test
    void namesVersionAndVendor() {
        Properties properties = new Properties();
        properties.setProperty("java.runtime.version", "25.0.1+8-LTS");
        properties.setProperty("java.vendor", "Eclipse Adoptium");
        assertEquals("25.0.1+8-LTS (Eclipse Adoptium)", JavaRuntimes.describe(properties));
    }

    @Test
    void leavesOutAnUnknownVendor() {
        Properties properties = new Properties();
        properties.setProperty("java.version", "21.0.5");
        assertEquals("21.0.5", JavaRuntimes.describe(properties));
    }
}
