package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.BudgetException;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.internal.budgets.BudgetServiceComponent;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;
import se.samverka.store.LocalStore;

/**
 * Budgets planned against actual, several years side by side, on a real encrypted laptop database: totals, the
 * result, actual against planned (also with nothing planned), quantity × amount per unit, and changes refused with a
 * message.
 */
class BudgetServiceTest {

    private static final RowKey STAKEHOLDERS = new RowKey(BudgetLineKind.INCOME,
            BudgetCategory.STAKEHOLDER_CONTRIBUTION, 0);
    private static final RowKey SALARY = new RowKey(BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, 0);
    private static final RowKey CONFERENCES = new RowKey(BudgetLineKind.EXPENSE, BudgetCategory.CONFERENCES, 0);

    private LocalStore store;
    private BudgetService budgets;
    private Locale before;
    private String projectId;

    @BeforeEach
    void open() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        store = TestStores.open("budgets");
        budgets = new BudgetServiceComponent(store);
        projectId = TestStores.project(store, "Heby kommun", "Trygg i Heby");
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(before);
    }

    /** Two years of a project's budget: stakeholders 30 × 30 000, salary and conferences. */
    private BudgetSheet twoYears() throws BudgetException {
        budgets.addYear(projectId, 2025);
        budgets.addRow(projectId, BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, "Huvudintressenter");
        budgets.addRow(projectId, BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, "Lön samordnare");
        budgets.addRow(projectId, BudgetLineKind.EXPENSE, BudgetCategory.CONFERENCES, "Konferenser");
        budgets.setUnits(projectId, STAKEHOLDERS, 2025, 30, new BigDecimal("30000"));
        budgets.setAmounts(projectId, SALARY, 2025, new BigDecimal("540000"), new BigDecimal("552000"));
        budgets.setAmounts(projectId, CONFERENCES, 2025, new BigDecimal("90000"), new BigDecimal("45000.50"));
        return budgets.addYear(projectId, 2026);
    }

    @Test
    void aNewYearTakesTheLinesAndPlannedAmountsOfTheYearBeforeWithoutActuals() throws Exception {
        BudgetSheet sheet = twoYears();

        assertEquals(List.of(2025, 2026), sheet.yearNumbers());
        assertEquals("Trygg i Heby", sheet.title());
        assertEquals(3, sheet.rows().size());
        assertEquals(List.of(STAKEHOLDERS), sheet.income().stream().map(r -> r.key()).toList());
        assertEquals(List.of(SALARY, CONFERENCES), sheet.expenses().stream().map(r -> r.key()).toList());
        assertAmount("900000", sheet.row(STAKEHOLDERS).cell(2026).planned());
        assertEquals(30, sheet.row(STAKEHOLDERS).cell(2026).quantity());
        assertNull(sheet.row(SALARY).cell(2026).actual());
        assertEquals("Budget 2026", sheet.year(2026).name());
    }

    @Test
    void totalsAndResultPerYearAndOverAllYears() throws Exception {
        BudgetSheet sheet = twoYears();
        sheet = budgets.setAmounts(projectId, STAKEHOLDERS, 2025, new BigDecimal("900000"), new BigDecimal("870000"));

        PlannedActual expenses2025 = sheet.total(BudgetLineKind.EXPENSE, 2025);
        assertAmount("630000", expenses2025.planned());
        assertAmount("597000.50", expenses2025.actual());
        assertAmount("-32999.50", expenses2025.difference());
        assertEquals(new BigDecimal("94.8"), expenses2025.percent(), "597 000,50 of 630 000");
        assertAmount("270000", sheet.result(2025).planned(), "900 000 − 630 000");
        assertAmount("272999.50", sheet.result(2025).actual(), "870 000 − 597 000,50");
        assertAmount("1260000", sheet.total(BudgetLineKind.EXPENSE).planned(), "both years");
        assertAmount("597000.50", sheet.total(BudgetLineKind.EXPENSE).actual(), "nothing spent in 2026 yet");
        assertAmount("540000", sheet.result().planned(), "1 800 000 − 1 260 000");
    }

    @Test
    void actualAgainstPlannedWithNothingPlannedHasNoPercentage() throws Exception {
        BudgetSheet sheet = twoYears();
        sheet = budgets.setAmounts(projectId, CONFERENCES, 2026, null, new BigDecimal("12000"));

        PlannedActual conferences = BudgetSheet.amounts(sheet.row(CONFERENCES), 2026);
        assertAmount("0", conferences.planned());
        assertNull(conferences.percent(), "12 000 kr spent of nothing planned is not a percentage");
        assertAmount("12000", conferences.difference());
        assertEquals(new BigDecimal("50.0"), BudgetSheet.amounts(sheet.row(CONFERENCES), 2025).percent());
    }

    @Test
    void quantityTimesAmountPerUnitIsKept() throws Exception {
        BudgetSheet sheet = twoYears();
        sheet = budgets.setUnits(projectId, STAKEHOLDERS, 2026, 35, new BigDecimal("30000"));
        assertAmount("1050000", sheet.row(STAKEHOLDERS).cell(2026).planned(), "35 × 30 000");

        BudgetException mismatch = assertThrows(BudgetException.class, () -> budgets.setAmounts(projectId,
                STAKEHOLDERS, 2026, new BigDecimal("1000000"), new BigDecimal("1050000")));
        assertEquals("Budgeterat 1\u00A0000\u00A0000\u00A0kr st\u00e4mmer inte med 35 \u00d7 30\u00A0000\u00A0kr = "
                + "1\u00A0050\u00A0000\u00A0kr. \u00c4ndra antalet eller beloppet per st.", mismatch.getMessage());
        assertAmount("1050000", budgets.budget(projectId).row(STAKEHOLDERS).cell(2026).planned(), "nothing written");

        sheet = budgets.setAmounts(projectId, STAKEHOLDERS, 2026, new BigDecimal("1050000"),
                new BigDecimal("1020000"));
        assertAmount("1020000", sheet.row(STAKEHOLDERS).cell(2026).actual(), "the actual amount is free");
        assertThrows(BudgetException.class, () -> budgets.setUnits(projectId, STAKEHOLDERS, 2026, 35, null));
        sheet = budgets.setUnits(projectId, STAKEHOLDERS, 2026, null, null);
        assertNull(sheet.row(STAKEHOLDERS).cell(2026).quantity());
        assertAmount("1050000", sheet.row(STAKEHOLDERS).cell(2026).planned(), "kept when the pricing goes");
    }

    @Test
    void badChangesAreRefusedWithAMessageAndWriteNothing() throws Exception {
        twoYears();
        BudgetException negative = assertThrows(BudgetException.class,
                () -> budgets.setAmounts(projectId, SALARY, 2025, new BigDecimal("-1"), null));
        assertTrue(negative.getMessage().contains("negativ"), negative.getMessage());
        assertAmount("540000", budgets.budget(projectId).row(SALARY).cell(2025).planned());
        BudgetException taken = assertThrows(BudgetException.class, () -> budgets.addYear(projectId, 2025));
        assertEquals("Budgeten har redan \u00e5ret 2025.", taken.getMessage());
        assertThrows(BudgetException.class, () -> budgets.addYear(projectId, 1999));
        assertThrows(BudgetException.class, () -> budgets.setAmounts(projectId, SALARY, 2031, BigDecimal.ONE, null));
        BudgetException wrongKind = assertThrows(BudgetException.class, () -> budgets.addRow(projectId,
                BudgetLineKind.INCOME, BudgetCategory.WEBSITE, "Webbplats"));
        assertTrue(wrongKind.getMessage().contains("Webbplats"), wrongKind.getMessage());
        assertEquals(3, budgets.budget(projectId).rows().size());
    }

    @Test
    void removingARowAndAYear() throws Exception {
        twoYears();
        BudgetSheet sheet = budgets.removeRow(projectId, CONFERENCES);
        assertEquals(List.of(STAKEHOLDERS, SALARY), sheet.rows().stream().map(r -> r.key()).toList());
        sheet = budgets.removeYear(projectId, 2025);
        assertEquals(List.of(2026), sheet.yearNumbers());
        assertEquals(1, store.findAll(Budget.class).size(), "the year's budget is a tombstone");
    }

    @Test
    void theProgrammeBudgetIsTheBudgetsWithoutAProject() throws Exception {
        twoYears();
        BudgetSheet programme = budgets.addYear(null, 2010);
        budgets.addRow(null, BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, "Huvudintressenter");
        programme = budgets.setUnits(null, STAKEHOLDERS, 2010, 30, new BigDecimal("30000"));
        assertEquals(List.of(2010), programme.yearNumbers());
        assertNull(programme.projectId());
        assertAmount("900000", programme.total(BudgetLineKind.INCOME, 2010).planned());
        assertEquals(List.of(2025, 2026), budgets.budget(projectId).yearNumbers(), "the project's own");
    }

    @Test
    void typingChangesTheTotalsBeforeAnythingIsSaved() throws Exception {
        BudgetSheet sheet = twoYears();
        BudgetSheet typed = sheet.with(SALARY, 2026, new BigDecimal("540000"), new BigDecimal("100000"));
        assertAmount("100000", typed.total(BudgetLineKind.EXPENSE, 2026).actual());
        assertAmount("0", sheet.total(BudgetLineKind.EXPENSE, 2026).actual(), "the sheet read stays as it was");
        assertAmount("0", budgets.budget(projectId).total(BudgetLineKind.EXPENSE, 2026).actual());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, "");
    }

    private static void assertAmount(String expected, BigDecimal actual, String message) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), message + ": " + actual);
    }
}
