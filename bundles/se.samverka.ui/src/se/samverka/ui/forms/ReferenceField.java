package se.samverka.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import se.samverka.ui.Widgets;

/**
 * A field for a reference to one record among many (a contact person among the county's thousands): the chosen one
 * by its readable name, "Välj …" (or Enter, or typing a letter, in the field) opening a searchable
 * {@link RecordPicker}, "Ny …" making one in place when the page can, and "Töm" (or Delete)
 * leaving it empty. Each change is one undoable change. A drop-down of every person of the county could neither be
 * searched nor read.
 * <p>
 * Widgets: the field's name for the whole row, {@code .chosen} for the name shown, {@code .choose}, {@code .new}
 * when records can be made in place, {@code .clear}.
 */
final class ReferenceField extends FieldBinding {

    private final Composite field;
    private final Text shown;
    private final Button clear;
    private final Function<Object, String> label;

    /** Picks one record, the search begun with {@code typed}; none when the user cancels. */
    interface Picker {
        List<?> pick(Control parent, String typed);
    }

    /**
     * @param newText the text of the button that makes a record in place, or null for none
     * @param maker   opens a dialog on the given parent and returns the record made (not saved: the page saves it
     *                with its record), or null when cancelled; null for none
     */
    ReferenceField(RecordForm<?> form, EReference feature, Function<Object, String> label, Picker picker,
            String newText, Function<Control, Object> maker) {
        super(form, feature, false);
        this.label = label;
        field = created(Widgets.styled(new Composite(form.body(), SWT.NONE), "form"));
        GridLayoutFactory.fillDefaults().numColumns(maker == null ? 3 : 4).spacing(6, 0).applyTo(field);
        shown = Widgets.named(new Text(field, SWT.BORDER | SWT.READ_ONLY), form.name(feature) + ".chosen");
        shown.setMessage(form.texts().form_none);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(shown);
        Button choose = button(form.name(feature) + ".choose", form.texts().form_choose);
        Button make = maker == null ? null : button(form.name(feature) + ".new", newText);
        clear = button(form.name(feature) + ".clear", form.texts().form_clear);

        choose.addListener(SWT.Selection, e -> choose(picker, ""));
        if (make != null) {
            make.addListener(SWT.Selection, e -> {
                Object made = maker.apply(field);
                if (made != null) {
                    enteredOnce(made);
                }
                shown.setFocus();
            });
        }
        clear.addListener(SWT.Selection, e -> {
            enteredOnce(null);
            shown.setFocus();
        });
        // From the keyboard: Enter or a letter typed opens the picker (the letter begins the search), Delete clears.
        shown.addListener(SWT.DefaultSelection, e -> choose(picker, ""));
        shown.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
                enteredOnce(null);
                e.doit = false;
            } else if (e.stateMask == 0 && Character.isLetter(e.character)) {
                choose(picker, String.valueOf(e.character));
                e.doit = false;
            }
        });
    }

    private Button button(String name, String text) {
        Button button = Widgets.named(new Button(field, SWT.PUSH), name);
        button.setText(text);
        return button;
    }

    @Override
    Control control() {
        return shown;
    }

    private void choose(Picker picker, String typed) {
        List<?> picked = picker.pick(field, typed);
        if (!picked.isEmpty()) {
            enteredOnce(picked.get(0));
        }
        if (!shown.isDisposed()) {
            shown.setFocus();
        }
    }

    @Override
    protected void display(Object value) {
        shown.setText(value == null ? "" : label.apply(value));
        clear.setEnabled(value != null);
    }
}
