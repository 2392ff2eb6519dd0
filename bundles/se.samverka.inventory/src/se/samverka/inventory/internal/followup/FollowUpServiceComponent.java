package se.samverka.inventory.internal.followup;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Cell;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.BudgetSheet.Year;
import se.samverka.inventory.SupportService;
import se.samverka.inventory.SupportTotals;
import se.samverka.inventory.followup.FollowUp;
import se.samverka.inventory.followup.FollowUpException;
import se.samverka.inventory.followup.FollowUpRequest;
import se.samverka.inventory.followup.FollowUpService;
import se.samverka.inventory.followup.FollowUpTexts;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.MunicipalityPage;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.IndicatorValue;
import se.samverka.model.LocalProject;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectIndicator;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.LocalStore;

/**
 * The follow-up report's content from the local store. The records' state comes from {@link MunicipalityService}
 * (the overview of the period's last year, as the overview and the municipality page judge it), the programme's
 * budget from {@link BudgetService}, support from {@link SupportService}; projects and the municipality's budgets
 * are read here in one statement each.
 */
@Component(service = FollowUpService.class)
public final class FollowUpServiceComponent implements FollowUpService {

    private final LocalStore store;
    private final MunicipalityService municipalities;
    private final BudgetService budgets;
    private final SupportService support;
    private final ZoneId zone;

    @Activate
    public FollowUpServiceComponent(@Reference LocalStore store, @Reference MunicipalityService municipalities,
            @Reference BudgetService budgets, @Reference SupportService support) {
        this.store = store;
        this.municipalities = municipalities;
        this.budgets = budgets;
        this.support = support;
        this.zone = ZoneId.systemDefault();
    }

    @Override
    public String ownMunicipality() {
        return support.ownMunicipality();
    }

    @Override
    public FollowUp read(FollowUpRequest request, LocalDate today, Locale locale) throws FollowUpException {
        request.check(locale);
        String own = ownMunicipality();
        if (own != null && !own.equals(request.municipalityId())) {
            throw new FollowUpException(FollowUpTexts.get(locale, "request.ownOnly"));
        }
        String scope;
        if (request.programme()) {
            scope = FollowUpTexts.get(locale, "scope.programme");
        } else {
            Organisation municipality = store.find(Organisation.class, request.municipalityId())
                    .filter(o -> !o.isDeleted() && o.getKind() == OrganisationKind.MUNICIPALITY)
                    .orElseThrow(() -> new FollowUpException(FollowUpTexts.get(locale, "request.noMunicipality")));
            scope = municipality.getName();
        }
        LocalDate day = MunicipalityService.overviewDay(request.toYear(), today);
        List<FollowUp.Project> projects = new ArrayList<>();
        List<LocalProject> active = activeProjects(request);
        for (LocalProject project : active) {
            projects.add(project(project, request));
        }
        CountyOverview overview = municipalities.overview(request.toYear(), today);
        List<FollowUp.Records> records = overview.rows().stream()
                .filter(r -> request.programme() || r.id().equals(request.municipalityId()))
                .map(r -> new FollowUp.Records(r.id(), r.name(), r.states())).toList();
        List<Finding> findings = request.programme() ? List.of()
                : municipalities.page(request.municipalityId(), day).map(MunicipalityPage::rule)
                        .map(rule -> rule.findings()).orElse(List.of());
        BudgetSheet budget = request.programme() ? within(budgets.budget(null), request)
                : municipalityBudget(scope, request);
        List<FollowUp.Support> given = support(request);
        SupportTotals totals = SupportTotals.NONE;
        for (FollowUp.Support s : given) {
            totals = totals.plus(s.offered(), s.applied(), s.granted());
        }
        return new FollowUp(request, scope, day, projects, records, findings, budget, given, totals);
    }

    /** The projects (of the municipality) whose dates overlap the period, read in one statement. */
    private List<LocalProject> activeProjects(FollowUpRequest request) {
        List<LocalProject> all = request.programme() ? store.findAll(LocalProject.class)
                : store.findBy(LocalProject.class, Literals.LOCAL_PROJECT__MUNICIPALITY, request.municipalityId());
        LocalDate first = LocalDate.of(request.fromYear(), 1, 1);
        LocalDate last = LocalDate.of(request.toYear(), 12, 31);
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        return all.stream().filter(p -> !p.isDeleted()).filter(p -> {
            LocalDate starts = day(p.getStartsOn());
            LocalDate ends = day(p.getEndsOn());
            return starts != null && !starts.isAfter(last) && (ends == null || !ends.isBefore(first));
        }).sorted(Comparator.comparing((LocalProject p) -> p.getMunicipality() == null ? ""
                : p.getMunicipality().getName(), collator).thenComparing(p -> nonNull(p.getTitle()), collator))
                .toList();
    }

    private FollowUp.Project project(LocalProject project, FollowUpRequest request) {
        List<FollowUp.Indicator> indicators = new ArrayList<>();
        for (ProjectIndicator indicator : project.getIndicators()) {
            if (indicator.isDeleted()) {
                continue;
            }
            List<FollowUp.Value> values = new ArrayList<>();
            for (IndicatorValue value : indicator.getPeriodValues()) {
                if (!value.isDeleted() && inPeriod(value.getPeriodLabel(), request)) {
                    values.add(new FollowUp.Value(nonNull(value.getPeriodLabel()), value.getTarget(),
                            value.getOutcome(), nonNull(value.getComment())));
                }
            }
            values.sort(Comparator.comparing(FollowUp.Value::period));
            indicators.add(new FollowUp.Indicator(nonNull(indicator.getName()), nonNull(indicator.getUnit()),
                    indicator.getBaseline(), values));
        }
        return new FollowUp.Project(project.getId(),
                project.getMunicipality() == null ? "" : nonNull(project.getMunicipality().getName()),
                nonNull(project.getTitle()), project.getStatus(), day(project.getStartsOn()),
                day(project.getEndsOn()), indicators);
    }

