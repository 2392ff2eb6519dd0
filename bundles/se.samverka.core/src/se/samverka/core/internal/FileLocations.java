package se.samverka.core.internal;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Turns the file URLs that Equinox hands out for its locations into paths. */
final class FileLocations {

    private FileLocations() {
    }

    /**
     * Equinox builds location URLs from raw paths, so a folder such as {@code C:\Users\Anna Öberg} arrives as
     * {@code file:/C:/Users/Anna Öberg/}, which is not a valid URI. Such URLs are read as plain paths.
     *
     * @throws IllegalArgumentException when the URL is not a {@code file:} URL
     */
    static Path toPath(URL url) {
        if (!"file".equalsIgnoreCase(url.getProtocol())) {
            throw new IllegalArgumentException("Not a file location: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException notEncoded) {
            String path = url.getPath();
            // "/C:/Users/..." on Windows: drop the slash before the drive letter.
            if (path.length() > 2 && path.charAt(0) == '/' && path.charAt(2) == ':') {
                path = path.substring(1);
            }
            return Path.of(path);
        }
    }
}
