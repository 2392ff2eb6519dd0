package se.samverka.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;

/** A drop-down of the values of an enumeration or the records a reference may point at; "(none)" when optional. */
final class ChoiceField extends FieldBinding {

    private final Combo combo;
    private final List<Object> values = new ArrayList<>();

    ChoiceField(RecordForm<?> form, EStructuralFeature feature, List<Object> choices, Function<Object, String> label) {
        super(form, feature, false);
        combo = created(new Combo(form.body(), SWT.READ_ONLY | SWT.DROP_DOWN));
        if (feature.getLowerBound() == 0) {
            values.add(null);
            combo.add(form.texts().form_none);
        }
        for (Object choice : choices) {
            values.add(choice);
            combo.add(label.apply(choice));
        }
        combo.setVisibleItemCount(Math.min(20, values.size()));
        combo.addListener(SWT.Selection, e -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                entered(values.get(index));
            }
        });
    }

    Combo combo() {
        return combo;
    }

    @Override
    Control control() {
        return combo;
    }

    @Override
    protected void display(Object value) {
        int index = indexOf(value);
        if (index < 0 && value != null) {
            // A value not among the choices (for example a record deleted since): show it, keep it selectable.
            values.add(value);
            combo.add(String.valueOf(value));
            index = values.size() - 1;
        }
        if (index < 0) {
            combo.deselectAll();
        } else if (combo.getSelectionIndex() != index) {
            combo.select(index);
        }
    }

    /** By identity, else by id for records (a reloaded record is another object with the same id). */
    private int indexOf(Object value) {
        int index = values.indexOf(value);
        if (index < 0 && value instanceof se.samverka.model.SyncedObject record && record.getId() != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) instanceof se.samverka.model.SyncedObject other
                        && record.getId().equals(other.getId())) {
                    return i;
                }
            }
        }
        return index;
    }
}
