package se.samverka.meetings.ui.internal.groups;

import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.samverka.meetings.MeetingRow;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The group's meetings, past and coming, oldest first; a double-click opens one. Widget {@code group.meetings}. */
final class GroupMeetingsSection {

    private final RecordTable<MeetingRow> table;

    GroupMeetingsSection(Composite body, GroupMessages messages, CommonTexts texts, Locale locale,
            Consumer<MeetingRow> open) {
        Composite holder = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 200).applyTo(holder);
        table = new RecordTable<>(holder, "group.meetings", texts, locale);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        SimpleDateFormat day = new SimpleDateFormat(texts.date_pattern + " " + texts.time_pattern, locale);
        Comparator<MeetingRow> byDate = Comparator.comparing(MeetingRow::meetingDate,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        table.column(messages.group_column_date, 18, m -> format(day, m.meetingDate()), byDate)
                .column(messages.group_column_title, 40, MeetingRow::title)
                .column(messages.group_column_status, 18,
                        m -> m.status() == null ? "" : Labels.of(m.status(), locale),
                        Comparator.comparing(MeetingRow::status, Comparator.nullsFirst(Comparator.naturalOrder())))
                .onOpen(open);
    }

    /** Marks the table as being read ({@link RecordListPart#LOADING}), for the UI tests. */
    void loading(boolean reading) {
        if (!table.table().isDisposed()) {
            table.table().setData(RecordListPart.LOADING, reading ? Boolean.TRUE : null);
        }
    }

    void show(List<MeetingRow> meetings) {
        if (table.table().isDisposed()) {
            return;
        }
        table.setRecords(meetings);
        Date now = new Date();
        table.shown().stream().filter(m -> m.meetingDate() != null && m.meetingDate().after(now)).findFirst()
                .ifPresent(table::reveal);
    }

    private static String format(SimpleDateFormat format, Date date) {
        return date == null ? "" : format.format(date);
    }
}
