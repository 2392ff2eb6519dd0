package se.samverka.meetings.internal.planning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.Agenda;
import se.samverka.meetings.MeetingPage;
import se.samverka.meetings.MeetingPlanning;
import se.samverka.meetings.MeetingRow;
import se.samverka.meetings.PlanningException;
import se.samverka.meetings.PlanningException.Reason;
import se.samverka.meetings.SeriesPlan;
import se.samverka.meetings.SeriesPreview;
import se.samverka.meetings.SeriesPreview.Kind;
import se.samverka.meetings.SeriesPreview.Planned;
import se.samverka.meetings.SeriesPreview.Problem;
import se.samverka.model.ActionItem;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The planning service on the local store. */
@Component(service = MeetingPlanning.class)
public final class MeetingPlanningComponent implements MeetingPlanning {

    private static final DateTimeFormatter LINE = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Titles and notes are the county's records, written in its language whatever the window's. */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.of("sv"));

    private final LocalStore store;
    private final Supplier<LocalDate> today;

    @Activate
    public MeetingPlanningComponent(@Reference LocalStore store) {
        this(store, LocalDate::now);
    }

    /** For tests: a planning service whose today is given. */
    public MeetingPlanningComponent(LocalStore store, Supplier<LocalDate> today) {
        this.store = store;
        this.today = today;
    }

    @Override
    public SeriesPreview preview(SeriesPlan plan) {
        List<Problem> problems = new ArrayList<>();
        Optional<CooperationGroup> group = plan.groupId() == null ? Optional.empty()
                : store.find(CooperationGroup.class, plan.groupId());
        if (group.isEmpty()) {
            problems.add(new Problem(Kind.NO_GROUP, null, null));
        }
        if (blank(plan.seriesName())) {
            problems.add(new Problem(Kind.NO_NAME, null, null));
        }
        if (plan.starts() == null || plan.ends() == null) {
            problems.add(new Problem(Kind.NO_TIMES, null, null));
        } else if (!plan.ends().isAfter(plan.starts())) {
            problems.add(new Problem(Kind.ENDS_BEFORE_START, null, null));
        }
        Set<LocalDate> taken = group.isEmpty() ? Set.of() : meetingDays(plan.groupId());
        Set<LocalDate> seen = new HashSet<>();
        List<LocalDate> dates = new ArrayList<>();
        for (String raw : plan.dateLines()) {
            String line = raw == null ? "" : raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(line, LINE);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(Kind.NOT_A_DATE, line, null));
                continue;
            }
            if (!seen.add(date)) {
                problems.add(new Problem(Kind.DUPLICATE, line, date));
            } else if (date.isBefore(today.get())) {
                problems.add(new Problem(Kind.PAST, line, date));
            } else if (taken.contains(date)) {
                problems.add(new Problem(Kind.TAKEN, line, date));
            } else {
                dates.add(date);
            }
        }
        if (seen.isEmpty() && problems.stream().noneMatch(p -> p.kind() == Kind.NOT_A_DATE)) {
            problems.add(new Problem(Kind.NO_DATES, null, null));
        }
        dates.sort(Comparator.naturalOrder());
        List<Planned> meetings = new ArrayList<>();
        for (LocalDate date : dates) {
            meetings.add(new Planned(meetings.size() + 1, date, title(plan, meetings.size() + 1, date)));
        }
        return new SeriesPreview(meetings, problems);
    }

    private static String title(SeriesPlan plan, int number, LocalDate date) {
        String pattern = blank(plan.titlePattern()) ? plan.seriesName() : plan.titlePattern().strip();
        if (pattern == null) {
            return "";
        }
        String written = WRITTEN.format(date);
        return pattern.replace("{nr}", String.valueOf(number)).replace("{n}", String.valueOf(number))
                .replace("{datum}", written).replace("{date}", written);
    }

    /** The days on which the group already has a meeting that is not cancelled. */
    private Set<LocalDate> meetingDays(String groupId) {
        Set<LocalDate> days = new HashSet<>();
        for (Object[] row : store.select(Meeting.class, "cooperationGroup.id", "meetingDate", "status")) {
            if (groupId.equals(row[0]) && row[1] != null && row[2] != MeetingStatus.CANCELLED) {
                days.add(day((Date) row[1]));
            }
        }
        return days;
    }

    @Override
    public List<Meeting> makeSeries(SeriesPlan plan) throws PlanningException {
        SeriesPreview preview = preview(plan);
        if (!preview.ok()) {
            throw new PlanningException(preview);
        }
        CooperationGroup group = store.find(CooperationGroup.class, plan.groupId()).orElseThrow();
        List<Meeting> meetings = new ArrayList<>();
        for (Planned planned : preview.meetings()) {
            Meeting meeting = SamverkaFactory.eINSTANCE.createMeeting();
            meeting.setCooperationGroup(group);
            meeting.setSeriesName(plan.seriesName().strip());
            meeting.setTitle(planned.title());
            meeting.setStatus(MeetingStatus.PLANNED);
            meeting.setMeetingDate(at(planned.date(), plan.starts()));
            meeting.setEndsAt(at(planned.date(), plan.ends()));
            meeting.setPlace(blank(plan.place()) ? null : plan.place().strip());
            meeting.setOnlineLink(blank(plan.onlineLink()) ? null : plan.onlineLink().strip());
            meetings.add(meeting);
        }
        try {
            return store.saveAll(meetings);
        } catch (StoreException e) {
            throw new PlanningException(e);
        }
    }

    @Override
    public Optional<Meeting> nextMeeting(String meetingId) {
        return nextId(meetingId).flatMap(id -> store.find(Meeting.class, id));
    }

    /** The next meeting's row: the series first, then the group (see {@link #nextMeeting}). */
    private Optional<MeetingRow> nextRow(String meetingId) {
        return nextMeeting(meetingId).map(m -> new MeetingRow(m.getId(), m.getMeetingDate(), m.getEndsAt(),
                m.getCooperationGroup() == null ? null : m.getCooperationGroup().getName(), m.getTitle(),
                m.getPlace(), m.getOnlineLink(), m.getStatus(), m.getAgendaItems().size()));
    }

    /** The next meeting's id: the series first, then the group (see {@link #nextMeeting}). */
    private Optional<String> nextId(String meetingId) {
        // Which meeting is next needs only the dates, groups, series and statuses of all meetings; the row shown is
        // read for that one meeting (the list's columns for every meeting, with each one's agenda counted, cost the
        // meeting page as much as a list).
        List<Object[]> rows = store.select(Meeting.class, "id", "meetingDate", "status", "cooperationGroup.id",
                "seriesName");
        Object[] self = rows.stream().filter(r -> meetingId.equals(r[0])).findFirst().orElse(null);
        if (self == null || self[1] == null) {
            return Optional.empty();
        }
        Date after = (Date) self[1];
        Comparator<Object[]> byDate = Comparator.comparing(r -> (Date) r[1]);
        List<Object[]> later = rows.stream()
                .filter(r -> r[1] != null && ((Date) r[1]).after(after) && r[2] != MeetingStatus.CANCELLED)
                .filter(r -> Objects.equals(r[3], self[3])).sorted(byDate).toList();
        Optional<Object[]> next = self[4] == null ? Optional.empty()
                : later.stream().filter(r -> self[4].equals(r[4])).findFirst();
        return next.or(() -> later.stream().findFirst()).map(r -> (String) r[0]);
    }

    @Override
    public Meeting moveToNextMeeting(String meetingId, String itemId) throws PlanningException {
        Meeting meeting = store.find(Meeting.class, meetingId)
                .orElseThrow(() -> new PlanningException(Reason.NOT_FOUND, meetingId));
        AgendaItem item = meeting.getAgendaItems().stream().filter(i -> itemId != null && itemId.equals(i.getId()))
                .findFirst().orElseThrow(() -> new PlanningException(Reason.NOT_FOUND, itemId));
        if (!item.getDecisions().isEmpty()) {
            throw new PlanningException(Reason.ITEM_REACHED, item.getTitle());
        }
        Meeting next = nextMeeting(meetingId)
                .orElseThrow(() -> new PlanningException(Reason.NO_NEXT_MEETING, meeting.getTitle()));
        // A new part of the next meeting (an id and version of its own), with what the item holds.
        AgendaItem moved = SamverkaFactory.eINSTANCE.createAgendaItem();
        moved.setTitle(item.getTitle());
        moved.setPresenter(item.getPresenter());
        moved.setDurationMinutes(item.getDurationMinutes());
        String note = "Flyttad hit från " + meeting.getTitle() + " den " + WRITTEN.format(day(meeting.getMeetingDate()))
                + ".";
        moved.setDescription(blank(item.getDescription()) ? note : item.getDescription().strip() + "\n\n" + note);
        Agenda.remove(meeting, item);
        Agenda.append(next, moved);
        try {
            return (Meeting) store.saveAll(List.of(meeting, next)).get(1);
        } catch (StoreException e) {
            throw new PlanningException(e);
        }
    }

    @Override
    public List<Person> people() {
        return store.findAll(Person.class);
    }

    @Override
    public Optional<MeetingPage> page(String meetingId) {
        Optional<Meeting> found = store.find(Meeting.class, meetingId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Meeting meeting = found.get();
        // The meeting's own invitations and action items, found by their meeting (an indexed reference): counting
        // every invitation of the county grouped by meeting and keeping one meeting's counts read the whole table.
        Map<InvitationResponse, Integer> replies = new EnumMap<>(InvitationResponse.class);
        List<Invitation> invited = store.findBy(Invitation.class, SamverkaPackage.Literals.INVITATION__MEETING,
                meetingId);
        int invitations = invited.size();
        for (Invitation invitation : invited) {
            if (invitation.getResponse() != null) {
                replies.merge(invitation.getResponse(), 1, Integer::sum);
            }
        }
        int actionItems = store.findBy(ActionItem.class, SamverkaPackage.Literals.ACTION_ITEM__MEETING, meetingId)
                .size();
        return Optional.of(new MeetingPage(meeting, Agenda.items(meeting), invitations, replies, actionItems,
                nextRow(meetingId).orElse(null)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Date at(LocalDate day, java.time.LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }
}
