package se.samverka.inventory.ui.internal;

import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.emf.common.util.Enumerator;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.samverka.inventory.InventoryService;
import se.samverka.inventory.ProjectRow;
import se.samverka.inventory.ui.internal.budgets.ProjectListTools;
import se.samverka.model.LocalProject;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The inventory area: every local project of the county's municipalities, with its period and budget. */
public class ProjectsPart extends RecordListPart<ProjectRow> {

    @Inject
    private InventoryService service;
    @Inject
    @Translation
    private Messages messages;

    public ProjectsPart() {
        super(LocalProject.class, "se.samverka.inventory.ui.editor", se.samverka.model.Budget.class);
    }

    // budgets: "Exportera till Excel …" and the programme's budget beside the new-project button
    @Inject
    private IEclipseContext context;

    @PostConstruct
    void addBudgetTools() {
        ContextInjectionFactory.make(ProjectListTools.class, context).addTo(table());
    }

    @Override
    protected Page page() {
        return new Page("inventory.list", messages.list_heading, messages.list_description, messages.list_new,
                messages.list_noun);
    }

    @Override
    protected void addColumns(RecordTable<ProjectRow> table) {
        SimpleDateFormat day = new SimpleDateFormat(texts().date_pattern, locale());
        NumberFormat kronor = NumberFormat.getIntegerInstance(locale());
        Comparator<Date> dates = Comparator.nullsFirst(Comparator.naturalOrder());
        table.column(messages.column_municipality, 11, p -> p.municipality() == null ? ""
                : p.municipality().replaceFirst("s? kommun$", ""))
                .column(messages.column_title, 40, ProjectRow::title)
                .column(messages.column_type, 12, p -> p.preventionType() == null ? ""
                        : Labels.of(p.preventionType(), locale()))
                .column(messages.column_focus, 24, p -> labels(p.focusAreas()))
                .column(messages.column_methods, 18, p -> labels(p.methods()))
                .column(messages.column_status, 10, p -> p.status() == null ? "" : Labels.of(p.status(), locale()),
                        Comparator.comparing(ProjectRow::status, Comparator.nullsFirst(Comparator.naturalOrder())))
                .column(messages.column_period, 22, p -> period(day, p),
                        Comparator.comparing(ProjectRow::startsOn, dates))
                .column(messages.column_budget, 13, p -> p.plannedExpenses() == null ? ""
                        : kronor.format(p.plannedExpenses()), Comparator.comparing(ProjectRow::plannedExpenses,
                                Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    @Override
    protected String idOf(ProjectRow row) {
        return row.id();
    }

    @Override
    protected List<ProjectRow> read() {
        return service.rows();
    }

    private String labels(List<? extends Enumerator> values) {
        return values.stream().map(value -> Labels.of(value, locale())).collect(Collectors.joining(", "));
    }

    private static String period(SimpleDateFormat day, ProjectRow project) {
        if (project.startsOn() == null && project.endsOn() == null) {
            return "";
        }
        return (project.startsOn() == null ? "" : day.format(project.startsOn())) + " – "
                + (project.endsOn() == null ? "" : day.format(project.endsOn()));
    }
}
