package se.samverka.sync.ui.internal;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.SyncedObject;
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
    private final Messages messages;

    ConflictResolution(LocalStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /**
     * True when the conflict is about one field whose value can be chosen: a single value or a single reference
     * (not a whole record, a part or a list).
     */
    static boolean choosable(Conflict conflict) {
        EStructuralFeature feature = feature(conflict);
        return !conflict.reason().equals("REFUSED") && feature != null && !feature.isMany()
                && (feature instanceof EAttribute || feature instanceof EReference reference
                        && !reference.isContainment());
    }

    /** True when the field is a text, so that two versions can be merged by hand. */
    static boolean mergeable(Conflict conflict) {
        return feature(conflict) instanceof EAttribute attribute
                && attribute.getEAttributeType().getInstanceClass() == String.class;
    }

    /** Keeps the value that applies now. */
    void keep(Conflict conflict) throws StoreException {
        store.sync().resolve(conflict.id());
    }

    /**
     * Writes a value (the other edit, or a merge of both; for a reference the id of what it points to) into the
     * record, marks the conflict resolved and returns the record as saved.
     */
    SyncedObject use(Conflict conflict, String value) throws StoreException {
        EClass type = type(conflict.recordType());
        SyncedObject record = (type == null ? Optional.<SyncedObject>empty() : find(store, type, conflict.recordId()))
                .orElseThrow(() -> failed(messages.resolve_recordGone));
        String[] steps = conflict.field().split("/");
        EObject target = record;
        for (int i = 0; i + 2 < steps.length; i += 2) {
            EReference list = (EReference) target.eClass().getEStructuralFeature(steps[i]);
            String partId = steps[i + 1];
            target = ((List<?>) target.eGet(list)).stream().map(EObject.class::cast)
                    .filter(part -> partId.equals(((SyncedObject) part).getId())).findFirst()
                    .orElseThrow(() -> failed(messages.resolve_partGone));
        }
        EStructuralFeature feature = target.eClass().getEStructuralFeature(steps[steps.length - 1]);
        if (value == null || value.isEmpty()) {
            target.eUnset(feature);
        } else if (feature instanceof EReference reference) {
            target.eSet(reference, find(store, reference.getEReferenceType(), value)
                    .orElseThrow(() -> failed(messages.resolve_targetGone)));
        } else {
            EAttribute attribute = (EAttribute) feature;
            target.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
        }
        SyncedObject saved = store.save(record);
        store.sync().resolve(conflict.id());
        return saved;
    }

    /** The record of a class with this id, if it exists and is not deleted. */
    static Optional<SyncedObject> find(LocalStore store, EClass type, String id) {
        @SuppressWarnings("unchecked")
        Class<SyncedObject> instanceClass = (Class<SyncedObject>) type.getInstanceClass();
        return store.find(instanceClass, id).map(SyncedObject.class::cast);
    }

    private static StoreException failed(String message) {
        return new StoreException(StoreException.Reason.FAILED, message);
    }

    private static EStructuralFeature feature(Conflict conflict) {
        EClass type = type(conflict.recordType());
        return type == null ? null : RecordState.feature(type, conflict.field());
    }

    /** The class of a record type name, or null when this version of Samverka does not know it. */
    static EClass type(String recordType) {
        try {
            return RecordState.eClass(recordType);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
