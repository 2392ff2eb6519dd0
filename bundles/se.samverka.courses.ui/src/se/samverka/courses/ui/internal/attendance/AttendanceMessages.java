package se.samverka.courses.ui.internal.attendance;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the attendance grid, from the {@code # attendance} block of {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class AttendanceMessages {
    public String attendance_open;
    public String attendance_openTooltip;
    public String attendance_openNew;
    public String attendance_partLabel;
    public String attendance_heading;
    public String attendance_columnName;
    public String attendance_columnOrganisation;
    public String attendance_columnMunicipality;
    public String attendance_columnDay;
    public String attendance_walkInSuffix;
    public String attendance_allPresent;
    public String attendance_allPresentTooltip;
    public String attendance_addWalkIn;
    public String attendance_newWalkIn;
    public String attendance_pickTitle;
    public String attendance_pickHint;
    public String attendance_newTitle;
    public String attendance_newMessage;
    public String attendance_keyPresent;
    public String attendance_keyLate;
    public String attendance_keyExcused;
    public String attendance_keyAbsent;
    public String attendance_legend;
    public String attendance_counts;
    public String attendance_noDays;
    public String attendance_noParticipants;
    public String attendance_saveFailed;
    public String attendance_walkInAdded;
    public String attendance_marked;
    public String attendance_notFound;
}