    /**
     * Whether an indicator's period ("2025", "2025 H1", "Vt 2025", "2024/2025") falls in the report's period: it does
     * when a year in its label does; a label without a year always counts.
     */
    static boolean inPeriod(String label, FollowUpRequest request) {
        if (label == null) {
            return true;
        }
        java.util.regex.Matcher years = java.util.regex.Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)").matcher(label);
        boolean any = false;
        while (years.find()) {
            any = true;
            if (request.covers(Integer.parseInt(years.group(1)))) {
                return true;
            }
        }
        return !any;
    }

    /** The sheet with only the period's years (its rows keep the cells of those years). */
    static BudgetSheet within(BudgetSheet sheet, FollowUpRequest request) {
        List<Year> years = sheet.years().stream().filter(y -> request.covers(y.year())).toList();
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet.rows()) {
            Map<Integer, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((year, cell) -> {
                if (request.covers(year)) {
                    cells.put(year, cell);
                }
            });
            if (!cells.isEmpty()) {
                rows.add(new Row(row.key(), row.description(), cells));
            }
        }
        return new BudgetSheet(sheet.projectId(), sheet.title(), years, rows);
    }

    /**
     * The municipality's budget in the period: every one of its projects' budgets (one per project and year, as the
     * budget page counts them), read in two statements, as one row of income and one of expenses per project.
     */
    private BudgetSheet municipalityBudget(String scope, FollowUpRequest request) {
        List<LocalProject> projects = store.findBy(LocalProject.class, Literals.LOCAL_PROJECT__MUNICIPALITY,
                request.municipalityId()).stream().filter(p -> !p.isDeleted()).toList();
        if (projects.isEmpty()) {
            return new BudgetSheet(null, scope, List.of(), List.of());
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        projects.stream().sorted(Comparator.comparing(p -> nonNull(p.getTitle()), collator))
                .forEach(p -> order.put(p.getId(), order.size()));
        Map<String, String> titles = new LinkedHashMap<>();
        projects.forEach(p -> titles.put(p.getId(), nonNull(p.getTitle())));
        List<Budget> all = store.findBy(Budget.class, Literals.BUDGET__PROJECT, List.copyOf(order.keySet())).stream()
                .filter(b -> !b.isDeleted() && b.getProject() != null && request.covers(b.getBudgetYear()))
                .sorted(Comparator.comparingInt(Budget::getBudgetYear).thenComparing(Budget::getId)).toList();
        Set<Integer> yearNumbers = new java.util.TreeSet<>();
        Set<List<Object>> seen = new HashSet<>();
        Map<RowKey, Map<Integer, Cell>> cells = new TreeMap<>(Comparator
                .comparing((RowKey k) -> k.kind() == BudgetLineKind.INCOME ? 0 : 1).thenComparingInt(RowKey::ordinal));
        Map<RowKey, String> descriptions = new LinkedHashMap<>();
        for (Budget budget : all) {
            String projectId = budget.getProject().getId();
            if (!seen.add(List.of(projectId, budget.getBudgetYear()))) {
                continue; // a second budget of the same year: the budget page shows the first
            }
            yearNumbers.add(budget.getBudgetYear());
            for (BudgetLineKind kind : BudgetLineKind.VALUES) {
                BigDecimal planned = BigDecimal.ZERO;
                BigDecimal actual = BigDecimal.ZERO;
                boolean any = false;
                for (BudgetLine line : budget.getLines()) {
                    if (line.isDeleted() || line.getKind() != kind) {
                        continue;
                    }
                    any = true;
                    planned = line.getPlannedAmount() == null ? planned : planned.add(line.getPlannedAmount());
                    actual = line.getActualAmount() == null ? actual : actual.add(line.getActualAmount());
                }
                if (!any) {
                    continue;
                }
                RowKey key = new RowKey(kind, null, order.get(projectId));
                descriptions.put(key, titles.get(projectId));
                cells.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(budget.getBudgetYear(),
                        new Cell(null, titles.get(projectId), planned, actual, null, null));
            }
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((key, byYear) -> rows.add(new Row(key, descriptions.get(key), byYear)));
        List<Year> years = yearNumbers.stream().map(y -> new Year(y, null, scope + " " + y)).toList();
        return new BudgetSheet(null, scope, years, rows);
    }

    /** The support of the period's rounds: the programme's every municipality, or the one municipality's. */
    private List<FollowUp.Support> support(FollowUpRequest request) {
        if (request.programme()) {
            return support.rows().stream().filter(r -> request.covers(r.year()))
                    .map(r -> new FollowUp.Support(r.roundTitle(), r.year(), r.municipality(), r.status(), r.offered(),
                            r.applied(), r.granted()))
                    .toList();
        }
        List<FollowUp.Support> rows = new ArrayList<>();
        for (MunicipalSupport s : support.supportOf(request.municipalityId())) {
            if (s.getRound() == null || !request.covers(s.getRound().getSupportYear())) {
                continue;
            }
            rows.add(new FollowUp.Support(nonNull(s.getRound().getTitle()), s.getRound().getSupportYear(),
                    s.getMunicipality() == null ? "" : s.getMunicipality().getName(), s.getStatus(),
                    s.getAmountOffered(), s.getAmountApplied(), s.getAmountGranted()));
        }
        return rows;
    }

    private LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text.strip();
    }
}
