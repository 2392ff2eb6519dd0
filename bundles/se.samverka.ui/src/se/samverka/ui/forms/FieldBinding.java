package se.samverka.ui.forms;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import se.samverka.ui.Widgets;

/**
 * A field of a {@link RecordForm} bound to one feature of the record: its label, its control, and under it the
 * message about what is wrong with it (also marked by an icon beside the control). The message's row and the icon
 * are made when the field first has something wrong: most fields never do, and a page of fields opens faster
 * without a hidden row under each.
 */
abstract class FieldBinding {

    private final RecordForm<?> form;
    private final EStructuralFeature feature;
    private Control control;
    /** The icon beside the control, the empty cell and the message under it: made with the first problem. */
    private ControlDecoration decoration;
    private Label spacer;
    private Label problemLabel;
    private String inputError;
    /** The change the user is typing, extended by every key until the field loses focus. */
    private SetValueOperation typing;
    /** True while the field shows a value from the record, so that its own listeners do not write it back. */
    private boolean showing;

    /** Creates the label; {@code labelOnTop} puts it at the top of a tall control instead of its middle. */
    FieldBinding(RecordForm<?> form, EStructuralFeature feature, boolean labelOnTop) {
        this.form = form;
        this.feature = feature;
        Label label = new Label(form.body(), SWT.NONE);
        Widgets.styled(label, "fieldLabel");
        label.setText(form.label(feature));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, labelOnTop ? SWT.BEGINNING : SWT.CENTER)
                .indent(0, labelOnTop ? 5 : 0).applyTo(label);
    }

    /** Creates the control, named for the tests, in the form's body; call once from the subclass constructor. */
    protected final <C extends Control> C created(C control) {
        Widgets.named(control, form.name(feature));
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).hint(360, SWT.DEFAULT).applyTo(control);
        control.addListener(SWT.FocusOut, e -> endTyping());
        this.control = control;
        return control;
    }

    /**
     * Makes the row under the control, for the message (an empty cell under the label, the message under the
     * control), and the icon beside the control. The form lays itself out after showing a problem.
     */
    private void makeProblemRow() {
        decoration = new ControlDecoration(control, SWT.LEFT | SWT.CENTER);
        Composite parent = control.getParent(); // the form's body, or a tab's
        spacer = new Label(parent, SWT.NONE);
        GridData spacerData = excluded();
        spacerData.grabExcessHorizontalSpace = false;
        spacerData.widthHint = SWT.DEFAULT;
        spacer.setLayoutData(spacerData);
        spacer.moveBelow(control);
        problemLabel = Widgets.named(new Label(parent, SWT.WRAP), form.name(feature) + ".problem");
        Widgets.styled(problemLabel, "fieldProblem");
        GridData data = excluded();
        data.horizontalIndent = 8;
        problemLabel.setLayoutData(data);
        problemLabel.moveBelow(spacer);
    }

    EStructuralFeature feature() {
        return feature;
    }

    RecordForm<?> form() {
        return form;
    }

    abstract Control control();

    /** Shows a value of the record in the control. */
    final void showValue(Object value) {
        showing = true;
        try {
            display(value);
            // The field now shows the record's value, so what was typed wrongly before is gone.
            inputError = null;
        } finally {
            showing = false;
        }
    }

    /** Puts a value in the control (only when it differs from what the control means now). */
    protected abstract void display(Object value);

    /** Called by the control's listener with what the user entered. */
    protected final void entered(Object value) {
        if (showing) {
            return;
        }
        setInputError(null);
        typing = form.setValue(this, value, typing);
    }

    /**
     * Called by a field that is not typed in (a choice made in a dialog, a button) with the value chosen: a change of
     * its own in the form's history, not merged with the one before or after it.
     */
    protected final void enteredOnce(Object value) {
        endTyping();
        entered(value);
        endTyping();
    }

    /** Called by the control's listener when what the user typed is not a value; the record keeps its value. */
    protected final void enteredInvalid(String message) {
        if (!showing) {
            setInputError(message);
        }
    }

    protected final boolean isShowing() {
        return showing;
    }

    String inputError() {
        return inputError;
    }

    void endTyping() {
        typing = null;
    }

    /** Shows a message under the field, or hides it for {@code null}. */
    void showProblem(String message, boolean error) {
        boolean visible = message != null;
        if (problemLabel == null) {
            if (!visible) {
                return;
            }
            makeProblemRow();
        }
        if (visible) {
            problemLabel.setText(message);
            problemLabel.setForeground(problemLabel.getDisplay()
                    .getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_DARK_YELLOW));
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(
                    error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
            decoration.setDescriptionText(message);
            decoration.show();
        } else {
            decoration.hide();
        }
        GridData data = (GridData) problemLabel.getLayoutData();
        data.exclude = !visible;
        problemLabel.setVisible(visible);
        // Excluded controls keep their last bounds: hide them too, or they paint over the next row.
        ((GridData) spacer.getLayoutData()).exclude = !visible;
        spacer.setVisible(visible);
    }

    private void setInputError(String message) {
        if (!java.util.Objects.equals(inputError, message)) {
            inputError = message;
            form.inputErrorChanged();
        }
    }

    private static GridData excluded() {
        GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
        data.exclude = true;
        data.widthHint = 360;
        return data;
    }

    static Composite parentOf(RecordForm<?> form) {
        return form.body();
    }
}
