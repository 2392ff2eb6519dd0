package se.samverka.ui.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import se.samverka.model.SyncedObject;
import se.samverka.ui.Widgets;

/**
 * A field for a reference to any number of records: the chosen ones by their readable names, "Lägg till …" opening
 * a {@link RecordPicker} over the candidates not yet chosen, and "Ta bort" (or Delete) for the selected ones. Each
 * addition and removal is one undoable change ({@link #enteredOnce}).
 * <p>
 * Widgets: the field's name for the whole, {@code .chosen} for the list, {@code .add} and {@code .remove}, and
 * {@code .new} when records can be made in place.
 */
final class ReferenceListField extends FieldBinding {

    private final Composite field;
    private final Table chosen;
    private final Button remove;
    private final Function<Object, String> label;
    private final RecordPickerFactory picker;

    /** Makes the picker for the records that are not chosen yet. */
    interface RecordPickerFactory {
        List<?> pick(Control parent, Supplier<List<Object>> notChosen);
    }

    /**
     * With {@code newText} and {@code maker}, a third button ({@code .new}) makes a record in place (a dialog that
     * returns it, or null when cancelled) and adds it to the chosen ones; without them (null), no such button.
     */
    ReferenceListField(RecordForm<?> form, EReference feature, Supplier<? extends List<?>> candidates,
            Function<Object, String> label, RecordPickerFactory picker, String newText,
            Function<Control, Object> maker) {
        super(form, feature, true);
        this.label = label;
        this.picker = picker;
        field = created(Widgets.styled(new Composite(form.body(), SWT.NONE), "form"));
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(field);
        chosen = Widgets.named(new Table(field, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL),
                form.name(feature) + ".chosen");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, chosen.getItemHeight() * 4 + 4)
                .applyTo(chosen);
        Composite buttons = Widgets.styled(new Composite(field, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        Button add = Widgets.named(new Button(buttons, SWT.PUSH), form.name(feature) + ".add");
        add.setText(form.texts().form_add);
        GridDataFactory.fillDefaults().applyTo(add);
        remove = Widgets.named(new Button(buttons, SWT.PUSH), form.name(feature) + ".remove");
        remove.setText(form.texts().form_remove);
        GridDataFactory.fillDefaults().applyTo(remove);
        remove.setEnabled(false);
        if (maker != null) {
            Button make = Widgets.named(new Button(buttons, SWT.PUSH), form.name(feature) + ".new");
            make.setText(newText);
            GridDataFactory.fillDefaults().applyTo(make);
            make.addListener(SWT.Selection, e -> {
                Object made = maker.apply(field);
                if (made != null) {
                    List<Object> value = new ArrayList<>(current());
                    value.add(made);
                    enteredOnce(value);
                }
                chosen.setFocus();
            });
        }

        add.addListener(SWT.Selection, e -> add(candidates));
        remove.addListener(SWT.Selection, e -> removeSelected());
        chosen.addListener(SWT.Selection, e -> remove.setEnabled(chosen.getSelectionCount() > 0));
        chosen.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
    }

    /** The list of the chosen records: what takes the focus. */
    @Override
    Control control() {
        return chosen;
    }

    private void add(Supplier<? extends List<?>> candidates) {
        Set<String> ids = new HashSet<>();
        current().forEach(record -> ids.add(id(record)));
        List<?> picked = picker.pick(field, () -> new ArrayList<Object>(candidates.get().stream()
                .filter(candidate -> !ids.contains(id(candidate))).toList()));
        if (!picked.isEmpty()) {
            List<Object> value = new ArrayList<>(current());
            value.addAll(picked);
            enteredOnce(value);
        }
        chosen.setFocus();
    }

    private void removeSelected() {
        Set<Object> selected = new HashSet<>();
        Arrays.stream(chosen.getSelection()).forEach(item -> selected.add(item.getData()));
        if (selected.isEmpty()) {
            return;
        }
        List<Object> value = new ArrayList<>(current());
        value.removeIf(selected::contains);
        enteredOnce(value);
        remove.setEnabled(false);
    }

    private List<?> current() {
        List<Object> records = new ArrayList<>();
        for (TableItem item : chosen.getItems()) {
            records.add(item.getData());
        }
        return records;
    }

    private static String id(Object record) {
        return record instanceof SyncedObject synced && synced.getId() != null ? synced.getId()
                : "@" + System.identityHashCode(record);
    }

    @Override
    protected void display(Object value) {
        List<?> records = (List<?>) value;
        Set<String> selected = new HashSet<>();
        Arrays.stream(chosen.getSelection()).forEach(item -> selected.add(id(item.getData())));
        chosen.setRedraw(false);
        try {
            chosen.removeAll();
            for (Object record : records) {
                TableItem item = new TableItem(chosen, SWT.NONE);
                item.setText(record instanceof EObject ? label.apply(record) : String.valueOf(record));
                item.setData(record);
                if (selected.contains(id(record))) {
                    chosen.select(chosen.getItemCount() - 1);
                }
            }
        } finally {
            chosen.setRedraw(true);
        }
        remove.setEnabled(chosen.getSelectionCount() > 0);
    }
}
