package se.samverka.meetings.ui.internal;

import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.meetings.MeetingRow;
import se.samverka.meetings.MeetingService;
import se.samverka.model.Meeting;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The meetings area: every meeting of the county groups, oldest first, scrolled to the next one to come. */
public class MeetingsPart extends RecordListPart<MeetingRow> {

    @Inject
    private MeetingService service;
    @Inject
    @Translation
    private Messages messages;

    public MeetingsPart() {
        super(Meeting.class, "se.samverka.meetings.ui.editor");
    }

    @Override
    protected Page page() {
        return new Page("meetings.list", messages.list_heading, messages.list_description, messages.list_new,
                messages.list_noun);
    }

    @Override
    protected void addColumns(RecordTable<MeetingRow> table) {
        SimpleDateFormat day = new SimpleDateFormat(texts().date_pattern, locale());
        SimpleDateFormat time = new SimpleDateFormat(texts().time_pattern, locale());
        Comparator<MeetingRow> byDate = Comparator.comparing(MeetingRow::meetingDate,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        table.column(messages.column_date, 12, m -> format(day, m.meetingDate()), byDate)
                .column(messages.column_time, 13, m -> format(time, m.meetingDate())
                        + (m.endsAt() == null ? "" : "–" + format(time, m.endsAt())), byDate)
                .column(messages.column_group, 24, MeetingRow::group)
                .column(messages.column_title, 40, MeetingRow::title)
                .column(messages.column_place, 30, m -> m.place() != null ? m.place()
                        : m.onlineLink() != null ? messages.online : "")
                .column(messages.column_status, 16, m -> m.status() == null ? "" : Labels.of(m.status(), locale()),
                        Comparator.comparing(MeetingRow::status, Comparator.nullsFirst(Comparator.naturalOrder())))
                .column(messages.column_agenda, 8, m -> String.valueOf(m.agendaItems()),
                        Comparator.comparingInt(MeetingRow::agendaItems));
    }

    @Override
    protected String idOf(MeetingRow row) {
        return row.id();
    }

    @Override
    protected List<MeetingRow> read() {
        return service.rows();
    }

    @Override
    protected void firstShown() {
        // Oldest first, scrolled to the next meeting to come.
        Date now = new Date();
        table().shown().stream().filter(m -> m.meetingDate() != null && m.meetingDate().after(now)).findFirst()
                .ifPresent(table()::reveal);
    }

    private static String format(SimpleDateFormat format, Date date) {
        return date == null ? "" : format.format(date);
    }
}
