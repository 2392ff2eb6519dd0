package se.samverka.inventory.ui.internal.budgets;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.ProjectRow;
import se.samverka.inventory.Spreadsheets;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;
import se.samverka.ui.lists.RecordTable;

/**
 * The project list's tools of the budgets job: "Exportera till Excel …" (the projects as the list shows them,
 * filtered and sorted, written as CSV in a Job to a file the user chooses) and "Länsprogrammets budget …", placed
 * beside the list's new-project button. Made by injection in the list part's context.
 */
public class ProjectListTools {

    @Inject
    private IEclipseContext context;
    @Inject
    private StatusLine statusLine;
    @Inject
    @Translation
    private BudgetMessages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    /** Adds the buttons to the list page's heading row, after its new-project button. */
    public void addTo(RecordTable<ProjectRow> table) {
        Composite page = table.control().getParent();
        Control newButton = page.getChildren()[1];
        Button programme = Widgets.named(new Button(page, SWT.PUSH), "inventory.list.programmeBudget");
        programme.setText(messages.list_programme);
        programme.addListener(SWT.Selection,
                e -> ContextInjectionFactory.make(OpenBudget.class, context).openProgramme());
        programme.moveBelow(newButton);
        Button export = Widgets.named(new Button(page, SWT.PUSH), "inventory.list.export");
        export.setText(messages.list_export);
        export.setToolTipText(messages.list_exportTooltip);
        export.addListener(SWT.Selection, e -> export(table.shown(), export.getShell()));
        export.moveBelow(programme);
        // The page's grid had two columns (heading, new-project button); what spanned both spans all four now.
        GridLayout layout = (GridLayout) page.getLayout();
        int before = layout.numColumns;
        layout.numColumns = before + 2;
        for (Control child : page.getChildren()) {
            if (child.getLayoutData() instanceof GridData data && data.horizontalSpan == before) {
                data.horizontalSpan = layout.numColumns;
            }
        }
        page.layout(true, true);
    }

    private void export(List<ProjectRow> rows, Shell shell) {
        List<ProjectRow> shown = List.copyOf(rows);
        CsvFiles.export(context, shell, messages, messages.list_exportFileName, messages.list_exported,
                out -> Spreadsheets.writeProjects(shown, locale, out), statusLine::setMessage);
    }
}
