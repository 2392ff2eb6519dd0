package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The store tests' laptop database of release d062c44 (model 1; see their fixtures/README.md), kept as it was made,
 * unzipped into a county's folder for a test that opens it with this build: the upgrade tests of each model share it.
 */
final class LaptopFixture {

    /** The fixture: never remade with a newer release. */
    static final Path FIXTURE = Path.of("../se.samverka.store.tests/fixtures/laptop-d062c44.zip");
    static final char[] PASSWORD = "fixture-lösenord-1".toCharArray();
    /** Its user. */
    static final String USER = "anna";
    /** A meeting it holds. */
    static final String MEETING = "cba6f819-5f67-4f9b-bb6d-b9cae55d4d66";
    /** The unsent changes it holds. */
    static final int UNSENT_CHANGES = 18;

    private LaptopFixture() {
    }

    /** A fresh copy of the fixture's database folder under the county's folder. */
    static Path unzip(County county) throws IOException {
        assertTrue(Files.isRegularFile(FIXTURE), FIXTURE.toAbsolutePath() + " (the store tests' fixture)");
        Path folder = county.folder().resolve("laptop-d062c44-" + UUID.randomUUID());
        try (InputStream file = Files.newInputStream(FIXTURE); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return folder;
    }
}
