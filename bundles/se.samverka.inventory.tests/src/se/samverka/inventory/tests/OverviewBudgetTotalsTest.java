package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.internal.budgets.BudgetServiceComponent;
import se.samverka.inventory.internal.records.MunicipalityServiceComponent;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/**
 * The county overview's budget totals per municipality and year on a real encrypted laptop database: the sums of the
 * municipality's project budgets' lines of the year, as each budget page shows them, without deleted budgets or
 * lines or other years; the county total and the programme's budget; a coordinator's scope.
 */
class OverviewBudgetTotalsTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final RowKey GRANT = new RowKey(BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, 0);
    private static final RowKey SALARY = new RowKey(BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, 0);
    private static final RowKey CONFERENCES = new RowKey(BudgetLineKind.EXPENSE, BudgetCategory.CONFERENCES, 0);

    private LocalStore store;
    private BudgetService budgets;
    private MunicipalityService service;
    private Locale before;
    private Organisation tierp;
    private Organisation heby;
    private String trygg;
    private String nattvandring;
    private String est;

    @BeforeEach
    void open() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(OverviewBudgetTotalsTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve("overview-budgets-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        budgets = new BudgetServiceComponent(store);
        service = new MunicipalityServiceComponent(store, budgets);
        tierp = municipality("Tierps kommun");
        heby = municipality("Heby kommun");
        trygg = project(tierp, "Trygg i Tierp", ProjectStatus.ONGOING);
        nattvandring = project(tierp, "Nattvandring", ProjectStatus.IDEA);
        est = project(heby, "EST i Heby", ProjectStatus.ONGOING);

        // Trygg i Tierp, 2025 and 2026 (2026's planned amounts copied from 2025, its actuals its own).
        threeRows(trygg, 2025);
        budgets.setAmounts(trygg, GRANT, 2025, new BigDecimal("400000"), new BigDecimal("380000"));
        budgets.setAmounts(trygg, SALARY, 2025, new BigDecimal("300000"), new BigDecimal("310000"));
        budgets.setAmounts(trygg, CONFERENCES, 2025, new BigDecimal("50000"), new BigDecimal("20000.50"));
        budgets.addYear(trygg, 2026);
        budgets.setAmounts(trygg, SALARY, 2026, new BigDecimal("300000"), new BigDecimal("150000"));
        // Nattvandring, an idea, counts too: the totals are of every project's budget.
        threeRows(nattvandring, 2026);
        budgets.setAmounts(nattvandring, GRANT, 2026, new BigDecimal("100000"), null);
        budgets.setAmounts(nattvandring, CONFERENCES, 2026, new BigDecimal("25000"), new BigDecimal("5000"));
        // EST i Heby, 2026.
        threeRows(est, 2026);
        budgets.setAmounts(est, GRANT, 2026, new BigDecimal("1050000"), new BigDecimal("1000000"));
        budgets.setAmounts(est, SALARY, 2026, new BigDecimal("600000"), new BigDecimal("620000"));
        // The county programme, 2026.
        threeRows(null, 2026);
        budgets.setAmounts(null, GRANT, 2026, new BigDecimal("2000000"), new BigDecimal("1500000"));
        budgets.setAmounts(null, SALARY, 2026, new BigDecimal("800000"), new BigDecimal("700000"));
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(before);
    }

    @Test
    void aMunicipalitysTotalsAreItsProjectsLinesOfTheYearAsTheirBudgetPagesShowThem() {
        CountyOverview of2026 = service.overview(2026, TODAY);
        BudgetTotals tierp2026 = row(of2026, tierp).budget();
        // 2026: Trygg's lines copied from 2025 (planned 400 000 / 300 000 / 50 000, actual only the salary's) and
        // Nattvandring's.
        assertTotals("500000", "0", "375000", "155000", tierp2026);
        assertEquals(pages(2026, trygg, nattvandring), tierp2026, "as the budget pages' totals of 2026");
        assertEquals(BudgetTotals.of(new PlannedActual(new BigDecimal("1050000"), new BigDecimal("1000000")),
                new PlannedActual(new BigDecimal("600000"), new BigDecimal("620000"))), row(of2026, heby).budget());

        BudgetTotals tierp2025 = row(service.overview(2025, TODAY), tierp).budget();
        assertTotals("400000", "380000", "350000", "330000.50", tierp2025);
        assertEquals(pages(2025, trygg, nattvandring), tierp2025, "another year's lines are not counted");
        assertEquals(BudgetTotals.ZERO, row(service.overview(2024, TODAY), tierp).budget(), "no budget in 2024");
    }

    @Test
    void theCountyTotalAddsTheMunicipalitiesAndTheProgrammeIsItsBudgetPage() {
        CountyOverview of2026 = service.overview(2026, TODAY);
        assertTotals("1550000", "1000000", "975000", "775000", of2026.budgetTotal());
        assertEquals(0, new BigDecimal("575000").compareTo(of2026.budgetTotal().result().planned()));
        assertEquals(new BigDecimal("79.5"), of2026.budgetTotal().expenses().percent(), "775 000 of 975 000");
        assertEquals(BudgetTotals.of(budgets.budget(null), 2026), of2026.programme());
        assertTotals("2000000", "1500000", "800000", "700000", of2026.programme());
        assertEquals(BudgetTotals.ZERO, service.overview(2025, TODAY).programme());
    }

    @Test
    void aDeletedBudgetOrLineIsNotCounted() throws Exception {
        budgets.removeRow(trygg, CONFERENCES);
        assertTotals("400000", "380000", "300000", "310000", row(service.overview(2025, TODAY), tierp).budget());
        budgets.removeYear(nattvandring, 2026);
        assertTotals("400000", "0", "300000", "150000", row(service.overview(2026, TODAY), tierp).budget());
        assertEquals(pages(2026, trygg, nattvandring), row(service.overview(2026, TODAY), tierp).budget());
    }

    @Test
    void aSecondBudgetOfTheSameYearCountsAsTheBudgetPageShowsIt() throws Exception {
        // A second 2026 budget of EST (as two laptops might both make one): the page shows one of them.
        Budget twin = F.createBudget();
        twin.setProject(store.find(LocalProject.class, est).orElseThrow());
        twin.setName("Budget 2026");
        twin.setBudgetYear(2026);
        var line = F.createBudgetLine();
        line.setSeq(1);
        line.setKind(BudgetLineKind.EXPENSE);
        line.setCategory(BudgetCategory.CONFERENCES);
        line.setPlannedAmount(new BigDecimal("7000"));
        twin.getLines().add(line);
        store.save(twin);
        assertEquals(pages(2026, est), row(service.overview(2026, TODAY), heby).budget());
    }

    @Test
    void aCoordinatorSeesTheirOwnMunicipalitysTotalsOnly() throws Exception {
        store.sync().apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), 0, null, List.of(),
                new SyncPort.User(Role.COORDINATOR, null, heby.getId())));
        CountyOverview of2026 = service.overview(2026, TODAY);
        assertEquals(List.of("Heby kommun"), of2026.rows().stream().map(CountyOverview.Row::name).toList());
        assertEquals(pages(2026, est), of2026.budgetTotal(), "the county total of a coordinator is their own");
    }

    /** The totals of the projects' budget pages in a year, added. */
    private BudgetTotals pages(int year, String... projects) {
        BudgetTotals sum = BudgetTotals.ZERO;
        for (String project : projects) {
            sum = sum.plus(BudgetTotals.of(budgets.budget(project), year));
        }
        return sum;
    }

    private static void assertTotals(String plannedIncome, String actualIncome, String plannedExpenses,
            String actualExpenses, BudgetTotals totals) {
        assertEquals(0, new BigDecimal(plannedIncome).compareTo(totals.plannedIncome()), "planned income " + totals);
        assertEquals(0, new BigDecimal(actualIncome).compareTo(totals.actualIncome()), "actual income " + totals);
        assertEquals(0, new BigDecimal(plannedExpenses).compareTo(totals.plannedExpenses()),
                "planned expenses " + totals);
        assertEquals(0, new BigDecimal(actualExpenses).compareTo(totals.actualExpenses()),
                "actual expenses " + totals);
    }

    private static CountyOverview.Row row(CountyOverview overview, Organisation municipality) {
        return overview.rows().stream().filter(r -> r.id().equals(municipality.getId())).findFirst().orElseThrow();
    }

    private void threeRows(String projectId, int year) throws Exception {
        budgets.addYear(projectId, year);
        budgets.addRow(projectId, BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, "Bidrag");
        budgets.addRow(projectId, BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, "Lön samordnare");
        budgets.addRow(projectId, BudgetLineKind.EXPENSE, BudgetCategory.CONFERENCES, "Konferenser");
    }

    private Organisation municipality(String name) throws Exception {
        Organisation organisation = F.createOrganisation();
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setName(name);
        return store.save(organisation);
    }

    private String project(Organisation municipality, String title, ProjectStatus status) throws Exception {
        LocalProject project = F.createLocalProject();
        project.setMunicipality(municipality);
        project.setTitle(title);
        project.setStatus(status);
        return store.save(project).getId();
    }
}
