package se.samverka.inventory.internal.records;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.InvalidRecordException;
import se.samverka.inventory.records.InvalidRecordException.Problem;
import se.samverka.inventory.records.MunicipalityPage;
import se.samverka.inventory.records.MunicipalityRow;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.inventory.records.NewRecord;
import se.samverka.inventory.records.RecordRow;
import se.samverka.inventory.records.RecordRule;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.FocusArea;
import se.samverka.model.LocalProject;
import se.samverka.model.MunicipalRecord;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.PreventionMethod;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.Futures;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;

/**
 * The municipality service on the local store. Every read model reads projections ({@link LocalStore#select}), not
 * records: the municipalities, all their records and (for the page and the overview) the projects, one statement
 * each, and the rule is applied in memory.
 */
@Component(service = MunicipalityService.class)
public final class MunicipalityServiceComponent implements MunicipalityService {

    private final LocalStore store;
    private final BudgetService budgets;

    @Activate
    public MunicipalityServiceComponent(@Reference LocalStore store, @Reference BudgetService budgets) {
        this.store = store;
        this.budgets = budgets;
    }

    /** A municipality's id and name. */
    private record Named(String id, String name) {
    }

    /** The municipalities the user sees, by name: a coordinator's own, or all for county staff and before a sync. */
    private List<Named> visibleMunicipalities() {
        SyncPort.User user = store.sync().user();
        String own = user != null && user.role() == Role.COORDINATOR ? user.municipalityId() : null;
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        return store.select(Organisation.class, "id", "name", "kind").stream()
                .filter(r -> r[2] == OrganisationKind.MUNICIPALITY)
                .filter(r -> own == null || own.equals(r[0]))
                .map(r -> new Named((String) r[0], (String) r[1]))
                .sorted(Comparator.comparing(Named::name, collator)).toList();
    }

    /** Every record, by municipality id, newest first. */
    private Map<String, List<RecordRow>> recordsByMunicipality() {
        Map<String, List<RecordRow>> records = new HashMap<>();
        for (Object[] r : store.select(MunicipalRecord.class, "id", "municipality.id", "kind", "title", "adoptedOn",
                "validFrom", "validTo", "summary", "documentLink")) {
            if (r[1] == null || r[2] == null) {
                continue;
            }
            records.computeIfAbsent((String) r[1], k -> new ArrayList<>())
                    .add(new RecordRow((String) r[0], (MunicipalRecordKind) r[2], (String) r[3], day(r[4]),
                            day(r[5]), day(r[6]), (String) r[7], (String) r[8]));
        }
        Comparator<RecordRow> newestFirst = Comparator.comparing(
                (RecordRow row) -> row.adoptedOn() != null ? row.adoptedOn() : row.validFrom(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        records.values().forEach(list -> list.sort(newestFirst));
        return records;
    }

    private static RecordRule.Result rule(List<RecordRow> records, LocalDate day) {
        return RecordRule.evaluate(records == null ? List.of() : records.stream().map(RecordRow::dated).toList(), day);
    }

    @Override
    public List<MunicipalityRow> municipalities(LocalDate day) {
        Map<String, List<RecordRow>> records = recordsByMunicipality();
        return visibleMunicipalities().stream().map(m -> {
            RecordRule.Result result = rule(records.get(m.id()), day);
            return new MunicipalityRow(m.id(), m.name(), result.severity(), result.findings());
        }).toList();
    }

    @Override
    public Optional<MunicipalityPage> page(String municipalityId, LocalDate day) {
        Optional<Object[]> municipality = store.select(Organisation.class, "id", "name", "kind").stream()
                .filter(r -> municipalityId.equals(r[0]) && r[2] == OrganisationKind.MUNICIPALITY).findFirst();
        if (municipality.isEmpty()) {
            return Optional.empty();
        }
        List<RecordRow> records = recordsByMunicipality().getOrDefault(municipalityId, List.of());
        Map<MunicipalRecordKind, List<RecordRow>> byKind = new EnumMap<>(MunicipalRecordKind.class);
        records.forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r));
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        List<MunicipalityPage.ProjectLine> projects = store.select(LocalProject.class, "id", "municipality.id",
                "title", "status", "startsOn", "endsOn").stream().filter(r -> municipalityId.equals(r[1]))
                .map(r -> new MunicipalityPage.ProjectLine((String) r[0], (String) r[2], (ProjectStatus) r[3],
                        day(r[4]), day(r[5])))
                .sorted(Comparator.comparing(MunicipalityPage.ProjectLine::title,
                        Comparator.nullsLast(collator)))
                .toList();
        return Optional.of(new MunicipalityPage(municipalityId, (String) municipality.get()[1], day, byKind,
                rule(records, day), projects));
    }

