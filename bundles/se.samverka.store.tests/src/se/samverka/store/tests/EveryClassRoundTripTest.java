package se.samverka.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * Every class of the model, with every field filled, saved and read back after the database was closed and opened
 * again: what comes back equals what was saved, contained children (two of each, in order) and references
 * included. The test walks the model itself, so a class or field added to the Ecore file is covered without a change
 * here.
 */
class EveryClassRoundTripTest {

    private static final char[] PASSWORD = "round-trip-lösen".toCharArray();
    private static final Date DATE = new Date(1_762_758_123_456L);

    @Test
    void everyClassSurvivesARestartWithAllItsFields() throws Exception {
        LocalStores stores = StoreTestSupport.stores();
        Path folder = StoreTestSupport.newFolder("round-trip");
        Map<EClass, SyncedObject> saved = new LinkedHashMap<>();
        Map<EClass, SyncedObject> filled = new LinkedHashMap<>();
        try (LocalStore store = stores.open(folder, PASSWORD, "test")) {
            // The classes of records; their parts are filled in with them.
            List<EClass> pending = new ArrayList<>(SyncPolicies.recordClasses());
            while (!pending.isEmpty()) {
                EClass next = pending.stream().filter(c -> referencesAvailable(c, saved)).findFirst()
                        .orElseThrow(() -> new AssertionError("Cyclic required references among " + pending));
                SyncedObject object = (SyncedObject) fill(EcoreUtil.create(next), saved);
                filled.put(next, EcoreUtil.copy(object));
                saved.put(next, store.save(object));
                pending.remove(next);
            }
        }
        assertTrue(saved.size() >= 15, "the model has its classes: " + saved.keySet());

        try (LocalStore store = stores.open(folder, PASSWORD, "test")) {
            for (Map.Entry<EClass, SyncedObject> entry : saved.entrySet()) {
                @SuppressWarnings("unchecked")
                Class<SyncedObject> type = (Class<SyncedObject>) entry.getKey().getInstanceClass();
                SyncedObject loaded = store.find(type, entry.getValue().getId())
                        .orElseThrow(() -> new AssertionError("not found: " + entry.getKey().getName()));
                assertTrue(EcoreUtil.equals(entry.getValue(), loaded),
                        entry.getKey().getName() + " differs after a restart:\n  saved  " + entry.getValue()
                                + "\n  loaded " + loaded);
                // What the user filled in, field by field (not only what the store kept of it).
                assertSameContent(filled.get(entry.getKey()), loaded, entry.getKey().getName());
            }
            assertEquals(saved.size() + containedCount(saved.values()), store.changes().size(),
                    "one change entry per saved object, contained children included");
        }
    }

    /** True when every class the class refers to is saved already, on its own or as a part of another. */
    private static boolean referencesAvailable(EClass eClass, Map<EClass, SyncedObject> saved) {
        return eClass.getEAllReferences().stream().filter(r -> !r.isContainment())
                .allMatch(r -> r.getEReferenceType() == eClass || saved.containsKey(r.getEReferenceType())
                        || containsClass(eClass, r.getEReferenceType())
                        || firstContained(saved, r.getEReferenceType()) != null);
    }

    /** True when the class contains (through its parts) objects of the given class, as an offering its days. */
    private static boolean containsClass(EClass owner, EClass part) {
        return owner.getEAllReferences().stream().filter(EReference::isContainment)
                .anyMatch(r -> r.getEReferenceType() == part || containsClass(r.getEReferenceType(), part));
    }

