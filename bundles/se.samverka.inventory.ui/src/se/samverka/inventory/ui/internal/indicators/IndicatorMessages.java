package se.samverka.inventory.ui.internal.indicators;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the project page's indicators, from the {@code # indicators} block of {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class IndicatorMessages {
    public String indicators_heading;
    public String indicators_lead;
    public String indicators_columnName;
    public String indicators_columnUnit;
    public String indicators_columnBaseline;
    public String indicators_columnPeriod;
    public String indicators_columnTarget;
    public String indicators_columnOutcome;
    public String indicators_columnDifference;
    public String indicators_columnReached;
    public String indicators_columnComment;
    public String indicators_newIndicator;
    public String indicators_newPeriod;
    public String indicators_add;
    public String indicators_remove;
    public String indicators_up;
    public String indicators_down;
    public String indicators_addPeriod;
    public String indicators_removePeriod;
    public String indicators_removeTitle;
    public String indicators_removeQuestion;
    public String indicators_removePeriodQuestion;
    public String indicators_periodsOf;
    public String indicators_noneChosen;
    public String indicators_unsaved;
    public String indicators_yes;
    public String indicators_no;
    public String indicators_change;
    public String indicators_changePeriod;
    public String indicators_saved;
}
