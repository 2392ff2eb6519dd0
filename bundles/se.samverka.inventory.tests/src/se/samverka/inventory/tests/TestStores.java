package se.samverka.inventory.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.StoreException;

/** A new real encrypted laptop database for one test, and the records the inventory's tests start from. */
final class TestStores {

    private TestStores() {
    }

    /** Opens a new encrypted store in a folder of its own, named after {@code name}, as county staff. */
    static LocalStore open(String name) throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(TestStores.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve(name + "-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        return stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
    }

    /** Saves a municipality and an ongoing project of it; returns the project's id. */
    static String project(LocalStore store, String municipality, String title) throws StoreException {
        Organisation organisation = SamverkaFactory.eINSTANCE.createOrganisation();
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setName(municipality);
        organisation = store.save(organisation);
        LocalProject project = SamverkaFactory.eINSTANCE.createLocalProject();
        project.setTitle(title);
        project.setStatus(ProjectStatus.ONGOING);
        project.setMunicipality(organisation);
        return store.save(project).getId();
    }
}
