package se.samverka.meetings.ui.internal;

import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;

import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.meetings.MeetingService;
import se.samverka.model.Meeting;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The meetings area: every meeting of the county groups, newest first, filtered as you type. */
public class MeetingsPart extends RecordListPart<Meeting> {

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
    protected void addColumns(RecordTable<Meeting> table) {
        SimpleDateFormat day = new SimpleDateFormat(texts().date_pattern, locale());
        SimpleDateFormat time = new SimpleDateFormat(texts().time_pattern, locale());
        Comparator<Meeting> byDate = Comparator.comparing(Meeting::getMeetingDate,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        table.column(messages.column_date, 12, m -> format(day, m.getMeetingDate()), byDate)
                .column(messages.column_time, 13, m -> format(time, m.getMeetingDate())
                        + (m.getEndsAt() == null ? "" : "–" + format(time, m.getEndsAt())), byDate)
                .column(messages.column_group, 24, m -> m.getCooperationGroup() == null ? ""
                        : m.getCooperationGroup().getName())
                .column(messages.column_title, 40, Meeting::getTitle)
                .column(messages.column_place, 30, m -> m.getPlace() != null ? m.getPlace()
                        : m.getOnlineLink() != null ? messages.online : "")
                .column(messages.column_status, 16, m -> m.getStatus() == null ? ""
                        : Labels.of(m.getStatus(), locale()), Comparator.comparing(Meeting::getStatus))
                .column(messages.column_agenda, 8, m -> String.valueOf(m.getAgendaItems().size()),
                        Comparator.comparingInt(m -> m.getAgendaItems().size()));
    }

    @Override
    protected void reload() {
        table().setRecords(service.meetings());
        // Oldest first, scrolled to the next meeting to come.
        Date now = new Date();
        table().shown().stream().filter(m -> m.getMeetingDate() != null && m.getMeetingDate().after(now))
                .findFirst().ifPresent(table()::reveal);
    }

    private static String format(SimpleDateFormat format, Date date) {
        return date == null ? "" : format.format(date);
    }
}
