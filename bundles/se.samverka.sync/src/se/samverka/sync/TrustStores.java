package se.samverka.sync;

import java.nio.file.Path;

/**
 * The county server's certificate, trusted for the TLS connections of this process. Derby's client checks the
 * server with Java's default trust settings, so the trust store is set as those.
 */
final class TrustStores {

    private TrustStores() {
    }

    static synchronized void use(Path trustStore) {
        String path = trustStore.toAbsolutePath().toString();
        if (!path.equals(System.getProperty("javax.net.ssl.trustStore"))) {
            System.setProperty("javax.net.ssl.trustStore", path);
            System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
            // A trust store holds only public certificates; PKCS#12 needs a password to check its integrity.
            System.setProperty("javax.net.ssl.trustStorePassword", "samverka");
        }
    }
}
