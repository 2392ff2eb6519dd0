package se.samverka.meetings.ui.internal.groups;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the groups list and the group page, from the block {@code # groups} of {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class GroupMessages {
    public String groups_heading;
    public String groups_description;
    public String groups_new;
    public String groups_noun;
    public String groups_column_name;
    public String groups_column_kind;
    public String groups_column_members;
    public String group_new;
    public String group_about;
    public String group_members;
    public String group_former;
    public String group_saveFirst;
    public String group_column_person;
    public String group_column_organisation;
    public String group_column_role;
    public String group_column_from;
    public String group_column_to;
    public String group_add;
    public String group_addNew;
    public String group_end;
    public String group_changeRole;
    public String group_pickTitle;
    public String group_newPersonTitle;
    public String group_newPersonMessage;
    public String group_addTitle;
    public String group_addMessage;
    public String group_endTitle;
    public String group_endMessage;
    public String group_roleTitle;
    public String group_roleMessage;
    public String group_role;
    public String group_from;
    public String group_lastDay;
    public String group_badDate;
    public String group_added;
    public String group_ended;
    public String group_roleChanged;
    public String group_overlap;
    public String group_endsBeforeStart;
    public String group_alreadyEnded;
    public String group_notFound;
    public String group_failed;
    public String group_meetings;
    public String group_column_date;
    public String group_column_title;
    public String group_column_status;
    public String group_attendance;
    public String group_year;
    public String group_column_invited;
    public String group_column_present;
    public String group_column_absent;
    public String group_column_notRecorded;
    public String group_column_flag;
    public String group_flagged;
    public String group_attendanceLegend;
    public String group_noMeetings;
}
