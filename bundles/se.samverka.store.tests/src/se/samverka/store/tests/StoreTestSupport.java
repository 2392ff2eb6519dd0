package se.samverka.store.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.store.LocalStores;

/** Finds the store service and hands out fresh database folders under target/. */
final class StoreTestSupport {

    private StoreTestSupport() {
    }

    static LocalStores stores() throws InterruptedException {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(StoreTestSupport.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        if (stores == null) {
            throw new AssertionError("The LocalStores service is not registered");
        }
        return stores;
    }

    static Path newFolder(String name) throws IOException {
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/store-work"))
                .resolve(name + "-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        return folder;
    }
}
