package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.BudgetService;
import se.samverka.inventory.IndicatorException;
import se.samverka.inventory.IndicatorException.Field;
import se.samverka.inventory.IndicatorService;
import se.samverka.inventory.ProjectBudgetYears;
import se.samverka.inventory.ProjectIndicators;
import se.samverka.inventory.ProjectIndicators.Indicator;
import se.samverka.inventory.ProjectIndicators.Period;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.internal.budgets.BudgetServiceComponent;
import se.samverka.inventory.internal.indicators.IndicatorServiceComponent;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.LocalProject;
import se.samverka.store.LocalStore;

/**
 * A project's indicators with target and outcome per period, on a real encrypted laptop database: each rule at its
 * edge (name, period label forms, unique periods, counts not below zero), a refused change writes nothing, order and
 * removal, outcome − target and whether the target was reached; and the project page's budget per year, read through
 * the budget service.
 */
class IndicatorServiceTest {

    private LocalStore store;
    private IndicatorService service;
    private Locale before;
    private String projectId;

    @BeforeEach
    void open() throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("sv-SE"));
        store = TestStores.open("indicators");
        service = new IndicatorServiceComponent(store);
        projectId = TestStores.project(store, "Tierps kommun", "Trygg i Tierp");
    }

    @AfterEach
    void close() {
        store.close();
        Locale.setDefault(before);
    }

    private Indicator burglaries() throws IndicatorException {
        ProjectIndicators after = service.addIndicator(projectId, "  Anmälda inbrott ", "antal",
                "Polisens statistik", new BigDecimal("40"));
        return after.indicators().get(after.indicators().size() - 1);
    }

    @Test
    void anIndicatorWithPeriodsIsStoredInOrderWithDifferenceAndWhetherReached() throws Exception {
        Indicator indicator = burglaries();
        assertEquals("Anmälda inbrott", indicator.name());
        service.addPeriod(projectId, indicator.id(), "2025", new BigDecimal("30"), new BigDecimal("33"), "Nära");
        service.addPeriod(projectId, indicator.id(), "2024-h2", new BigDecimal("36"), new BigDecimal("35.5"), null);
        service.addPeriod(projectId, indicator.id(), "2026", new BigDecimal("25"), null, null);

        // read again from the database, not from what the commands returned
        Indicator read = new IndicatorServiceComponent(store).indicators(projectId).indicator(indicator.id());
        assertEquals(List.of("2024-H2", "2025", "2026"), read.periods().stream().map(Period::label).toList());
        Period h2 = read.periods().get(0);
        Period y2025 = read.periods().get(1);
        Period y2026 = read.periods().get(2);
        assertEquals(0, new BigDecimal("-0.5").compareTo(h2.difference()));
        assertEquals(0, new BigDecimal("3").compareTo(y2025.difference()));
        assertEquals("Nära", y2025.comment());
        // fewer burglaries is the aim (targets below the baseline 40): 35,5 against 36 reached, 33 against 30 not
        assertTrue(read.lowerIsBetter());
        assertEquals(Boolean.TRUE, read.reached(h2));
        assertEquals(Boolean.FALSE, read.reached(y2025));
        assertNull(read.reached(y2026));
        assertNull(y2026.difference());
        assertEquals(0, new BigDecimal("40").compareTo(read.baseline()));
    }

    @Test
    void moreIsBetterWhenTheTargetLiesAboveTheBaselineAndReachedAtExactlyTheTarget() throws Exception {
        Indicator walkers = service.addIndicator(projectId, "Nattvandrare per helg", "antal", null,
                new BigDecimal("10")).indicators().get(0);
        service.addPeriod(projectId, walkers.id(), "2025-Q1", new BigDecimal("15"), new BigDecimal("15"), null);
        Indicator read = service.addPeriod(projectId, walkers.id(), "2025-Q2", new BigDecimal("15"),
                new BigDecimal("14.99"), null).indicator(walkers.id());
        assertFalse(read.lowerIsBetter());
        assertEquals(Boolean.TRUE, read.reached(read.periods().get(0)));
        assertEquals(Boolean.FALSE, read.reached(read.periods().get(1)));
    }

    @Test
    void aNameIsRequired() throws Exception {
        IndicatorException blank = assertThrows(IndicatorException.class,
                () -> service.addIndicator(projectId, "   ", "antal", null, null));
        assertEquals(Field.NAME, blank.field());
        assertEquals("Ange indikatorns namn.", blank.getMessage());
        Indicator indicator = burglaries();
        IndicatorException renamed = assertThrows(IndicatorException.class,
                () -> service.editIndicator(projectId, indicator.id(), null, "antal", null, null));
        assertEquals(Field.NAME, renamed.field());
        assertEquals("Anmälda inbrott", service.indicators(projectId).indicators().get(0).name());
        // one character is a name
        assertEquals("X", service.editIndicator(projectId, indicator.id(), "X", "antal", null, null).indicators()
                .get(0).name());
    }

    @Test
    void everyPeriodFormIsTakenAndABadLabelIsRefusedSayingTheFormsAndNothingIsWritten() throws Exception {
        Indicator indicator = burglaries();
        for (String label : List.of("2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q4", "2024-T1", "2024-T3")) {
            service.addPeriod(projectId, indicator.id(), label, BigDecimal.ONE, null, null);
        }
        long version = store.find(LocalProject.class, projectId).orElseThrow().getVersion();
        int changes = store.changes().size();
        for (String bad : List.of("24", "2024-H3", "2024-Q5", "2024-T4", "2024-Q0", "2024H1", "2024-01", "våren 2024",
                "12024")) {
            IndicatorException e = assertThrows(IndicatorException.class,
                    () -> service.addPeriod(projectId, indicator.id(), bad, BigDecimal.TEN, null, "ny"), bad);
            assertEquals(Field.PERIOD, e.field());
            assertEquals("\u201d" + bad + "\u201d är ingen period. Skriv ett år (2024), ett halvår (2024-H1), "
                    + "ett kvartal (2024-Q3) eller ett tertial (2024-T2).", e.getMessage());
        }
        IndicatorException empty = assertThrows(IndicatorException.class,
                () -> service.addPeriod(projectId, indicator.id(), " ", BigDecimal.TEN, null, null));
        assertTrue(empty.getMessage().startsWith("Ange perioden"), empty.getMessage());
        assertEquals(version, store.find(LocalProject.class, projectId).orElseThrow().getVersion());
        assertEquals(changes, store.changes().size());
        assertEquals(7, service.indicators(projectId).indicator(indicator.id()).periods().size());
    }

    @Test
    void aPeriodIsUniqueWithinItsIndicatorButNotAcrossIndicators() throws Exception {
        Indicator burglaries = burglaries();
        Period first = service.addPeriod(projectId, burglaries.id(), "2025-H1", BigDecimal.ONE, null, null)
                .indicator(burglaries.id()).periods().get(0);
        IndicatorException taken = assertThrows(IndicatorException.class,
                () -> service.addPeriod(projectId, burglaries.id(), "2025-h1", BigDecimal.TEN, null, null));
        assertEquals(Field.PERIOD, taken.field());
        assertEquals("Indikatorn \u201dAnmälda inbrott\u201d har redan perioden 2025-H1.", taken.getMessage());
        // editing a period keeps its own label
        service.editPeriod(projectId, burglaries.id(), first.id(), "2025-H1", new BigDecimal("2"), null, null);
        // another indicator may have the same period
        Indicator other = service.addIndicator(projectId, "Trygghet", "procent", null, null).indicators().get(1);
        service.addPeriod(projectId, other.id(), "2025-H1", new BigDecimal("70"), null, null);
        // renaming a second period to the first's label is refused too
        Period second = service.addPeriod(projectId, burglaries.id(), "2025-H2", BigDecimal.ONE, null, null)
                .indicator(burglaries.id()).periods().get(1);
        assertThrows(IndicatorException.class, () -> service.editPeriod(projectId, burglaries.id(), second.id(),
                "2025-H1", BigDecimal.ONE, null, null));
        assertEquals(List.of("2025-H1", "2025-H2"), service.indicators(projectId).indicator(burglaries.id())
                .periods().stream().map(Period::label).toList());
    }

    @Test
    void countsAreNotBelowZeroButZeroIsAndOtherUnitsMayBe() throws Exception {
        IndicatorException baseline = assertThrows(IndicatorException.class,
                () -> service.addIndicator(projectId, "Inbrott", " Antal ", null, new BigDecimal("-1")));
        assertEquals(Field.BASELINE, baseline.field());
        assertEquals("Ett antal kan inte vara mindre än noll.", baseline.getMessage());
        Indicator indicator = burglaries();
        assertEquals(Field.TARGET, assertThrows(IndicatorException.class, () -> service.addPeriod(projectId,
                indicator.id(), "2025", new BigDecimal("-0.01"), null, null)).field());
        assertEquals(Field.OUTCOME, assertThrows(IndicatorException.class, () -> service.addPeriod(projectId,
                indicator.id(), "2025", null, new BigDecimal("-3"), null)).field());
        Period zero = service.addPeriod(projectId, indicator.id(), "2025", BigDecimal.ZERO, BigDecimal.ZERO, null)
                .indicator(indicator.id()).periods().get(0);
        assertEquals(0, BigDecimal.ZERO.compareTo(zero.target()));
        // a change of unit to "antal" is refused while a period holds a negative number in another unit
        Indicator change = service.addIndicator(projectId, "Förändring", "procentenheter", null,
                new BigDecimal("-2")).indicators().get(1);
        service.addPeriod(projectId, change.id(), "2025", new BigDecimal("-5"), new BigDecimal("-4"), null);
        assertThrows(IndicatorException.class,
                () -> service.editIndicator(projectId, change.id(), "Förändring", "antal", null, null));
        assertEquals("procentenheter", service.indicators(projectId).indicator(change.id()).unit());
    }

    @Test
    void indicatorsAreReorderedAndRemovedWithTheirPeriods() throws Exception {
        Indicator a = burglaries();
        Indicator b = service.addIndicator(projectId, "Trygghet", "procent", null, null).indicators().get(1);
        Indicator c = service.addIndicator(projectId, "Nattvandringar", "antal", null, null).indicators().get(2);
        service.addPeriod(projectId, b.id(), "2025", BigDecimal.ONE, null, null);
        assertEquals(List.of(c.id(), a.id(), b.id()), ids(service.moveIndicator(projectId, c.id(), 0)));
        assertEquals(List.of(a.id(), b.id(), c.id()), ids(service.moveIndicator(projectId, c.id(), 99)));
        ProjectIndicators after = service.removeIndicator(projectId, b.id());
        assertEquals(List.of(a.id(), c.id()), ids(after));
        assertEquals(List.of(a.id(), c.id()), ids(new IndicatorServiceComponent(store).indicators(projectId)));
        Period p = service.addPeriod(projectId, a.id(), "2025", BigDecimal.ONE, null, null).indicator(a.id())
                .periods().get(0);
        assertTrue(service.removePeriod(projectId, a.id(), p.id()).indicator(a.id()).periods().isEmpty());
    }

    @Test
    void numbersAreTypedAndShownTheSwedishWay() throws Exception {
        Locale sv = Locale.forLanguageTag("sv-SE");
        assertEquals(0, new BigDecimal("1250.5").compareTo(ProjectIndicators.parse("1 250,5", sv, Field.TARGET)));
        assertEquals("1\u00a0250,50", ProjectIndicators.format(new BigDecimal("1250.5"), sv));
        assertNull(ProjectIndicators.parse("  ", sv, Field.TARGET));
        IndicatorException bad = assertThrows(IndicatorException.class,
                () -> ProjectIndicators.parse("tolv", sv, Field.OUTCOME));
        assertEquals(Field.OUTCOME, bad.field());
        assertEquals("\u201dtolv\u201d är inget tal. Skriv siffror med decimalkomma, t.ex. 1 250 eller 12,5.",
                bad.getMessage());
    }

    @Test
    void theBudgetPerYearIsTheBudgetSheetsTotals() throws Exception {
        BudgetService budgets = new BudgetServiceComponent(store);
        RowKey salary = new RowKey(BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, 0);
        RowKey grant = new RowKey(BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, 0);
        budgets.addYear(projectId, 2025);
        budgets.addRow(projectId, BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, "Bidrag");
        budgets.addRow(projectId, BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, "Lön");
        budgets.setAmounts(projectId, grant, 2025, new BigDecimal("1050000"), new BigDecimal("1000000"));
        budgets.setAmounts(projectId, salary, 2025, new BigDecimal("900000"), new BigDecimal("1012500.50"));
        budgets.addYear(projectId, 2026);

        ProjectBudgetYears years = ProjectBudgetYears.of(budgets.budget(projectId));
        assertEquals(List.of(2025, 2026), years.years().stream().map(ProjectBudgetYears.YearTotals::year).toList());
        ProjectBudgetYears.YearTotals y2025 = years.years().get(0);
        assertEquals(0, new BigDecimal("1050000").compareTo(y2025.income().planned()));
        assertEquals(0, new BigDecimal("1012500.50").compareTo(y2025.expenses().actual()));
        assertEquals(0, new BigDecimal("150000").compareTo(y2025.result().planned()));
        assertEquals(0, new BigDecimal("-12500.50").compareTo(y2025.result().actual()));
        // 2026 takes the planned amounts, no actuals
        assertEquals(0, new BigDecimal("300000").compareTo(years.total().result().planned()));
        assertEquals(0, new BigDecimal("-12500.50").compareTo(years.total().result().actual()));
        assertTrue(ProjectBudgetYears.of(new BudgetServiceComponent(store).budget(null)).isEmpty());
    }

    private static List<String> ids(ProjectIndicators indicators) {
        return indicators.indicators().stream().map(Indicator::id).toList();
    }
}
