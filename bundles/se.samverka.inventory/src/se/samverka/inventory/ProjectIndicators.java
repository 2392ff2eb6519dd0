package se.samverka.inventory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import se.samverka.inventory.Amounts.InvalidAmountException;
import se.samverka.inventory.internal.budgets.BudgetTexts;

/**
 * A project's indicators as its page shows them, read in one go: each with its baseline and its periods, and per
 * period the target, the outcome, outcome − target and whether the target was reached.
 *
 * @param projectId      the project
 * @param projectVersion the project's version as read (it changes with every write of an indicator)
 * @param indicators     in the project's order
 */
public record ProjectIndicators(String projectId, long projectVersion, List<Indicator> indicators) {

    public ProjectIndicators {
        indicators = List.copyOf(indicators);
    }

    /**
     * An indicator.
     *
     * @param baseline the value before the project (utgångsläge), or {@code null}
     * @param periods  in order of their labels
     */
    public record Indicator(String id, String name, String unit, String description, BigDecimal baseline,
            List<Period> periods) {

        public Indicator {
            periods = List.copyOf(periods);
        }

        /**
         * True when a lower value is the aim: the target of the latest period with one lies below the baseline
         * (fewer reported burglaries). Otherwise a higher value is (more night walkers).
         */
        public boolean lowerIsBetter() {
            if (baseline == null) {
                return false;
            }
            for (Period period : periods.reversed()) {
                if (period.target() != null) {
                    return period.target().compareTo(baseline) < 0;
                }
            }
            return false;
        }

        /** Whether a period's target was reached: {@code null} while the target or the outcome is missing. */
        public Boolean reached(Period period) {
            if (period.target() == null || period.outcome() == null) {
                return null;
            }
            int compared = period.outcome().compareTo(period.target());
            return lowerIsBetter() ? compared <= 0 : compared >= 0;
        }

        /** The period with this id, or {@code null}. */
        public Period period(String periodId) {
            return periods.stream().filter(p -> p.id().equals(periodId)).findFirst().orElse(null);
        }
    }

    /** One period's target and outcome (either may be {@code null}) and a comment. */
    public record Period(String id, String label, BigDecimal target, BigDecimal outcome, String comment) {

        /** Outcome − target, or {@code null} while one of them is missing. */
        public BigDecimal difference() {
            return target == null || outcome == null ? null : outcome.subtract(target);
        }
    }

    /** The indicator with this id, or {@code null}. */
    public Indicator indicator(String indicatorId) {
        return indicators.stream().filter(i -> i.id().equals(indicatorId)).findFirst().orElse(null);
    }

    /** A number as shown on the page, the Swedish way ("1&nbsp;250,5"; {@link Amounts#number}); "" for none. */
    public static String format(BigDecimal number, Locale locale) {
        return Amounts.number(number, locale);
    }

    /**
     * A number as typed ({@link Amounts#parse}: "1 250", "1 250,5"); {@code null} for an empty text.
     *
     * @throws IndicatorException saying what to type, about {@code field}
     */
    public static BigDecimal parse(String text, Locale locale, IndicatorException.Field field)
            throws IndicatorException {
        try {
            return Amounts.parse(text, locale);
        } catch (InvalidAmountException e) {
            throw new IndicatorException(field, BudgetTexts.get(locale, "indicator.number", text.strip()), e);
        }
    }
}
