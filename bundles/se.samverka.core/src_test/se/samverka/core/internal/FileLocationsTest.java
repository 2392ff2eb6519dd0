package se.samverka.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FileLocationsTest {

    @Test
    void readsAnEncodedFileUrl() throws Exception {
        assertEquals(Path.of("/home/anna/Mina filer"),
                FileLocations.toPath(new URL("file:/home/anna/Mina%20filer/")));
    }

    @Test
    void readsTheUnencodedUrlsThatEquinoxHandsOut() throws Exception {
        // Equinox builds location URLs from raw paths: spaces and non-ASCII letters are not encoded.
        assertEquals(Path.of("/home/anna/Mina filer/Östhammar"),
                FileLocations.toPath(new URL("file:/home/anna/Mina filer/Östhammar/")));
    }

    @Test
    void refusesLocationsThatAreNotFiles() throws Exception {
        URL remote = new URL("http://example.org/data/");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FileLocations.toPath(remote));
        assertEquals("Not a file location: http://example.org/data/", error.getMessage());
    }
}
