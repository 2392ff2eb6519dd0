package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;

/**
 * Makes Uppsala county's support to municipalities of 2020 (issue 13, support): support for a local resource offered
 * to Älvkarleby, Östhammar, Tierp and Heby (Östhammar and Heby applied and were granted), support for deeper
 * development offered to Enköping, Uppsala, Knivsta and Håbo (Enköping and Knivsta applied and were granted). Both
 * rounds are paid from the expense line "Stöd till kommuner" of the county programme's budget 2020 (a budget
 * without a project, made here: the programme budget of the demo otherwise covers 2010–2012).
 */
final class SupportMaker {

    static final int YEAR = 2020;
    static final String LOCAL_RESOURCE = "Stöd till lokal resurs";
    static final String DEEPER_DEVELOPMENT = "Stöd till fördjupat utvecklingsarbete";

    /** Municipality, amount offered, amount applied for (0: not applied), amount granted. */
    private static final Object[][] LOCAL = {
        { "Älvkarleby kommun", 100_000, 0, 0 },
        { "Östhammars kommun", 150_000, 150_000, 150_000 },
        { "Tierps kommun", 150_000, 0, 0 },
        { "Heby kommun", 100_000, 100_000, 100_000 } };
    private static final Object[][] DEEPER = {
        { "Enköpings kommun", 250_000, 250_000, 250_000 },
        { "Uppsala kommun", 300_000, 0, 0 },
        { "Knivsta kommun", 200_000, 200_000, 175_000 },
        { "Håbo kommun", 200_000, 0, 0 } };

    private final Builder county;

    SupportMaker(Builder county) {
        this.county = county;
    }

    void make() {
        BudgetLine line = programmeBudget();
        round(LOCAL_RESOURCE, line, LOCAL, LocalDate.of(YEAR, 2, 3), LocalDate.of(YEAR, 3, 16),
                LocalDate.of(YEAR, 4, 14), "Stöd till en lokal samordnare eller resurs för det brottsförebyggande "
                        + "arbetet, högst 50 procent av kostnaden.");
        round(DEEPER_DEVELOPMENT, line, DEEPER, LocalDate.of(YEAR, 2, 3), LocalDate.of(YEAR, 3, 20),
                LocalDate.of(YEAR, 4, 14), "Stöd till fördjupad lägesbild och åtgärdsplan enligt EST-modellen.");
    }

    private BudgetLine programmeBudget() {
        int offered = total(LOCAL, 1) + total(DEEPER, 1);
        int granted = total(LOCAL, 3) + total(DEEPER, 3);
        Budget budget = MODEL.createBudget();
        budget.setName(ProgrammeBudgetMaker.NAME + " " + YEAR);
        budget.setBudgetYear(YEAR);
        BudgetLine income = line(budget, BudgetLineKind.INCOME, BudgetCategory.GRANT,
                "Länsstyrelsens anslag för brottsförebyggande arbete", offered, offered);
        BudgetLine support = line(budget, BudgetLineKind.EXPENSE, BudgetCategory.OTHER_EXPENSE,
                "Stöd till kommuner", offered, granted);
        county.data.budgets.add(county.add(budget));
        return support;
    }

    private static int total(Object[][] rows, int column) {
        int sum = 0;
        for (Object[] row : rows) {
            sum += (int) row[column];
        }
        return sum;
    }

    /** A line of the programme budget as {@link ProgrammeBudgetMaker} makes them, with its own actual amount. */
    private static BudgetLine line(Budget budget, BudgetLineKind kind, BudgetCategory category, String description,
            int planned, int actual) {
        BudgetLine line = ProgrammeBudgetMaker.line(budget, kind, category, description, planned);
        line.setActualAmount(BigDecimal.valueOf(actual));
        return line;
    }

    private void round(String title, BudgetLine line, Object[][] offers, LocalDate offeredOn, LocalDate appliedOn,
            LocalDate decidedOn, String note) {
        SupportRound round = MODEL.createSupportRound();
        round.setTitle(title);
        round.setSupportYear(YEAR);
        round.setBudgetLine(line);
        round.setNote(note + " Erbjudet " + offeredOn + ".");
        county.data.supportRounds.add(county.add(round));
        for (Object[] offer : offers) {
            MunicipalSupport support = MODEL.createMunicipalSupport();
            support.setRound(round);
            support.setMunicipality(county.municipalityOrgs.entrySet().stream()
                    .filter(e -> e.getKey().name().equals(offer[0])).findFirst().orElseThrow().getValue());
            support.setAmountOffered(BigDecimal.valueOf((int) offer[1]));
            if ((int) offer[2] > 0) {
                support.setAppliedOn(Builder.date(appliedOn));
                support.setAmountApplied(BigDecimal.valueOf((int) offer[2]));
                support.setDecidedOn(Builder.date(decidedOn));
                support.setAmountGranted(BigDecimal.valueOf((int) offer[3]));
                support.setStatus(SupportStatus.GRANTED);
            } else {
                support.setStatus(SupportStatus.WITHDRAWN);
            }
            county.data.supports.add(county.add(support));
        }
    }
}
