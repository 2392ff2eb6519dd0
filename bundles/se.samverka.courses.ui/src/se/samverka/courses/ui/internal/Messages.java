package se.samverka.courses.ui.internal;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the courses plugin, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class Messages {
    public String list_heading;
    public String editor_new;
    public String list_description;
    public String list_new;
    public String list_noun;
    public String column_course;
    public String column_title;
    public String column_start;
    public String column_venue;
    public String column_seats;
    public String column_waitlist;
    public String column_deadline;
    public String column_status;
    public String seats;
    public String editor_about;
    public String editor_where;
    public String editor_sessionDays;
}
