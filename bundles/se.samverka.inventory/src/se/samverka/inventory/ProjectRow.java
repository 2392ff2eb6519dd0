package se.samverka.inventory;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import se.samverka.model.FocusArea;
import se.samverka.model.PreventionMethod;
import se.samverka.model.PreventionType;
import se.samverka.model.ProjectStatus;

/**
 * A local project as its list shows it, with its planned expenses over all its budgets ({@code null} without a
 * budget): read without loading the project and its budgets, so that the list of a large county opens at once.
 */
public record ProjectRow(String id, String municipality, String title, PreventionType preventionType,
        List<FocusArea> focusAreas, List<PreventionMethod> methods, ProjectStatus status, Date startsOn, Date endsOn,
        BigDecimal plannedExpenses) {
}
