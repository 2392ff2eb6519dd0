package se.samverka.ui.forms;

import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Sets one field of the record being edited, undoably. The record is looked up when the operation runs, so an
 * operation done before a save can be undone on the record as saved. Typing on in the same field extends the last
 * operation ({@link #absorb}) instead of adding one per key.
 */
final class SetValueOperation extends AbstractOperation {

    private final Supplier<? extends EObject> target;
    private final EStructuralFeature feature;
    private final Object oldValue;
    private Object newValue;

    SetValueOperation(String label, Supplier<? extends EObject> target, EStructuralFeature feature, Object oldValue,
            Object newValue) {
        super(label);
        this.target = target;
        this.feature = feature;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    /** True when this is the last edit of {@code feature}, which a further edit of it can extend. */
    boolean isEditOf(EStructuralFeature other) {
        return feature == other;
    }

    /** Extends this operation to end at {@code value}, and sets it. */
    void absorb(Object value) {
        newValue = value;
        set(value);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        set(newValue);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        set(oldValue);
        return Status.OK_STATUS;
    }

    @SuppressWarnings("unchecked")
    private void set(Object value) {
        EObject object = target.get();
        if (feature.isMany()) {
            var list = (java.util.List<Object>) object.eGet(feature);
            java.util.List<Object> wanted = (java.util.List<Object>) value;
            if (!list.equals(wanted)) {
                list.clear();
                list.addAll(wanted);
            }
        } else if (!Objects.equals(object.eGet(feature), value)) {
            if (value == null) {
                object.eUnset(feature);
            } else {
                object.eSet(feature, value);
            }
        }
    }
}
