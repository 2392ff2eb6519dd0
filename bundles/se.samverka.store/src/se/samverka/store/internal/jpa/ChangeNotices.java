package se.samverka.store.internal.jpa;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.store.RecordsChanged;

/** The listeners of a store's committed writes, and what one write changed, collected while it runs. */
final class ChangeNotices {

    private static final System.Logger LOG = System.getLogger(ChangeNotices.class.getName());

    private final List<Consumer<RecordsChanged>> listeners = new CopyOnWriteArrayList<>();

    Runnable add(Consumer<RecordsChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener, after the commit; one that fails is logged and the others are still told. */
    void tell(Changed changed, RecordsChanged.Cause cause) {
        if (changed.ids.isEmpty() && changed.types.isEmpty()) {
            return;
        }
        RecordsChanged notice = new RecordsChanged(cause, changed.types, changed.ids);
        for (Consumer<RecordsChanged> listener : listeners) {
            try {
                listener.accept(notice);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A listener of the store's changes failed", e);
            }
        }
    }

    /** The records and parts one write changed, with the records they are parts of. */
    static final class Changed {
        private final Set<String> types = new HashSet<>();
        private final Set<String> ids = new HashSet<>();

        /** A record or a part changed, and the record it is a part of. */
        void add(EObject object) {
            addOne(object);
            addOne(EcoreUtil.getRootContainer(object));
        }

        /** A record changed with all its parts. */
        void addWithParts(SyncedObject record) {
            add(record);
            record.eAllContents().forEachRemaining(this::addOne);
        }

        /** A record or part known by its class and id, such as one whose changes the server confirmed. */
        void addNamed(String type, String id) {
            ids.add(id);
            types.add(type);
        }

        /**
         * Every class of records and parts, with no id: who the user is changed, so what each list and page shows
         * may differ (a coordinator sees their own municipality, county staff every one); no record itself changed.
         */
        void addEveryClass() {
            for (EClassifier classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass type && !type.isAbstract()
                        && SamverkaPackage.Literals.SYNCED_OBJECT.isSuperTypeOf(type)) {
                    types.add(type.getName());
                }
            }
        }

        private void addOne(EObject object) {
            if (object instanceof SyncedObject synced && synced.getId() != null) {
                ids.add(synced.getId());
                types.add(synced.eClass().getName());
            }
        }
    }
}
