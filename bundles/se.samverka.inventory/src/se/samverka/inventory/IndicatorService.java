package se.samverka.inventory;

import java.math.BigDecimal;

/**
 * A project's indicators (name, unit, description, baseline) and, per period, their target and outcome with a
 * comment: what the project page's "Indikatorer" section shows and edits. Every command checks the change, writes
 * the project in one transaction and returns its indicators as read afterwards ({@link ProjectIndicators}); a
 * refused change writes nothing. An OSGi service, available once the user has signed in; messages are in the
 * language of {@link java.util.Locale#getDefault()}.
 * <p>
 * Rules: a name is required; a period label is a year or a part of one ("2024", "2024-H1", "2024-Q3", "2024-T2"),
 * unique within its indicator; for the unit "antal" no number (baseline, target, outcome) is below zero.
 */
public interface IndicatorService {

    /** The project's indicators in order; none for a project that has none. */
    ProjectIndicators indicators(String projectId) throws IndicatorException;

    /** Adds an indicator at the end. */
    ProjectIndicators addIndicator(String projectId, String name, String unit, String description,
            BigDecimal baseline) throws IndicatorException;

    /** Changes an indicator's name, unit, description and baseline (all of them, as given). */
    ProjectIndicators editIndicator(String projectId, String indicatorId, String name, String unit,
            String description, BigDecimal baseline) throws IndicatorException;

    /** Moves an indicator to {@code index} (from 0; beyond the end: last). */
    ProjectIndicators moveIndicator(String projectId, String indicatorId, int index) throws IndicatorException;

    /** Removes an indicator with its periods. */
    ProjectIndicators removeIndicator(String projectId, String indicatorId) throws IndicatorException;

    /** Adds a period's target and outcome (either may be {@code null}) with a comment; periods stay in order. */
    ProjectIndicators addPeriod(String projectId, String indicatorId, String label, BigDecimal target,
            BigDecimal outcome, String comment) throws IndicatorException;

    /** Changes a period's label, target, outcome and comment (all of them, as given). */
    ProjectIndicators editPeriod(String projectId, String indicatorId, String periodId, String label,
            BigDecimal target, BigDecimal outcome, String comment) throws IndicatorException;

    /** Removes a period. */
    ProjectIndicators removePeriod(String projectId, String indicatorId, String periodId) throws IndicatorException;
}
