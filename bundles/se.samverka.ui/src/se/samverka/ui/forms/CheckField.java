package se.samverka.ui.forms;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;

/** A check box for a yes-or-no field. */
final class CheckField extends FieldBinding {

    private final Button button;

    CheckField(RecordForm<?> form, EAttribute feature) {
        super(form, feature, false);
        button = created(new Button(form.body(), SWT.CHECK));
        button.addListener(SWT.Selection, e -> entered(button.getSelection()));
    }

    Button button() {
        return button;
    }

    @Override
    Control control() {
        return button;
    }

    @Override
    protected void display(Object value) {
        button.setSelection(Boolean.TRUE.equals(value));
    }
}
