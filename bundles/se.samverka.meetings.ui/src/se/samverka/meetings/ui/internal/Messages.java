package se.samverka.meetings.ui.internal;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the meetings plugin, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class Messages {
    public String list_heading;
    public String editor_new;
    public String list_description;
    public String list_new;
    public String list_noun;
    public String column_date;
    public String column_time;
    public String column_group;
    public String column_title;
    public String column_place;
    public String column_status;
    public String column_agenda;
    public String online;
    public String editor_when;
    public String editor_about;
    public String editor_tabMeeting;
    public String editor_tabInvitations;
    public String editor_tabMinutes;
    public String editor_minutes;
}
