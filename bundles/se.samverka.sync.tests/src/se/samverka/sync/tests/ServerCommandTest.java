package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.LocalProject;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;

/**
 * The county server's command line, run as the product runs it, in processes of its own ({@link ChildServer}):
 * schema upgrades on start, and the administrator's online backup and restore.
 */
class ServerCommandTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    /**
     * Schema upgrades, with the server's own start: a county database of schema version 1 (before sync by file) is
     * brought up to the current version when the server starts, and syncs then work, file keys included; a database
     * of a newer version than the server knows is refused, not changed.
     */
    @Test
    void aServerStartedOnAnOlderDatabaseUpgradesItAndRefusesANewerOne() throws Exception {
        ChildServer countyServer = new ChildServer(county, "upgrade");
        countyServer.start(0, true).kill();
        // Version 1 is version 2 without the laptops' file keys (and without what versions 3 to 7 added: version 4
        // the models the laptops speak, version 5 the keys, version 6 the certificates' codes, version 7 the support
        // keys).
        asOwner(countyServer, ChildServer.BEFORE_KEYS);
        asOwner(countyServer, "DROP TABLE SAMVERKA.REPLICAS", "DROP TABLE SAMVERKA.REPLICA_MODELS",
                "UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 1");

        ChildProcess server = countyServer.start(1, false);
        try (LocalStore laptop = County.stores().open(countyServer.work.resolve("laptop"), County.PASSWORD, "lan")) {
            countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            assertTrue(laptop.findAll(LocalProject.class).size() > 0);
            assertTrue(laptop.sync().fileKey() != null, "the upgraded database gives file keys");
        } finally {
            server.kill();
        }
        assertEquals("7", asOwner(countyServer, "SELECT MAX(VERSION) FROM SAMVERKA.SCHEMA_VERSION"));
        // Step 6 found the codes of the certificates the database had.
        assertEquals(asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.RECORDS WHERE TYPE = 'Certificate'"),
                asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.CERTIFICATE_CODES"),
                "every certificate is found by its code");
        // Step 5 found the keys of the records the database had.
        assertEquals("0", asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.RECORDS WHERE TYPE = 'AttendanceMark' "
                + "AND MARK_KEY IS NULL"), "every attendance mark has its participant and day");
        assertEquals("0", asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.RECORDS WHERE TYPE = 'Enrolment' "
                + "AND SEAT_STATUS IS NULL"), "every enrolment has its seat");
        assertEquals(asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.RECORDS WHERE TYPE = 'CourseOffering' "
                + "AND TRAINERS IS NOT NULL AND TRAINERS <> '||'"), asOwner(countyServer,
                        "SELECT COUNT(DISTINCT OFFERING) FROM SAMVERKA.TRAINER_OFFERINGS"),
                "every offering with trainers is found by its trainers");
        assertTrue(Integer.parseInt(asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.SCOPE_LINKS")) > 0);

        asOwner(countyServer, "UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 99");
        try (ChildProcess newer = countyServer.command("newer", "start")) {
            assertEquals(1, newer.waitFor(120_000), newer.output());
            assertTrue(newer.output().contains("newer version of Samverka"), newer.output());
        }
        assertEquals("99", asOwner(countyServer, "SELECT MAX(VERSION) FROM SAMVERKA.SCHEMA_VERSION"),
                "the newer database is left as it was");
    }

    /**
     * The administrator's backup and restore, with the product's command line: an online backup while the server
     * runs and laptops sync, a restore refused while the server runs, and after stopping it the restore brings the
     * county back to the backup's state (a later edit is gone), the replaced database kept aside.
     */
    @Test
    void anOnlineBackupIsRestoredWithTheServersCommandLine() throws Exception {
        ChildServer countyServer = new ChildServer(county, "restore");
        Path work = countyServer.work;
        SyncClient client = countyServer.client;
        char[] password = ChildServer.PASSWORD;
        ChildProcess server = countyServer.start(0, true);
        String projectId;
        Path backup;
        try (LocalStore laptop = County.stores().open(work.resolve("laptop"), County.PASSWORD, "lan")) {
            client.sync(laptop, "lan", password);
            LocalProject project = laptop.findAll(LocalProject.class).get(0);
            projectId = project.getId();
            project.setDescription("Innan säkerhetskopian");
            laptop.save(project);
            client.sync(laptop, "lan", password);

            ChildProcess backupRun = countyServer.command("backup", "backup");
            assertEquals(0, backupRun.waitFor(120_000), backupRun.output());
            backup = Path.of(backupRun.await("Säkerhetskopia: ", 1_000).substring("Säkerhetskopia: ".length()));
            assertTrue(Files.isDirectory(backup), backup.toString());

            project = laptop.find(LocalProject.class, projectId).orElseThrow();
            project.setDescription("Efter säkerhetskopian");
            laptop.save(project);
            client.sync(laptop, "lan", password);

            ChildProcess refused = countyServer.command("restore-running", "restore",
                    backup.toString());
            assertEquals(1, refused.waitFor(120_000), refused.output());
            assertTrue(refused.output().contains("Stoppa servern"), refused.output());
        } finally {
            server.kill();
        }
        ChildProcess restore = countyServer.command("restore", "restore", backup.toString());
        assertEquals(0, restore.waitFor(120_000), restore.output());
        assertTrue(restore.output().contains("återställd"), restore.output());
        try (java.util.stream.Stream<Path> files = Files.list(countyServer.folder)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("county.before-restore-")),
                    "the replaced database is kept aside");
        }

        server = countyServer.start(1, false);
        try (LocalStore fresh = County.stores().open(work.resolve("fresh-laptop"), County.PASSWORD, "lan")) {
            client.sync(fresh, "lan", password);
            assertEquals("Innan säkerhetskopian", fresh.find(LocalProject.class, projectId).orElseThrow()
                    .getDescription(), "the county is as it was at the backup");
        } finally {
            server.kill();
        }
    }

    /** Runs statements on a stopped server's database as its owner; the last statement's first value. */
    private static String asOwner(ChildServer server, String... statements) throws Exception {
        return ChildServer.offline(server.databaseUrl(), ServerConfig.OWNER, County.OWNER_PASSWORD, statements);
    }
}
