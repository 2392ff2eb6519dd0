package se.samverka.sync.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.emf.ecore.EClass;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.demo.CountyData;
import se.samverka.demo.DemoCounty;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.server.CountyServer;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncReport;
import se.samverka.sync.SyncSettings;
import se.samverka.sync.protocol.RecordState;

/**
 * A county server on loopback (a real Derby Network Server with TLS) loaded with the demo county, its users, and
 * laptops: real encrypted local databases, all under target/.
 */
final class County implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String OWNER_PASSWORD = "ägarens-lösenord";
    static final String KEY_PASSWORD = "nyckel-lösenord";
    static final String BOOT_PASSWORD = "databasens-hemliga-nyckel";
    static final char[] PASSWORD = "lösenord-123".toCharArray();

    final CountyData data;
    final CountyServer server;
    final Organisation municipality;
    final Organisation otherMunicipality;
    /** The person who signs in as {@code utbildare}: a trainer of offerings with enrolments. */
    final se.samverka.model.Person trainer;
    final SyncSettings settings;
    private final Path folder;

    private static County shared;

    /**
     * The county server of this test run, started by the first test that needs it and stopped when the tests end.
     * One per process: Derby's network server serves the databases of one system folder, fixed at its first start.
     */
    static synchronized County shared() throws Exception {
        if (shared == null) {
            shared = new County("county");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    private County(String name) throws Exception {
        folder = Path.of(System.getProperty("samverka.test.work", "target/sync-work"))
                .resolve(name + "-" + UUID.randomUUID());
        Files.createDirectories(folder);
        ServerConfig config = new ServerConfig(folder.resolve("server"), "localhost", freePort(),
                OWNER_PASSWORD.toCharArray(), KEY_PASSWORD.toCharArray(), BOOT_PASSWORD.toCharArray());
        server = CountyServer.start(config);
        data = DemoCounty.generate(TODAY);
        server.admin().seed(data.all());
        municipality = data.organisations.stream().filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY)
                .findFirst().orElseThrow();
        otherMunicipality = data.organisations.stream()
                .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY && o != municipality).findFirst()
                .orElseThrow();
        server.admin().createUser("lan1", PASSWORD, Role.COUNTY, null, null);
        server.admin().createUser("lan2", PASSWORD, Role.COUNTY, null, null);
        server.admin().createUser("samordnare", PASSWORD, Role.COORDINATOR, municipality.getId(), null);
        trainer = data.offerings.stream().filter(o -> data.enrolments.stream().anyMatch(e -> e.getOffering() == o))
                .flatMap(o -> o.getTrainers().stream()).findFirst().orElseThrow();
        server.admin().createUser("utbildare", PASSWORD, Role.TRAINER, null, trainer.getId());
        settings = new SyncSettings("localhost", config.port(), ServerConfig.DATABASE, config.trustStore());
    }

    /** This county's folder under target/: the server's folder and the laptops' databases. */
    Path folder() {
        return folder;
    }

    /** The county server's folder (its database, key store and trust store). */
    Path serverFolder() {
        return folder.resolve("server");
    }

    /** A new laptop database for a user. */
    LocalStore laptop(String user) throws Exception {
        return stores().open(folder.resolve("laptop-" + user + "-" + UUID.randomUUID()), PASSWORD, user);
    }

    SyncReport sync(LocalStore laptop, String user) throws Exception {
        return new SyncClient(settings).sync(laptop, user, PASSWORD);
    }

    @Override
    public void close() {
        server.close();
    }

    /** Every top-level record of a laptop (each with its parts), of every type. */
    static List<SyncedObject> records(LocalStore laptop) {
        List<SyncedObject> all = new ArrayList<>();
        for (EClass type : SyncPolicies.recordClasses()) {
            @SuppressWarnings("unchecked")
            Class<? extends SyncedObject> javaClass = (Class<? extends SyncedObject>) type.getInstanceClass();
            laptop.findAll(javaClass).stream().filter(r -> r.eClass() == type).forEach(all::add);
        }
        return all;
    }

    /** Every record of a laptop in its sync state, by id: two laptops with equal snapshots hold the same data. */
    static Map<String, Map<String, String>> snapshot(LocalStore laptop) {
        Map<String, Map<String, String>> states = new TreeMap<>();
        records(laptop).forEach(record -> states.put(record.getId(), RecordState.of(record)));
        return states;
    }

    static LocalStores stores() throws InterruptedException {
        return service(LocalStores.class);
    }

    /** An OSGi service of this test run, waited for up to 10 s. */
    static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(County.class).getBundleContext(),
                type, null);
        tracker.open();
        T service = tracker.waitForService(10_000);
        if (service == null) {
            throw new AssertionError("The " + type.getSimpleName() + " service is not registered");
        }
        return service;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
