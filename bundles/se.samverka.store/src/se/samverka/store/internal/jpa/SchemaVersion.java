package se.samverka.store.internal.jpa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of the database schema: a digest of the mapping files. When it differs from the one recorded in the
 * database folder, the store lets EclipseLink create missing tables and columns; otherwise it skips that check, which
 * costs seconds at every start.
 */
final class SchemaVersion {

    static final String[] MAPPINGS = { "se/samverka/model/impl/orm.xml", "META-INF/store-orm.xml" };

    private SchemaVersion() {
    }

    static String current() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String mapping : MAPPINGS) {
                try (InputStream in = SchemaVersion.class.getClassLoader().getResourceAsStream(mapping)) {
                    if (in == null) {
                        throw new IllegalStateException("Mapping file missing: " + mapping);
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
