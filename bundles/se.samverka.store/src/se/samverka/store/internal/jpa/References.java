package se.samverka.store.internal.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.store.Referrer;

/**
 * References between records and parts, worked out over the model's non-containment references: what refers to
 * records and parts that a write or a server's answer removes, and clearing those references so that nothing points
 * to a part that no longer exists.
 */
final class References {

    private References() {
    }

    /**
     * What a write removes: parts that leave the database (no longer in their record) and records that become
     * tombstones (with their parts, which stay in the database).
     */
    static final class Removal {
        private final Map<String, EClass> parts = new HashMap<>();
        private final Map<String, EClass> tombstoned = new HashMap<>();

        /** Adds what writing {@code now} over {@code stored} (null for a new record) removes. */
        void add(SyncedObject stored, SyncedObject now) {
            if (stored == null) {
                return;
            }
            Map<String, EClass> before = withParts(stored);
            if (now.isDeleted() && !stored.isDeleted()) {
                tombstoned.putAll(before);
            }
            before.keySet().removeAll(withParts(now).keySet());
            parts.putAll(before);
        }

        boolean isEmpty() {
            return parts.isEmpty() && tombstoned.isEmpty();
        }

        boolean contains(String id) {
            return parts.containsKey(id) || tombstoned.containsKey(id);
        }

        /** Whether this id is a part that leaves the database (a foreign key cannot point to it any more). */
        boolean leaves(String id) {
            return parts.containsKey(id);
        }

        /**
         * Whether a reference to this id must be cleared: always for a part that leaves the database (a foreign key
         * cannot point to it), for a tombstone only when the reference is optional.
         */
        boolean mustClear(EReference reference, String id) {
            return parts.containsKey(id) || tombstoned.containsKey(id) && !reference.isRequired();
        }

        Map<String, EClass> all() {
            Map<String, EClass> all = new HashMap<>(tombstoned);
            all.putAll(parts);
            return all;
        }
    }

    /** A reference found: a managed object (a record or a part) that refers to {@code target} through it. */
    record Found(SyncedObject referrer, EReference reference, String target) {

        /** True when the referrer still refers to the target (a write in this transaction may have changed it). */
        boolean holds() {
            if (reference.isMany()) {
                return ((List<?>) referrer.eGet(reference)).stream()
                        .anyMatch(t -> target.equals(((SyncedObject) t).getId()));
            }
            return referrer.eGet(reference) instanceof SyncedObject t && target.equals(t.getId());
        }

        /** Sets the reference to nothing, or takes the target out of a many-valued one. */
        void clear() {
            if (reference.isMany()) {
                ((List<?>) referrer.eGet(reference)).removeIf(t -> target.equals(((SyncedObject) t).getId()));
            } else {
                referrer.eSet(reference, null);
            }
        }
    }

    /** An object and all its parts, by id, with their classes. */
    static Map<String, EClass> withParts(SyncedObject object) {
        Map<String, EClass> all = new HashMap<>();
        all.put(object.getId(), object.eClass());
        object.eAllContents().forEachRemaining(part -> {
            if (part instanceof SyncedObject synced && synced.getId() != null) {
                all.put(synced.getId(), synced.eClass());
            }
        });
        return all;
    }

    /**
     * Every record and part in the database (tombstones too) that refers to one of the targets through a
     * non-containment reference, as managed objects of the entity manager. Read without flushing, so that the
     * transaction's own removals are not yet written when the references to them are looked for.
     */
    static List<Found> find(EntityManager em, Map<String, EClass> targets) {
        List<Found> found = new ArrayList<>();
        if (targets.isEmpty()) {
            return found;
        }
        for (var classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
            if (!(classifier instanceof EClass owner) || owner.isAbstract()) {
                continue;
            }
            for (EReference reference : owner.getEAllReferences()) {
                List<String> ids = reference.isContainment() ? List.of() : targets.entrySet().stream()
                        .filter(t -> reference.getEReferenceType().isSuperTypeOf(t.getValue()))
                        .map(Map.Entry::getKey).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                String name = reference.getName();
                String jpql = reference.isMany()
                        ? "select o, t.id from " + owner.getName() + " o join o." + name + " t where t.id in :ids"
                        : "select o, o." + name + ".id from " + owner.getName() + " o where o." + name
                                + ".id in :ids";
                for (Object row : em.createQuery(jpql).setFlushMode(FlushModeType.COMMIT).setParameter("ids", ids)
                        .getResultList()) {
                    Object[] cells = (Object[]) row;
                    found.add(new Found((SyncedObject) cells[0], reference, (String) cells[1]));
                }
            }
        }
        return found;
    }

    /** What a user is told of a referrer: its class, its own text, its reference and the record it belongs to. */
    static Referrer describe(EntityManager em, Found found) {
        SyncedObject referrer = found.referrer();
        SyncedObject record = JpaSyncPort.root(em, referrer.eClass().getName(), referrer.getId());
        if (record == null) {
            record = referrer;
        }
        return new Referrer(referrer.eClass().getName(), referrer.getId(), label(referrer),
                found.reference().getName(), found.reference().isRequired(), record.eClass().getName(),
                record.getId());
    }

    /** True when the referrer is a tombstone or a part of one. */
    static boolean deleted(EntityManager em, SyncedObject referrer) {
        if (referrer.isDeleted()) {
            return true;
        }
        SyncedObject record = JpaSyncPort.root(em, referrer.eClass().getName(), referrer.getId());
        return record != null && record.isDeleted();
    }

    /** An object's own text: its first required text field that has a value, else its first text, else its id. */
    private static String label(EObject object) {
        String any = null;
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.getEContainingClass() != SamverkaPackage.Literals.SYNCED_OBJECT
                    && attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && !attribute.isMany()
                    && object.eGet(attribute) instanceof String text && !text.isBlank()) {
                if (attribute.isRequired()) {
                    return text;
                }
                any = any == null ? text : any;
            }
        }
        return any != null ? any : ((SyncedObject) object).getId();
    }
}
