package se.samverka.inventory.ui.internal.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.event.EventHandler;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.ProjectBudgetYears;
import se.samverka.inventory.ProjectBudgetYears.YearTotals;
import se.samverka.inventory.ui.internal.budgets.OpenBudget;
import se.samverka.model.LocalProject;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordForm;

/**
 * The project page's "Budget": per year planned and actual income, expenses and the result, and their totals, as the
 * budget page shows them ("1&nbsp;050&nbsp;000 kr", {@link Amounts#format}), read through
 * {@link BudgetService#budget} in a Job ({@link ProjectBudgetYears}: the budget sheet's own sums), read again when a
 * budget changes; and "Budget …", which opens the budget page. Widgets for the UI tests: {@code project.budget}
 * (the table: year, then the six amounts), {@code project.budgetNone}.
 */
public final class BudgetSection {

    private static final List<String> BUDGET_TYPES = List.of("Budget");

    @Inject
    private BudgetService budgets;
    @Inject
    private IEclipseContext context;
    @Inject
    private IEventBroker events;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private ProjectMessages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private RecordForm<LocalProject> form;
    private Composite root;
    private Table table;
    private Label none;
    private String shownFor;

    /** Puts the section on the project's form, after the fields that are there. */
    public static BudgetSection addTo(RecordForm<LocalProject> form, IEclipseContext context) {
        BudgetSection section = ContextInjectionFactory.make(BudgetSection.class, context);
        section.create(form);
        return section;
    }

    private void create(RecordForm<LocalProject> form) {
        this.form = form;
        form.section(messages.project_budgetHeading);
        root = Widgets.named(Widgets.styled(new Composite(form.body(), SWT.NONE), "form"), "project.budgetSection");
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 6).applyTo(root);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(root);
        Label lead = Widgets.styled(new Label(root, SWT.WRAP), "secondary");
        lead.setText(messages.project_budgetLead);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(lead);
        none = Widgets.named(new Label(root, SWT.WRAP), "project.budgetNone");
        none.setText(messages.project_budgetNone);
        GridDataFactory.fillDefaults().exclude(true).applyTo(none);
        none.setVisible(false);

        table = Widgets.named(new Table(root, SWT.BORDER | SWT.FULL_SELECTION), "project.budget");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(messages.project_budgetYear, 70, SWT.LEFT);
        for (String header : List.of(messages.project_budgetIncomePlanned, messages.project_budgetIncomeActual,
                messages.project_budgetExpensesPlanned, messages.project_budgetExpensesActual,
                messages.project_budgetResultPlanned, messages.project_budgetResultActual)) {
            column(header, 140, SWT.RIGHT);
        }
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.TOP).applyTo(table);
        ContextInjectionFactory.make(OpenBudget.class, context).addTool(root, form::record, form::showNotice);

        EventHandler changed = event -> {
            if (event.getProperty(IEventBroker.DATA) instanceof RecordsChanged records
                    && records.touchesAny(BUDGET_TYPES)) {
                load();
            }
        };
        events.subscribe(SamverkaUi.TOPIC_RECORDS_CHANGED, changed);
        root.addDisposeListener(e -> events.unsubscribe(changed));
        form.onChange(project -> {
            if (!Objects.equals(shownFor, project.getId())) {
                load();
            }
        });
        load();
    }

    private void column(String header, int width, int style) {
        TableColumn column = new TableColumn(table, style);
        column.setText(header);
        column.setWidth(Math.max(width, Widgets.headerWidth(table, header))); // "Kostnader, budget" read whole
    }

    /** Reads the budget's totals in a Job and shows them. */
    private void load() {
        LocalProject project = form.record();
        String projectId = project == null ? null : project.getId();
        shownFor = projectId;
        if (projectId == null) {
            show(null);
            return;
        }
        Job job = Job.create(messages.project_budgetHeading, monitor -> {
            ProjectBudgetYears years = ProjectBudgetYears.of(budgets.budget(projectId));
            ui.asyncExec(() -> {
                if (!root.isDisposed() && Objects.equals(projectId, shownFor)) {
                    show(years);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(ProjectBudgetYears years) {
        table.removeAll();
        boolean empty = years == null || years.isEmpty();
        none.setVisible(empty);
        ((org.eclipse.swt.layout.GridData) none.getLayoutData()).exclude = !empty;
        table.setVisible(!empty);
        ((org.eclipse.swt.layout.GridData) table.getLayoutData()).exclude = empty;
        if (!empty) {
            years.years().forEach(year -> row(String.valueOf(year.year()), year));
            TableItem total = row(messages.project_budgetTotal, years.total());
            total.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            ((org.eclipse.swt.layout.GridData) table.getLayoutData()).heightHint = table.getHeaderHeight()
                    + table.getItemHeight() * table.getItemCount() + 4;
        }
        root.layout(true, true);
        form.reflow();
    }

    private TableItem row(String first, YearTotals totals) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(0, first);
        int column = 1;
        for (Function<YearTotals, PlannedActual> of : List.<Function<YearTotals, PlannedActual>>of(
                YearTotals::income, YearTotals::expenses, YearTotals::result)) {
            item.setText(column++, amount(of.apply(totals).planned()));
            item.setText(column++, amount(of.apply(totals).actual()));
        }
        if (totals.result().actual().signum() < 0) {
            item.setForeground(6, table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        return item;
    }

    private String amount(BigDecimal amount) {
        return Amounts.format(amount, locale);
    }
}
