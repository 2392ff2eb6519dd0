package se.samverka.meetings.ui.internal.planning;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of planning on the meeting page (tools, agenda) and of the series dialog, from the block
 * {@code # planning} of {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class PlanningMessages {
    public String planning_nextMeeting;
    public String planning_noNextMeeting;
    public String planning_saveFirst;
    public String planning_summary;
    public String planning_summaryNext;
    public String planning_summaryNone;
    public String planning_series_newDate;
    public String planning_agenda;
    public String planning_col_seq;
    public String planning_col_starts;
    public String planning_col_title;
    public String planning_col_presenter;
    public String planning_col_minutes;
    public String planning_add;
    public String planning_change;
    public String planning_remove;
    public String planning_up;
    public String planning_down;
    public String planning_moveToNext;
    public String planning_keysHint;
    public String planning_total;
    public String planning_totalOver;
    public String planning_totalNoLength;
    public String planning_edit;
    public String planning_itemTitle;
    public String planning_item_title;
    public String planning_item_description;
    public String planning_item_presenter;
    public String planning_item_minutes;
    public String planning_item_choose;
    public String planning_item_none;
    public String planning_item_pickTitle;
    public String planning_item_pickHint;
    public String planning_item_noTitle;
    public String planning_item_badMinutes;
    public String planning_moved;
    public String planning_noNext;
    public String planning_reached;
    public String planning_referenced;
    public String planning_notSaved;
    public String planning_failed;
    public String planning_series_menu;
    public String planning_series_tooltip;
    public String planning_series_title;
    public String planning_series_lead;
    public String planning_series_group;
    public String planning_series_name;
    public String planning_series_pattern;
    public String planning_series_starts;
    public String planning_series_ends;
    public String planning_series_place;
    public String planning_series_link;
    public String planning_series_dates;
    public String planning_series_datesHint;
    public String planning_series_date;
    public String planning_series_addDate;
    public String planning_series_preview;
    public String planning_series_make;
    public String planning_series_made;
    public String planning_series_badTime;
    public String planning_series_NO_GROUP;
    public String planning_series_NO_NAME;
    public String planning_series_NO_TIMES;
    public String planning_series_ENDS_BEFORE_START;
    public String planning_series_NO_DATES;
    public String planning_series_NOT_A_DATE;
    public String planning_series_DUPLICATE;
    public String planning_series_PAST;
    public String planning_series_TAKEN;
}
