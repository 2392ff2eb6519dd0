package se.samverka.store.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;

import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.StoreException;
import se.samverka.store.internal.derby.EncryptedDerby;
import se.samverka.store.internal.jpa.JpaStore;

/** Opens local stores: encrypted Derby under EclipseLink. */
@Component(service = LocalStores.class)
public final class LocalStoresComponent implements LocalStores {

    @Override
    public LocalStore open(Path folder, char[] password, String user) throws StoreException {
        EncryptedDerby database = EncryptedDerby.open(folder, password);
        try {
            return new JpaStore(database, user);
        } catch (RuntimeException e) {
            database.shutdown();
            throw new StoreException(StoreException.Reason.FAILED, "Cannot open the store in " + folder + ": " + e, e);
        }
    }

    @Override
    public boolean exists(Path folder) {
        return EncryptedDerby.exists(folder);
    }
}
