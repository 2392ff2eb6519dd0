package se.samverka.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.core.ProductVersion;
import se.samverka.core.SamverkaEnvironment;

/** The environment service as the running OSGi framework provides it through Declarative Services. */
class EnvironmentServiceTest {

    private static ServiceTracker<SamverkaEnvironment, SamverkaEnvironment> tracker;
    private static SamverkaEnvironment environment;

    @BeforeAll
    static void findService() throws InterruptedException {
        Bundle self = FrameworkUtil.getBundle(EnvironmentServiceTest.class);
        tracker = new ServiceTracker<>(self.getBundleContext(), SamverkaEnvironment.class, null);
        tracker.open();
        environment = tracker.waitForService(10_000);
        assertNotNull(environment, "the environment service is registered by Declarative Services");
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void theDataFolderIsTheInstanceArea() {
        Path expected = Path.of(System.getProperty("samverka.test.data")).toAbsolutePath().normalize();
        assertEquals(expected, environment.dataDirectory().toAbsolutePath().normalize());
    }

    @Test
    void theVersionIsTheCoreBundleVersion() {
        Bundle core = FrameworkUtil.getBundle(SamverkaEnvironment.class);
        Version bundleVersion = core.getVersion();
        ProductVersion version = environment.version();
        assertEquals(bundleVersion.getMajor() + "." + bundleVersion.getMinor() + "." + bundleVersion.getMicro(),
                version.release());
        assertEquals(bundleVersion.getQualifier(), version.build());
        assertTrue(version.hasBuild(), "a Maven build replaces the qualifier with a build timestamp");
    }

    @Test
    void theJavaRuntimeNamesTheRunningJava() {
        assertTrue(environment.javaRuntime().startsWith(Runtime.version().toString()),
                environment.javaRuntime());
    }
}
