package se.samverka.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.internal.probe.StoreProbe;
import se.samverka.store.internal.probe.StoreProbe.Counted;

/**
 * {@link LocalStore#sum} reads the items' table alone, without joining the records they are part of (a join Derby
 * does slowly: the project list's budget sums), and still leaves out what a join would: the items of deleted records,
 * of records whose group is empty (the programme's budgets, with no project), and items that do not match.
 */
class SumWithoutJoinTest {

    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;

    private LocalStore store;

    @BeforeEach
    void open() throws Exception {
        Path folder = StoreTestSupport.newFolder("sum");
        store = StoreTestSupport.stores().open(folder, "Brottsförebygg4nde!".toCharArray(), "anna.lindqvist");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void plannedExpensesPerProjectFromTheLinesTableAlone() throws Exception {
        LocalProject tierp = project("Trygg i Tierp");
        LocalProject heby = project("Nattvandring i Heby");
        store.save(budget(tierp, 2025, "100000", "20000.50"));
        store.save(budget(tierp, 2026, "30000"));
        store.save(budget(heby, 2025, "7000"));
        Budget gone = store.save(budget(heby, 2026, "900000"));
        store.delete(gone);
        store.save(budget(null, 2025, "540000"));

        Counted<Map<List<Object>, BigDecimal>> counted = StoreProbe.count(store, () -> store.sum(Budget.class,
                "lines", "plannedAmount", Map.of("kind", BudgetLineKind.EXPENSE), "project.id"));

        Map<List<Object>, BigDecimal> sums = new HashMap<>();
        counted.value().forEach((key, sum) -> sums.put(key, sum.stripTrailingZeros()));
        assertEquals(Map.of(List.of(tierp.getId()), new BigDecimal("150000.5"), List.of(heby.getId()),
                new BigDecimal("7E+3")), sums, "income, the deleted budget and the programme's left out");
        String summing = counted.sql().stream().filter(sql -> sql.toUpperCase().contains("SUM(")).findFirst()
                .orElseThrow(() -> new AssertionError("no sum in " + counted.sql()));
        assertTrue(summing.toUpperCase().matches(".*FROM\\s+(\\w+\\.)?BUDGET_LINE\\s+(WHERE|GROUP)\\s.*"),
                "the lines summed alone, no join: " + summing);
    }

    @Test
    void sumsOfOneYearsBudgetsReadOnlyThatYearsLines() throws Exception {
        LocalProject tierp = project("Trygg i Tierp");
        LocalProject heby = project("Nattvandring i Heby");
        Budget tierp2025 = store.save(budget(tierp, 2025, "100000", "20000.50"));
        store.save(budget(tierp, 2026, "30000"));
        Budget heby2025 = store.save(budget(heby, 2025, "7000"));
        Budget gone = store.save(budget(heby, 2025, "900000"));
        store.delete(gone);
        store.save(budget(null, 2025, "540000"));

        Counted<Map<List<Object>, Map<Object, List<BigDecimal>>>> counted = StoreProbe.count(store,
                () -> store.sums(Budget.class, Map.of("budgetYear", 2025), "lines", "kind",
                        List.of("plannedAmount", "actualAmount"), "project.id", "id"));

        Map<List<Object>, BigDecimal> expenses = new HashMap<>();
        counted.value().forEach((key, byKind) -> expenses.put(key,
                byKind.get(BudgetLineKind.EXPENSE).get(0).stripTrailingZeros()));
        assertEquals(Map.of(List.of(tierp.getId(), tierp2025.getId()), new BigDecimal("120000.5"),
                List.of(heby.getId(), heby2025.getId()), new BigDecimal("7E+3")), expenses,
                "2025 only; the deleted budget and the programme's left out");
        assertEquals(new BigDecimal("1E+6"), counted.value().get(List.of(tierp.getId(), tierp2025.getId()))
                .get(BudgetLineKind.INCOME).get(1).stripTrailingZeros(), "the actual income of Tierp's 2025");
        String summing = counted.sql().stream().filter(sql -> sql.toUpperCase().contains("SUM(")).findFirst()
                .orElseThrow(() -> new AssertionError("no sum in " + counted.sql()));
        assertTrue(summing.toUpperCase().matches(".*FROM\\s+(\\w+\\.)?BUDGET_LINE\\s+WHERE\\s.*\\bIN\\s*\\(SELECT.*"),
                "the lines of the year's budgets summed, not all lines: " + summing);
    }

    private LocalProject project(String title) throws Exception {
        Organisation municipality = MODEL.createOrganisation();
        municipality.setKind(OrganisationKind.MUNICIPALITY);
        municipality.setName(title.substring(title.lastIndexOf(' ') + 1) + " kommun");
        LocalProject project = MODEL.createLocalProject();
        project.setMunicipality(store.save(municipality));
        project.setTitle(title);
        return store.save(project);
    }

    /** A budget with an income line of 1 000 000 and expense lines of these planned amounts. */
    private static Budget budget(LocalProject project, int year, String... expenses) {
        Budget budget = MODEL.createBudget();
        budget.setProject(project);
        budget.setName("Budget " + year);
        budget.setBudgetYear(year);
        budget.getLines().add(line(BudgetLineKind.INCOME, BudgetCategory.GRANT, "1000000"));
        for (String planned : expenses) {
            budget.getLines().add(line(BudgetLineKind.EXPENSE, BudgetCategory.OTHER_EXPENSE, planned));
        }
        return budget;
    }

    private static BudgetLine line(BudgetLineKind kind, BudgetCategory category, String planned) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setSeq(1);
        line.setKind(kind);
        line.setCategory(category);
        line.setPlannedAmount(new BigDecimal(planned));
        line.setActualAmount(new BigDecimal(planned));
        return line;
    }
}
