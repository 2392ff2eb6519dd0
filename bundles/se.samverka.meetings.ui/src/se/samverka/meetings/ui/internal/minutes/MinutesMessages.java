package se.samverka.meetings.ui.internal.minutes;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of the minutes section, from the block {@code # minutes} of {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class MinutesMessages {
    public String minutes_heading;
    public String minutes_noAgenda;
    public String minutes_item;
    public String minutes_general;
    public String minutes_minutes;
    public String minutes_decisions;
    public String minutes_decision;
    public String minutes_addDecision;
    public String minutes_removeDecision;
    public String minutes_decisionTitle;
    public String minutes_decisionPrompt;
    public String minutes_actions;
    public String minutes_action;
    public String minutes_noDue;
    public String minutes_addAction;
    public String minutes_saveFirst;
    public String minutes_actionTitle;
    public String minutes_actionWhat;
    public String minutes_actionOwner;
    public String minutes_actionPickOwner;
    public String minutes_actionDue;
    public String minutes_pickTitle;
    public String minutes_pickHint;
    public String minutes_badDate;
    public String minutes_needWhat;
    public String minutes_needOwner;
    public String minutes_followUp;
    public String minutes_followUpNone;
    public String minutes_close;
    public String minutes_closeTitle;
    public String minutes_closeWhen;
    public String minutes_closeNote;
    public String minutes_overdue;
    public String minutes_undoMinutes;
    public String minutes_undoDecision;
    public String minutes_failed;
    public String mine_heading;
    public String mine_description;
    public String mine_noPerson;
    public String mine_counts;
    public String mine_column_due;
    public String mine_column_overdue;
    public String mine_column_what;
    public String mine_column_status;
    public String mine_column_meeting;
    public String mine_column_group;
}
