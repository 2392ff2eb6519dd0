package se.samverka.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.samverka.model.rules.Labels;
import se.samverka.ui.Widgets;

/** Check boxes for a field that holds any number of the values of an enumeration, in the enumeration's order. */
final class EnumSetField extends FieldBinding {

    private final Composite boxes;
    private final Map<Enumerator, Button> buttons = new LinkedHashMap<>();

    EnumSetField(RecordForm<?> form, EAttribute feature, int columns) {
        super(form, feature, true);
        boxes = created(Widgets.styled(new Composite(form.body(), SWT.NONE), "form"));
        GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).spacing(12, 2).applyTo(boxes);
        for (var literal : ((EEnum) feature.getEAttributeType()).getELiterals()) {
            Enumerator value = literal.getInstance();
            Button button = Widgets.named(new Button(boxes, SWT.CHECK), form.name(feature) + "." + literal.getName());
            button.setText(Labels.of(value, form.locale()));
            button.addListener(SWT.Selection, e -> entered(selected()));
            buttons.put(value, button);
        }
    }

    Composite control() {
        return boxes;
    }

    private List<Enumerator> selected() {
        List<Enumerator> values = new ArrayList<>();
        buttons.forEach((value, button) -> {
            if (button.getSelection()) {
                values.add(value);
            }
        });
        return values;
    }

    @Override
    protected void display(Object value) {
        List<?> values = (List<?>) value;
        buttons.forEach((literal, button) -> button.setSelection(values.contains(literal)));
    }
}
