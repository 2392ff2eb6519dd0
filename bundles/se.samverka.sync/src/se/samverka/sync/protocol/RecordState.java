package se.samverka.sync.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;

/**
 * A record as sync moves and merges it: a flat, sorted map from field paths to values as text. Root fields are
 * named as in the model ({@code title}); the parts of a contained list are listed by id under the list's name
 * ({@code lines} → {@code id1␟id2}) and their fields are under {@code lines/id1/amount}. References are the ids of
 * what they refer to. Unset fields are absent. The id and the local version are not part of the state: the server
 * keeps its own version.
 */
public final class RecordState {

    /** Separates the items of a list value. */
    public static final String SEPARATOR = "\u001F";

    private RecordState() {
    }

    /** The state of a record and its parts. */
    public static Map<String, String> of(SyncedObject record) {
        Map<String, String> state = new TreeMap<>();
        put(record, "", state);
        return state;
    }

    private static void put(EObject object, String prefix, Map<String, String> state) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (skipped(feature) || !object.eIsSet(feature)) {
                continue;
            }
            String key = prefix + feature.getName();
            Object value = object.eGet(feature);
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    List<String> items = new ArrayList<>();
                    for (Object item : (List<?>) value) {
                        items.add(text(attribute, item));
                    }
                    state.put(key, String.join(SEPARATOR, items));
                } else {
                    state.put(key, text(attribute, value));
                }
            } else if (feature instanceof EReference reference) {
                List<?> targets = reference.isMany() ? (List<?>) value : List.of(value);
                List<String> ids = new ArrayList<>();
                for (Object target : targets) {
                    ids.add(((SyncedObject) target).getId());
                }
                state.put(key, String.join(SEPARATOR, ids));
                if (reference.isContainment()) {
                    for (Object part : targets) {
                        put((EObject) part, key + "/" + ((SyncedObject) part).getId() + "/", state);
                    }
                }
            }
        }
    }

    /**
     * A value as text, the same however the value was made: amounts without the scale a database gives them
     * ({@code 39}, never {@code 39.00}), so that a record read back from a laptop's database and the same record
     * made in memory have the same state.
     */
    private static String text(EAttribute attribute, Object value) {
        if (value instanceof java.math.BigDecimal amount) {
            return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
        }
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /**
     * Makes the record a state describes. References are made as stand-ins of the right class that carry only the
     * id of what they refer to; the store replaces them by its own records.
     */
    public static SyncedObject toRecord(String type, String id, Map<String, String> state) {
        EClass eClass = eClass(type);
        SyncedObject record = (SyncedObject) EcoreUtil.create(eClass);
        record.setId(id);
        fill(record, "", state);
        return record;
    }

    @SuppressWarnings("unchecked")
    private static void fill(EObject object, String prefix, Map<String, String> state) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (skipped(feature)) {
                continue;
            }
            String value = state.get(prefix + feature.getName());
            if (value == null) {
                continue;
            }
            if (feature instanceof EAttribute attribute) {
                if (attribute.isMany()) {
                    List<Object> items = new ArrayList<>();
                    for (String item : split(value)) {
                        items.add(EcoreUtil.createFromString(attribute.getEAttributeType(), item));
                    }
                    ECollections.setEList((EList<Object>) object.eGet(attribute), items);
                } else {
                    object.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
                }
            } else if (feature instanceof EReference reference) {
                List<EObject> targets = new ArrayList<>();
                for (String targetId : split(value)) {
                    SyncedObject target = (SyncedObject) EcoreUtil.create(reference.getEReferenceType());
                    target.setId(targetId);
                    if (reference.isContainment()) {
                        fill(target, prefix + feature.getName() + "/" + targetId + "/", state);
                    }
                    targets.add(target);
                }
                if (reference.isMany()) {
                    ECollections.setEList((EList<EObject>) object.eGet(reference), targets);
                } else if (!targets.isEmpty()) {
                    object.eSet(reference, targets.get(0));
                }
            }
        }
    }

    /** The items of a list value. */
    public static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split(SEPARATOR, -1));
    }

    /** The class of a record type name, such as {@code LocalProject}. */
    public static EClass eClass(String type) {
        if (!(SamverkaPackage.eINSTANCE.getEClassifier(type) instanceof EClass eClass) || eClass.isAbstract()) {
            throw new IllegalArgumentException("Not a record type: " + type);
        }
        return eClass;
    }

    /** The feature a path names in a record of a class ({@code lines/<id>/amount} → BudgetLine.amount), or null. */
    public static EStructuralFeature feature(EClass type, String path) {
        String[] steps = path.split("/");
        EClass current = type;
        EStructuralFeature feature = null;
        for (int i = 0; i < steps.length; i += 2) {
            feature = current.getEStructuralFeature(steps[i]);
            if (feature == null) {
                return null;
            }
            if (i + 2 < steps.length) {
                if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                    return null;
                }
                current = reference.getEReferenceType();
            }
        }
        return feature;
    }

    /** The ids a record refers to (not its parts), with the class each is expected to be. */
    public static Map<String, EClass> references(EClass type, Map<String, String> state) {
        Map<String, EClass> ids = new TreeMap<>();
        state.forEach((path, value) -> {
            if (feature(type, path) instanceof EReference reference && !reference.isContainment()) {
                for (String id : split(value)) {
                    ids.put(id, reference.getEReferenceType());
                }
            }
        });
        return ids;
    }

    /** The parts of a record (at any depth), by id, with their classes. */
    public static Map<String, EClass> parts(EClass type, Map<String, String> state) {
        Map<String, EClass> ids = new TreeMap<>();
        state.forEach((path, value) -> {
            if (feature(type, path) instanceof EReference reference && reference.isContainment()) {
                for (String id : split(value)) {
                    ids.put(id, reference.getEReferenceType());
                }
            }
        });
        return ids;
    }

    private static boolean skipped(EStructuralFeature feature) {
        return feature == SamverkaPackage.Literals.SYNCED_OBJECT__ID
                || feature == SamverkaPackage.Literals.SYNCED_OBJECT__VERSION || feature.isTransient()
                || feature.isDerived();
    }
}