    @SuppressWarnings("unchecked")
    private static EObject fill(EObject object, Map<EClass, SyncedObject> saved) {
        EClass eClass = object.eClass();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.getEContainingClass() == SamverkaPackage.Literals.SYNCED_OBJECT) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    EEnum eEnum = (EEnum) attribute.getEAttributeType();
                    int last = eEnum.getELiterals().size() - 1;
                    ((EList<Object>) object.eGet(attribute)).addAll(List.of(
                            eEnum.getELiterals().get(last).getInstance(), eEnum.getELiterals().get(0).getInstance()));
                } else {
                    object.eSet(attribute, sample(attribute, eClass));
                }
            } else if (feature instanceof EReference reference) {
                if (reference.isContainment()) {
                    for (int i = 0; i < (reference.isMany() ? 2 : 1); i++) {
                        EObject child = fill(EcoreUtil.create(reference.getEReferenceType()), saved);
                        if (reference.isMany()) {
                            ((EList<Object>) object.eGet(reference)).add(child);
                        } else {
                            object.eSet(reference, child);
                        }
                    }
                } else {
                    SyncedObject target = saved.get(reference.getEReferenceType());
                    if (target == null) {
                        target = firstContained(saved, reference.getEReferenceType());
                    }
                    if (target != null) {
                        if (reference.isMany()) {
                            ((EList<Object>) object.eGet(reference)).add(target);
                        } else {
                            object.eSet(reference, target);
                        }
                    }
                }
            }
        }
        return object;
    }

    /** A contained object of the class among the saved ones (e.g. a session day for an attendance mark). */
    private static SyncedObject firstContained(Map<EClass, SyncedObject> saved, EClass type) {
        for (SyncedObject object : saved.values()) {
            for (var contents = object.eAllContents(); contents.hasNext();) {
                EObject part = contents.next();
                if (part.eClass() == type) {
                    return (SyncedObject) part;
                }
            }
        }
        return null;
    }

    private static Object sample(EAttribute attribute, EClass owner) {
        EClassifier type = attribute.getEAttributeType();
        if (type instanceof EEnum eEnum) {
            return eEnum.getELiterals().get(0).getInstance();
        }
        if (type == EcorePackage.Literals.ESTRING) {
            return attribute.getName().equals("email") ? "anna.lindqvist@example.se"
                    : owner.getName() + "." + attribute.getName() + " åäö";
        }
        if (type == EcorePackage.Literals.EINT) {
            return attribute.getName().equals("budgetYear") ? 2011 : attribute.getName().equals("waitlistPosition") ? 0 : 7;
        }
        if (type == EcorePackage.Literals.ELONG) {
            return 42L;
        }
        if (type == EcorePackage.Literals.EBOOLEAN) {
            return Boolean.TRUE;
        }
        if (type == EcorePackage.Literals.EDATE) {
            return DATE;
        }
        if (type == EcorePackage.Literals.EBIG_DECIMAL) {
            return new BigDecimal("30000.50");
        }
        throw new AssertionError("No sample for " + type.getName() + " (" + owner.getName() + "." + attribute.getName()
                + "): add one here");
    }

    /** Every field outside the bookkeeping ones is equal; references are compared by id, parts recursively. */
    private static void assertSameContent(EObject expected, EObject actual, String path) {
        for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
            if (feature.getEContainingClass() == SamverkaPackage.Literals.SYNCED_OBJECT) {
                continue;
            }
            String where = path + "." + feature.getName();
            Object want = expected.eGet(feature);
            Object got = actual.eGet(feature);
            if (feature instanceof EReference reference && reference.isContainment()) {
                List<?> wanted = reference.isMany() ? (List<?>) want : want == null ? List.of() : List.of(want);
                List<?> gotten = reference.isMany() ? (List<?>) got : got == null ? List.of() : List.of(got);
                assertEquals(wanted.size(), gotten.size(), where);
                for (int i = 0; i < wanted.size(); i++) {
                    assertSameContent((EObject) wanted.get(i), (EObject) gotten.get(i), where + "[" + i + "]");
                }
            } else if (feature instanceof EReference) {
                assertEquals(ids(want), ids(got), where);
            } else {
                assertEquals(want, got, where);
            }
        }
    }

    private static Object ids(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(EveryClassRoundTripTest::ids).toList();
        }
        return value instanceof SyncedObject synced ? synced.getId() : value;
    }

    private static int containedCount(Iterable<SyncedObject> objects) {
        int count = 0;
        for (SyncedObject object : objects) {
            for (var contents = object.eAllContents(); contents.hasNext(); contents.next()) {
                count++;
            }
        }
        return count;
    }
}
