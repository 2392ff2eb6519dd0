package se.samverka.ui.forms;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** A text field for text, a date, a number or an amount. */
final class TextField extends FieldBinding {

    private final Text text;
    private final FieldFormats.Kind kind;
    private final boolean multiLine;

    TextField(RecordForm<?> form, EAttribute feature, int style, FieldFormats.Kind kind) {
        super(form, feature, (style & SWT.MULTI) != 0);
        this.kind = kind;
        this.multiLine = (style & SWT.MULTI) != 0;
        text = created(new Text(form.body(), style | SWT.BORDER));
        if (kind == FieldFormats.Kind.DATE) {
            text.setMessage(form.texts().form_dateHint);
        } else if (kind == FieldFormats.Kind.DATE_TIME) {
            text.setMessage(form.texts().form_dateHint + " " + form.texts().time_pattern.toUpperCase());
        }
        if (kind != FieldFormats.Kind.TEXT) {
            // Dates, numbers and amounts are short: a narrow field reads better than one across the form.
            GridData data = (GridData) text.getLayoutData();
            data.widthHint = kind == FieldFormats.Kind.DATE_TIME ? 200 : 160;
            data.grabExcessHorizontalSpace = false;
            data.horizontalAlignment = SWT.BEGINNING;
        }
        text.addModifyListener(e -> {
            if (isShowing()) {
                return;
            }
            FieldFormats.Parsed parsed = form.formats().parse(kind, text.getText());
            if (parsed.error() != null) {
                enteredInvalid(parsed.error());
            } else {
                entered(parsed.value());
            }
        });
        if (multiLine) {
            // Tab moves on to the next field, as in the one-line fields.
            text.addTraverseListener(e -> {
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    e.doit = true;
                }
            });
        }
        // Leaving a date or amount field shows the value in its standard form.
        text.addListener(SWT.FocusOut, e -> {
            if (kind != FieldFormats.Kind.TEXT && inputError() == null) {
                showValue(form.record().eGet(feature));
            }
        });
    }

    Text text() {
        return text;
    }

    @Override
    Control control() {
        return text;
    }

    @Override
    protected void display(Object value) {
        FieldFormats.Parsed current = form().formats().parse(kind, text.getText());
        boolean same = current.error() == null && Objects.equals(current.value(), value)
                && (kind != FieldFormats.Kind.TEXT || text.getText().equals(Objects.toString(value, "")));
        if (!same || (inputError() != null)) {
            text.setText(form().formats().format(kind, value));
        }
    }
}
