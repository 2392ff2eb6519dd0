package se.samverka.inventory.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.samverka.inventory.BudgetTotals;
import se.samverka.model.FocusArea;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.PreventionMethod;

/**
 * The county overview of a year, read in a few statements: each municipality the user sees with its records' state
 * by kind, its projects active in the year counted by focus area and by method, and the totals of its projects'
 * budgets for the year; and the county programme's budget for the year.
 *
 * @param year      the year
 * @param day       the day the states are judged on
 * @param rows      one per municipality, by name
 * @param programme the county programme's budget (the budgets without a project) in the year, as its budget page
 *                  shows it
 */
public record CountyOverview(int year, LocalDate day, List<Row> rows, BudgetTotals programme) {

    public CountyOverview {
        rows = List.copyOf(rows);
    }

    /** The totals of the projects' budgets of every municipality shown (the county total row). */
    public BudgetTotals budgetTotal() {
        BudgetTotals total = BudgetTotals.ZERO;
        for (Row row : rows) {
            total = total.plus(row.budget());
        }
        return total;
    }

    /** The active projects of every municipality shown, by focus area. */
    public Map<FocusArea, Integer> byFocusArea() {
        Map<FocusArea, Integer> total = new java.util.EnumMap<>(FocusArea.class);
        rows.forEach(row -> row.byFocusArea().forEach((value, n) -> total.merge(value, n, Integer::sum)));
        return total;
    }

    /** The active projects of every municipality shown, by method. */
    public Map<PreventionMethod, Integer> byMethod() {
        Map<PreventionMethod, Integer> total = new java.util.EnumMap<>(PreventionMethod.class);
        rows.forEach(row -> row.byMethod().forEach((value, n) -> total.merge(value, n, Integer::sum)));
        return total;
    }

    /**
     * One municipality's line of the overview.
     *
     * @param budget the totals of the budgets of the municipality's projects (every project, active or not) for the
     *               overview's year, as the projects' budget pages show that year
     */
    public record Row(String id, String name, Map<MunicipalRecordKind, RecordState> states, Severity severity,
            int activeProjects, Map<FocusArea, Integer> byFocusArea, Map<PreventionMethod, Integer> byMethod,
            BudgetTotals budget) {

        public Row {
            states = Map.copyOf(states);
            byFocusArea = Map.copyOf(byFocusArea);
            byMethod = Map.copyOf(byMethod);
        }

        public RecordState state(MunicipalRecordKind kind) {
            return states.get(kind);
        }
    }
}
