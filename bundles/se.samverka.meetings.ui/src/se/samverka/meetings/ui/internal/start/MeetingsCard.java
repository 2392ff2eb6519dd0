package se.samverka.meetings.ui.internal.start;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingRow;
import se.samverka.meetings.MeetingService;
import se.samverka.meetings.MyActions;
import se.samverka.model.MeetingStatus;
import se.samverka.model.SamverkaPackage;
import se.samverka.ui.start.StartCard;

/**
 * The meetings plugin's card on the start page: the coming meetings of the viewer's groups (county staff, who are in
 * no group: every group's), soonest first, at most {@value #MEETINGS}; then the viewer's open action items, overdue
 * ones marked, each opening the meeting it was made at.
 */
@Component(service = StartCard.class)
public final class MeetingsCard implements StartCard {

    static final int MEETINGS = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private final MeetingService meetings;
    private final ActionItemService actions;
    private final java.time.Clock clock;

    @Activate
    public MeetingsCard(@Reference MeetingService meetings, @Reference ActionItemService actions) {
        this(meetings, actions, java.time.Clock.system(ZONE));
    }

    MeetingsCard(MeetingService meetings, ActionItemService actions, java.time.Clock clock) {
        this.meetings = meetings;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "meetings.coming";
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Content content(Viewer viewer) {
        ResourceBundle texts = ResourceBundle.getBundle(getClass().getPackageName() + ".messages", viewer.locale());
        DateTimeFormatter day = DateTimeFormatter.ofPattern(texts.getString("card.dateFormat"), viewer.locale());
        LocalDate today = LocalDate.now(clock);
        Set<String> groups = viewer.personId() == null ? null : actions.currentGroups(viewer.personId());
        String meetingType = SamverkaPackage.Literals.MEETING.getName();
        List<Row> rows = new ArrayList<>();
        meetings.rows().stream()
                .filter(m -> m.meetingDate() != null && !local(m.meetingDate()).isBefore(today))
                .filter(m -> m.status() != MeetingStatus.CANCELLED)
                .filter(m -> groups == null || groups.contains(m.group()))
                .sorted(Comparator.comparing(MeetingRow::meetingDate))
                .limit(MEETINGS)
                .forEach(m -> rows.add(new Row(Objects.toString(m.title(), ""),
                        MessageFormat.format(texts.getString(m.place() == null || m.place().isBlank()
                                ? "card.meetingNoPlace" : "card.meeting"), day.format(local(m.meetingDate())),
                                Objects.toString(m.group(), ""), Objects.toString(m.place(), "")),
                        Target.record(meetingType, m.id()))));
        MyActions mine = actions.myActions();
        for (MyActions.Row action : mine.rows()) {
            String due = action.dueDate() == null ? texts.getString("card.noDue")
                    : day.format(local(action.dueDate()));
            rows.add(new Row(MessageFormat.format(texts.getString(action.overdue() ? "card.overdue" : "card.action"),
                    Objects.toString(action.description(), "")),
                    MessageFormat.format(texts.getString("card.actionDetail"), due,
                            Objects.toString(action.meetingTitle(), "")),
                    Target.record(meetingType, action.meetingId())));
        }
        return new Content(texts.getString(groups == null ? "card.title" : "card.titleOwn"), rows,
                texts.getString("card.empty"));
    }

    private static LocalDate local(Date date) {
        return new Date(date.getTime()).toInstant().atZone(ZONE).toLocalDate();
    }
}
