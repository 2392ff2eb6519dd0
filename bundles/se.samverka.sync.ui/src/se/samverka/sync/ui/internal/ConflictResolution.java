package se.samverka.sync.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.SyncedObject;
import se.samverka.model.rules.Labels;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort.Conflict;
import se.samverka.sync.protocol.RecordState;

/**
 * Resolving a conflict: the chosen value is written into the record by an ordinary save (so it syncs like any other
 * edit) and the conflict is marked resolved. No SWT here.
 */
final class ConflictResolution {

    private final LocalStore store;

    ConflictResolution(LocalStore store) {
        this.store = store;
    }

    /** True when the conflict is about one field whose value can be chosen (not a whole record or a part). */
    static boolean choosable(Conflict conflict) {
        EClass type = type(conflict);
        return type != null && RecordState.feature(type, conflict.field()) instanceof EAttribute attribute
                && !attribute.isMany() && !conflict.reason().equals("REFUSED");
    }

    /** True when the field is a text, so that two versions can be merged by hand. */
    static boolean mergeable(Conflict conflict) {
        EClass type = type(conflict);
        return type != null && RecordState.feature(type, conflict.field()) instanceof EAttribute attribute
                && attribute.getEAttributeType().getInstanceClass() == String.class;
    }

    /** Keeps the value that applies now. */
    void keep(Conflict conflict) throws StoreException {
        store.sync().resolve(conflict.id());
    }

    /** Writes a value (the other edit, or a merge of both) into the record and marks the conflict resolved. */
    void use(Conflict conflict, String value) throws StoreException {
        SyncedObject record = record(conflict).orElseThrow(
                () -> new StoreException(StoreException.Reason.FAILED, "The record no longer exists"));
        String[] steps = conflict.field().split("/");
        EObject target = record;
        for (int i = 0; i + 2 < steps.length; i += 2) {
            EReference list = (EReference) target.eClass().getEStructuralFeature(steps[i]);
            String partId = steps[i + 1];
            target = ((List<?>) target.eGet(list)).stream().map(EObject.class::cast)
                    .filter(part -> partId.equals(((SyncedObject) part).getId())).findFirst()
                    .orElseThrow(() -> new StoreException(StoreException.Reason.FAILED, "The part no longer exists"));
        }
        EAttribute attribute = (EAttribute) target.eClass().getEStructuralFeature(steps[steps.length - 1]);
        if (value == null || value.isEmpty()) {
            target.eUnset(attribute);
        } else {
            target.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
        }
        store.save(record);
        store.sync().resolve(conflict.id());
    }

    Optional<SyncedObject> record(Conflict conflict) {
        EClass type = type(conflict);
        if (type == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Class<SyncedObject> instanceClass = (Class<SyncedObject>) type.getInstanceClass();
        return store.find(instanceClass, conflict.recordId()).map(SyncedObject.class::cast);
    }

    /** What a person calls the record: its title or name, with its kind. */
    String describe(Conflict conflict, Locale locale, String gone) {
        EClass type = type(conflict);
        String kind = type == null ? conflict.recordType() : Labels.of(type, locale);
        Optional<SyncedObject> record = record(conflict);
        if (record.isEmpty()) {
            return kind + " " + gone;
        }
        for (String name : List.of("title", "name", "lastName", "text", "description")) {
            EStructuralFeature feature = type.getEStructuralFeature(name);
            if (feature != null && record.get().eGet(feature) instanceof String text && !text.isBlank()) {
                if (name.equals("lastName") && type.getEStructuralFeature("firstName") != null) {
                    text = record.get().eGet(type.getEStructuralFeature("firstName")) + " " + text;
                }
                return kind + ": " + text;
            }
        }
        return kind;
    }

    /** The field's name as the forms show it ("Beskrivning"), or the whole record. */
    static String fieldLabel(Conflict conflict, Locale locale, String whole) {
        EClass type = type(conflict);
        EStructuralFeature feature = type == null ? null : RecordState.feature(type, conflict.field());
        return feature == null ? whole : Labels.of(feature, locale);
    }

    private static EClass type(Conflict conflict) {
        try {
            return RecordState.eClass(conflict.recordType());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
