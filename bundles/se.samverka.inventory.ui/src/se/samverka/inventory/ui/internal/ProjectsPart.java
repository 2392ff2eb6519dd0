package se.samverka.inventory.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.emf.common.util.Enumerator;

import jakarta.inject.Inject;
import se.samverka.inventory.InventoryService;
import se.samverka.model.LocalProject;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The inventory area: every local project of the county's municipalities, with its period and budget. */
public class ProjectsPart extends RecordListPart<LocalProject> {

    @Inject
    private InventoryService service;
    @Inject
    @Translation
    private Messages messages;

    private Map<String, BigDecimal> budgets = Map.of();

    public ProjectsPart() {
        super(LocalProject.class, "se.samverka.inventory.ui.editor");
    }

    @Override
    protected Page page() {
        return new Page("inventory.list", messages.list_heading, messages.list_description, messages.list_new,
                messages.list_noun);
    }

    @Override
    protected void addColumns(RecordTable<LocalProject> table) {
        SimpleDateFormat day = new SimpleDateFormat(texts().date_pattern, locale());
        NumberFormat kronor = NumberFormat.getIntegerInstance(locale());
        table.column(messages.column_municipality, 11, p -> p.getMunicipality() == null ? ""
                : p.getMunicipality().getName().replaceFirst("s? kommun$", ""))
                .column(messages.column_title, 40, LocalProject::getTitle)
                .column(messages.column_type, 12, p -> p.getPreventionType() == null ? ""
                        : Labels.of(p.getPreventionType(), locale()))
                .column(messages.column_focus, 24, p -> labels(p.getFocusAreas()))
                .column(messages.column_methods, 18, p -> labels(p.getMethods()))
                .column(messages.column_status, 10, p -> p.getStatus() == null ? ""
                        : Labels.of(p.getStatus(), locale()), Comparator.comparing(LocalProject::getStatus))
                .column(messages.column_period, 22, p -> period(day, p), Comparator.comparing(
                        LocalProject::getStartsOn, Comparator.nullsFirst(Comparator.<Date>naturalOrder())))
                .column(messages.column_budget, 13, p -> budget(p) == null ? "" : kronor.format(budget(p)),
                        Comparator.comparing(this::budget, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    @Override
    protected void reload() {
        budgets = service.plannedExpenses();
        table().setRecords(service.projects());
    }

    private BigDecimal budget(LocalProject project) {
        return budgets.get(project.getId());
    }

    private String labels(List<? extends Enumerator> values) {
        return values.stream().map(value -> Labels.of(value, locale())).collect(Collectors.joining(", "));
    }

    private static String period(SimpleDateFormat day, LocalProject project) {
        if (project.getStartsOn() == null && project.getEndsOn() == null) {
            return "";
        }
        return (project.getStartsOn() == null ? "" : day.format(project.getStartsOn())) + " – "
                + (project.getEndsOn() == null ? "" : day.format(project.getEndsOn()));
    }
}
