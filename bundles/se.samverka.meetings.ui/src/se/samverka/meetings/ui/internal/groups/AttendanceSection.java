package se.samverka.meetings.ui.internal.groups;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.samverka.meetings.GroupService.Attendance;
import se.samverka.meetings.GroupService.Mark;
import se.samverka.meetings.GroupService.MemberAttendance;
import se.samverka.meetings.MeetingRow;
import se.samverka.ui.Widgets;
import se.samverka.ui.lists.RecordListPart;

/**
 * Each member's attendance at the group's meetings of a year: one column per meeting (✓ present, ✗ absent, – not
 * recorded, blank when not invited), the counts, and the flag for two absences in a row, in its own column and the
 * row marked. Widgets: {@code group.attendance.year} (the year chosen), {@code group.attendance} (the table).
 */
final class AttendanceSection {

    private final GroupMessages messages;
    private final Combo year;
    private final Table table;
    private final Label note;
    private final SimpleDateFormat day;
    private final Color flagged;
    private List<Integer> years = List.of();

    AttendanceSection(Composite body, GroupMessages messages, Locale locale, IntConsumer yearChosen) {
        this.messages = messages;
        this.day = new SimpleDateFormat("d/M", locale);
        this.flagged = new Color(body.getDisplay(), 0xFD, 0xEB, 0xD0);
        Composite row = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText(messages.group_year);
        year = Widgets.named(new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN), "group.attendance.year");
        note = Widgets.styled(new Label(row, SWT.WRAP), "secondary");
        note.setText(messages.group_attendanceLegend);
        GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(note);
        year.addListener(SWT.Selection, e -> {
            int index = year.getSelectionIndex();
            if (index >= 0 && index < years.size()) {
                yearChosen.accept(years.get(index));
            }
        });
        table = Widgets.named(new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL),
                "group.attendance");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.Dispose, e -> flagged.dispose());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 240).applyTo(table);
    }

    /** Offers the years the group has meetings in, and this year; {@code chosen} selected. */
    void years(List<MeetingRow> meetings, int chosen) {
        if (year.isDisposed()) {
            return;
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        all.add(LocalDate.now().getYear());
        all.add(chosen);
        for (MeetingRow m : meetings) {
            if (m.meetingDate() != null) {
                all.add(m.meetingDate().toInstant().atZone(java.time.ZoneId.systemDefault()).getYear());
            }
        }
        years = List.copyOf(all);
        year.removeAll();
        years.forEach(y -> year.add(String.valueOf(y)));
        year.select(years.indexOf(chosen));
    }

    /** Marks the table as being read ({@link RecordListPart#LOADING}), for the UI tests. */
    void loading(boolean reading) {
        if (!table.isDisposed()) {
            table.setData(RecordListPart.LOADING, reading ? Boolean.TRUE : null);
        }
    }

    void show(Attendance attendance) {
        if (table.isDisposed()) {
            return;
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            column(messages.group_column_person, 180, SWT.LEFT);
            for (MeetingRow meeting : attendance.meetings()) {
                TableColumn c = column(meeting.meetingDate() == null ? "" : day.format(meeting.meetingDate()), 52,
                        SWT.CENTER);
                c.setToolTipText(meeting.title());
            }
            column(messages.group_column_invited, 70, SWT.RIGHT);
            column(messages.group_column_present, 90, SWT.RIGHT);
            column(messages.group_column_absent, 90, SWT.RIGHT);
            column(messages.group_column_notRecorded, 110, SWT.RIGHT);
            column(messages.group_column_flag, 200, SWT.LEFT);
            for (MemberAttendance member : attendance.members()) {
                TableItem item = new TableItem(table, SWT.NONE);
                int i = 0;
                item.setText(i++, MembersSection.fullName(member.person()));
                for (Mark mark : member.marks()) {
                    item.setText(i++, switch (mark) {
                        case PRESENT -> "✓";
                        case ABSENT -> "✗";
                        case NOT_RECORDED -> "–";
                        case NOT_INVITED -> "";
                    });
                }
                item.setText(i++, String.valueOf(member.invited()));
                item.setText(i++, String.valueOf(member.present()));
                item.setText(i++, String.valueOf(member.absent()));
                item.setText(i++, String.valueOf(member.notRecorded()));
                item.setText(i, member.flagged() ? messages.group_flagged : "");
                if (member.flagged()) {
                    item.setBackground(flagged);
                }
            }
            if (attendance.meetings().isEmpty()) {
                note.setText(MessageFormat.format(messages.group_noMeetings, String.valueOf(attendance.year())));
            } else {
                note.setText(messages.group_attendanceLegend);
            }
        } finally {
            table.setRedraw(true);
        }
        note.getParent().layout(true, true);
    }

    private TableColumn column(String text, int width, int align) {
        TableColumn column = new TableColumn(table, align);
        column.setText(text);
        column.pack();
        column.setWidth(Math.max(width, column.getWidth()));
        return column;
    }
}
