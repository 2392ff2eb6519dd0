package se.samverka.inventory.ui.internal.budgets;

import java.text.MessageFormat;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import jakarta.inject.Inject;
import se.samverka.model.LocalProject;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;

/**
 * Opens the budget page of a project or of the county programme ({@link BudgetPart}, one per budget, in the main
 * area): the button a project's page shows, and what it does. Made by injection in the caller's context.
 */
public class OpenBudget {

    @Inject
    private EPartService parts;
    @Inject
    @Translation
    private BudgetMessages messages;

    /** Opens (or brings to the front) the budget of the project with this id. */
    public void open(String projectId, String title) {
        Editors.open(parts, BudgetPart.ID, projectId,
                MessageFormat.format(messages.budget_partLabel, title == null ? "" : title));
    }

    /** Opens (or brings to the front) the county programme's budget. */
    public void openProgramme() {
        Editors.open(parts, BudgetPart.ID, BudgetPart.PROGRAMME, null);
    }

    /**
     * Adds the button "Budget …" to a project page; for a project not saved yet it tells {@code notice} to save
     * first.
     */
    public Button addTool(Composite parent, Supplier<LocalProject> project, Consumer<String> notice) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), "inventory.editor.budget");
        button.setText(messages.budget_open);
        if (parent.getLayout() instanceof GridLayout grid) {
            GridDataFactory.swtDefaults().span(grid.numColumns, 1).applyTo(button);
        }
        button.setToolTipText(messages.budget_openTooltip);
        button.addListener(SWT.Selection, e -> {
            LocalProject current = project.get();
            if (current == null || current.getId() == null) {
                notice.accept(messages.budget_openNew);
                return;
            }
            open(current.getId(), current.getTitle());
        });
        return button;
    }
}