    @Override
    public MunicipalRecord record(String municipalityId, NewRecord typed)
            throws InvalidRecordException, StoreException {
        List<Problem> problems = new ArrayList<>();
        Optional<Organisation> municipality = municipalityId == null ? Optional.empty()
                : store.find(Organisation.class, municipalityId).filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY);
        if (municipality.isEmpty()) {
            problems.add(new Problem("municipality", "municipalityUnknown"));
        }
        if (typed.kind() == null) {
            problems.add(new Problem("kind", "kindMissing"));
        }
        if (typed.title() == null || typed.title().isBlank()) {
            problems.add(new Problem("title", "titleMissing"));
        }
        if (typed.adoptedOn() == null) {
            problems.add(new Problem("adoptedOn", "adoptedOnMissing"));
        } else if (typed.adoptedOn().isAfter(LocalDate.now())) {
            problems.add(new Problem("adoptedOn", "adoptedOnFuture"));
        }
        if (typed.validFrom() != null && typed.validTo() != null && typed.validTo().isBefore(typed.validFrom())) {
            problems.add(new Problem("validTo", "periodOrder"));
        }
        String link = blankToNull(typed.documentLink());
        if (link != null && !isWebAddress(link)) {
            problems.add(new Problem("documentLink", "linkInvalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        MunicipalRecord record = SamverkaFactory.eINSTANCE.createMunicipalRecord();
        record.setMunicipality(municipality.get());
        record.setKind(typed.kind());
        record.setTitle(typed.title().strip());
        record.setAdoptedOn(date(typed.adoptedOn()));
        record.setValidFrom(date(typed.validFrom()));
        record.setValidTo(date(typed.validTo()));
        record.setSummary(blankToNull(typed.summary()));
        record.setDocumentLink(link);
        return store.save(record);
    }

    @Override
    public CountyOverview overview(int year, LocalDate today) {
        LocalDate day = MunicipalityService.overviewDay(year, today);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        // The year's budget lines are summed in a second thread while the rest is read: each is about half the read.
        CompletableFuture<Map<List<Object>, Map<Object, List<BigDecimal>>>> sums = CompletableFuture
                .supplyAsync(() -> budgetSums(year));
        Map<String, List<RecordRow>> records = recordsByMunicipality();
        Map<String, List<Object>> focus = store.selectMany(LocalProject.class, "focusAreas");
        Map<String, List<Object>> methods = store.selectMany(LocalProject.class, "methods");
        Map<String, List<String>> activeProjects = new HashMap<>();
        Map<String, String> municipalityOfProject = new HashMap<>();
        for (Object[] r : store.select(LocalProject.class, "id", "municipality.id", "status", "startsOn",
                "endsOn")) {
            if (r[1] != null) {
                municipalityOfProject.put((String) r[0], (String) r[1]);
            }
            if (r[1] != null && active((ProjectStatus) r[2], day(r[3]), day(r[4]), first, last)) {
                activeProjects.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((String) r[0]);
            }
        }
        List<Named> visible = visibleMunicipalities();
        BudgetTotals programme = BudgetTotals.of(budgets.budget(null), year);
        Map<String, BudgetTotals> budgetTotals = projectBudgets(year, Futures.joined(sums), municipalityOfProject);
        List<CountyOverview.Row> rows = visible.stream().map(m -> {
            RecordRule.Result result = rule(records.get(m.id()), day);
            List<String> projects = activeProjects.getOrDefault(m.id(), List.of());
            Map<FocusArea, Integer> byFocus = new EnumMap<>(FocusArea.class);
            Map<PreventionMethod, Integer> byMethod = new EnumMap<>(PreventionMethod.class);
            for (String project : projects) {
                focus.getOrDefault(project, List.of()).forEach(f -> byFocus.merge((FocusArea) f, 1, Integer::sum));
                methods.getOrDefault(project, List.of())
                        .forEach(x -> byMethod.merge((PreventionMethod) x, 1, Integer::sum));
            }
            return new CountyOverview.Row(m.id(), m.name(), result.states(), result.severity(), projects.size(),
                    byFocus, byMethod, budgetTotals.getOrDefault(m.id(), BudgetTotals.ZERO));
        }).toList();
        return new CountyOverview(year, day, rows, programme);
    }

    /**
     * The lines of a year's budgets summed by budget (with its project) and kind in the database
     * ({@link LocalStore#sums}, two statements), without loading a budget or reading the other years' lines.
     */
    private Map<List<Object>, Map<Object, List<BigDecimal>>> budgetSums(int year) {
        return store.sums(Budget.class, Map.of("budgetYear", year), "lines", "kind",
                List.of("plannedAmount", "actualAmount"), "project.id", "budgetYear", "id");
    }

    /**
     * The totals of the projects' budgets of a year per municipality, from the year's {@link #budgetSums}. As the
     * budget page, a project with two budgets of the same year counts the first by id only; budgets of deleted
     * projects are not counted.
     */
    private static Map<String, BudgetTotals> projectBudgets(int year,
            Map<List<Object>, Map<Object, List<BigDecimal>>> sums, Map<String, String> municipalityOfProject) {
        Map<String, String> firstBudget = new HashMap<>();
        sums.keySet().stream().filter(key -> ((Number) key.get(1)).intValue() == year)
                .forEach(key -> firstBudget.merge((String) key.get(0), (String) key.get(2),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b));
        Map<String, BudgetTotals> totals = new HashMap<>();
        sums.forEach((key, byKind) -> {
            String municipality = municipalityOfProject.get(key.get(0));
            if (municipality != null && key.get(2).equals(firstBudget.get(key.get(0)))) {
                totals.merge(municipality, totals(byKind), BudgetTotals::plus);
            }
        });
        return totals;
    }

    private static BudgetTotals totals(Map<Object, List<BigDecimal>> byKind) {
        List<BigDecimal> income = byKind.getOrDefault(BudgetLineKind.INCOME, List.of(BigDecimal.ZERO, BigDecimal.ZERO));
        List<BigDecimal> expenses = byKind.getOrDefault(BudgetLineKind.EXPENSE,
                List.of(BigDecimal.ZERO, BigDecimal.ZERO));
        return new BudgetTotals(income.get(0), income.get(1), expenses.get(0), expenses.get(1));
    }

    /**
     * Whether a project was active in a year: under way or completed (not an idea, only planned, or cancelled), and
     * its period (an open end or start counts as open) meets the year.
     */
    static boolean active(ProjectStatus status, LocalDate startsOn, LocalDate endsOn, LocalDate first,
            LocalDate last) {
        if (status != ProjectStatus.ONGOING && status != ProjectStatus.COMPLETED) {
            return false;
        }
        return (startsOn == null || !startsOn.isAfter(last)) && (endsOn == null || !endsOn.isBefore(first));
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate day(Object date) {
        return date == null ? null : ((Date) date).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
