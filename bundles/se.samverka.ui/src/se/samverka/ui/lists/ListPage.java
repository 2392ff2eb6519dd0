package se.samverka.ui.lists;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;

/**
 * The page of a plugin's main list: a heading with a line saying what the list holds and a button for a new
 * record, above the {@link RecordTable}.
 */
public final class ListPage {

    private ListPage() {
    }

    /**
     * Creates the page in {@code parent} and returns its table, to which the caller adds the columns.
     *
     * @param name     the widget name of the table (the new-record button is {@code name + ".new"})
     * @param newLabel the text of the new-record button
     * @param onNew    what the button does
     */
    public static <T> RecordTable<T> create(Composite parent, String name, String heading, String description,
            String newLabel, Runnable onNew, CommonTexts texts, Locale locale) {
        var resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Composite page = Widgets.styled(new Composite(parent, SWT.NONE), "listPage");
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 6).numColumns(2).applyTo(page);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());

        Label title = Widgets.heading(Widgets.styled(new Label(page, SWT.NONE), "heading"), resources, 4);
        title.setText(heading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        Button create = Widgets.named(new Button(page, SWT.PUSH), name + ".new");
        create.setText(newLabel);
        create.addListener(SWT.Selection, e -> onNew.run());
        GridDataFactory.swtDefaults().hint(Math.max(120, create.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
                .applyTo(create);
        Label lead = Widgets.styled(new Label(page, SWT.WRAP), "secondary");
        lead.setText(description);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(lead);

        RecordTable<T> table = new RecordTable<>(page, name, texts, locale);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.control());
        return table;
    }
}
