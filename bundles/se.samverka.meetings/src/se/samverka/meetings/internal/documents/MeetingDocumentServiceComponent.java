package se.samverka.meetings.internal.documents;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.MeetingDocumentService;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.meetings.documents.MeetingContent;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.Invitation;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;

/** The meeting documents' content read from the local store. */
@Component(service = MeetingDocumentService.class)
public final class MeetingDocumentServiceComponent implements MeetingDocumentService {

    /** The action item statuses that count as open: the kallelse lists them. */
    static final Set<ActionItemStatus> OPEN = EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS);

    /** Who sends the invitation, in order of preference. */
    private static final List<MembershipRole> ORGANIZERS = List.of(MembershipRole.CONVENER, MembershipRole.SECRETARY,
            MembershipRole.CHAIR);

    private final LocalStore store;
    private final ZoneId zone;

    @Activate
    public MeetingDocumentServiceComponent(@Reference LocalStore store) {
        this(store, ZoneId.systemDefault());
    }

    /**
     * @param zone the zone the documents give times in: the window's (the system's, Europe/Stockholm on the county's
     *             laptops), so that the kallelse says what the meeting page says; the calendar file converts to
     *             Europe/Stockholm itself
     */
    public MeetingDocumentServiceComponent(LocalStore store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    @Override
    public MeetingContent content(String meetingId) {
        Meeting meeting = meeting(meetingId);
        return contents(List.of(meeting)).get(0);
    }

    @Override
    public List<MeetingContent> series(String meetingId) {
        Meeting meeting = meeting(meetingId);
        String series = meeting.getSeriesName();
        if (series == null || series.isBlank() || meeting.getCooperationGroup() == null) {
            return contents(List.of(meeting));
        }
        List<Meeting> meetings = store
                .findBy(Meeting.class, Literals.MEETING__COOPERATION_GROUP, meeting.getCooperationGroup().getId())
                .stream().filter(m -> series.strip().equals(m.getSeriesName() == null ? "" : m.getSeriesName().strip()))
                .filter(m -> m.getMeetingDate() != null)
                .sorted(Comparator.comparing(Meeting::getMeetingDate)).toList();
        return contents(meetings);
    }

    @Override
    public String calendarDomain() {
        Map<String, Long> domains = store.findAll(Person.class).stream()
                .filter(p -> p.getOrganisation() != null && p.getOrganisation().getKind() == OrganisationKind.COUNTY_BOARD)
                .map(Person::getEmail).filter(Objects::nonNull).map(String::strip)
                .filter(e -> e.indexOf('@') > 0).map(e -> e.substring(e.indexOf('@') + 1).toLowerCase(Locale.ROOT))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return domains.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
                        .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("samverka.invalid");
    }

    private Meeting meeting(String meetingId) {
        return store.find(Meeting.class, meetingId)
                .orElseThrow(() -> new IllegalArgumentException("No meeting " + meetingId));
    }

    /** The contents of meetings (all of one group when more than one), reading each kind of record once. */
    private List<MeetingContent> contents(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return List.of();
        }
        List<String> ids = meetings.stream().map(Meeting::getId).toList();
        Map<String, List<Invitation>> invitations = store
                .findBy(Invitation.class, Literals.INVITATION__MEETING, ids).stream()
                .filter(i -> i.getMeeting() != null && i.getPerson() != null)
                .collect(Collectors.groupingBy(i -> i.getMeeting().getId()));
        Map<String, List<Membership>> memberships = new HashMap<>();
        Map<String, List<ActionItem>> groupActions = new HashMap<>();
        for (Meeting meeting : meetings) {
            if (meeting.getCooperationGroup() != null) {
                String group = meeting.getCooperationGroup().getId();
                memberships.computeIfAbsent(group,
                        g -> store.findBy(Membership.class, Literals.MEMBERSHIP__COOPERATION_GROUP, g));
                groupActions.computeIfAbsent(group, this::actionsOfGroup);
            }
        }
        List<ActionItem> madeHere = store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, ids);
        Person user = user();
        List<MeetingContent> contents = new ArrayList<>();
        for (Meeting meeting : meetings) {
            String group = meeting.getCooperationGroup() == null ? null : meeting.getCooperationGroup().getId();
            contents.add(content(meeting, invitations.getOrDefault(meeting.getId(), List.of()),
                    group == null ? List.of() : memberships.get(group),
                    madeHere.stream().filter(a -> a.getMeeting() != null && meeting.getId().equals(a.getMeeting().getId()))
                            .toList(),
                    group == null ? List.of() : groupActions.get(group), user));
        }
        return contents;
    }

    /** The action items of all the group's meetings. */
    private List<ActionItem> actionsOfGroup(String groupId) {
        List<String> meetingIds = store.select(Meeting.class, "id", "cooperationGroup.id").stream()
                .filter(r -> groupId.equals(r[1])).map(r -> (String) r[0]).toList();
        return meetingIds.isEmpty() ? List.of() : store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, meetingIds);
    }

    private MeetingContent content(Meeting meeting, List<Invitation> invitations, List<Membership> memberships,
            List<ActionItem> madeHere, List<ActionItem> ofGroup, Person user) {
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        ZonedDateTime start = zoned(meeting.getMeetingDate());
        if (start == null) {
            throw new IllegalArgumentException("The meeting has no date");
        }
        Date day = meeting.getMeetingDate();
        List<Membership> current = memberships.stream().filter(ms -> ms.getPerson() != null)
                .filter(ms -> ms.getValidFrom() == null || !ms.getValidFrom().after(day))
                .filter(ms -> ms.getValidTo() == null || !ms.getValidTo().before(truncated(day))).toList();
        Map<String, MembershipRole> roles = new HashMap<>();
        for (Membership ms : current) {
            roles.merge(ms.getPerson().getId(), ms.getMemberRole() == null ? MembershipRole.MEMBER : ms.getMemberRole(),
                    (a, b) -> rank(a) <= rank(b) ? a : b);
        }

        List<AgendaItem> items = meeting.getAgendaItems().stream()
                .sorted(Comparator.comparingInt(AgendaItem::getSeq)).toList();
        List<MeetingContent.Item> agenda = new ArrayList<>();
        int decisionNumber = 0;
        LocalTime at = start.toLocalTime();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            List<MeetingContent.Decision> decisions = new ArrayList<>();
            for (var decision : item.getDecisions().stream()
                    .sorted(Comparator.comparingInt(se.samverka.model.Decision::getSeq)).toList()) {
                decisions.add(new MeetingContent.Decision(++decisionNumber, decision.getText()));
            }
            List<MeetingContent.Action> actions = madeHere.stream()
                    .filter(a -> a.getAgendaItem() != null && item.getId() != null
                            && item.getId().equals(a.getAgendaItem().getId()))
                    .sorted(byDue()).map(this::action).toList();
            agenda.add(new MeetingContent.Item(i + 1, item.getTitle(), item.getDescription(), name(item.getPresenter()),
                    item.getDurationMinutes(), at, decisions, actions, MeetingMinutes.minutes(meeting, item)));
            at = at == null || item.getDurationMinutes() <= 0 ? null : at.plusMinutes(item.getDurationMinutes());
        }
        // Action items made at the meeting but about no agenda item: after the last item.
        List<MeetingContent.Action> loose = madeHere.stream().filter(a -> a.getAgendaItem() == null
                || items.stream().noneMatch(it -> Objects.equals(it.getId(), a.getAgendaItem().getId())))
                .sorted(byDue()).map(this::action).toList();
        if (!loose.isEmpty()) {
            if (agenda.isEmpty()) {
                agenda.add(new MeetingContent.Item(1, "", "", "", 0, null, List.of(), loose, ""));
            } else {
                MeetingContent.Item last = agenda.remove(agenda.size() - 1);
                List<MeetingContent.Action> all = new ArrayList<>(last.actions());
                all.addAll(loose);
                agenda.add(new MeetingContent.Item(last.number(), last.title(), last.description(), last.presenter(),
                        last.minutesOfTime(), last.startsAt(), last.decisions(), all, last.minutes()));
            }
        }

        List<MeetingContent.Invitee> invitees = invitations.stream()
                .sorted(Comparator.comparing((Invitation inv) -> nz(inv.getPerson().getLastName()), collator)
                        .thenComparing(inv -> nz(inv.getPerson().getFirstName()), collator))
                .map(inv -> new MeetingContent.Invitee(person(inv.getPerson()),
                        inv.isGuest() ? null : roles.get(inv.getPerson().getId()),
                        inv.isGuest() && inv.getAgendaItem() != null ? inv.getAgendaItem().getTitle() : "",
                        inv.getResponse(), inv.getResponseNote(), attended(inv, meeting)))
                .toList();

        Person organizer = ORGANIZERS.stream()
                .flatMap(role -> current.stream().filter(ms -> ms.getMemberRole() == role).map(Membership::getPerson)
                        .filter(p -> p.getEmail() != null && !p.getEmail().isBlank())
                        .sorted(Comparator.comparing(p -> nz(p.getLastName()), collator)))
                .findFirst().orElse(user);

        // What the group owes when the meeting starts: the open items of its earlier meetings.
        List<MeetingContent.Action> open = ofGroup.stream().filter(a -> OPEN.contains(a.getStatus()))
                .filter(a -> a.getMeeting() != null && a.getMeeting().getMeetingDate() != null
                        && a.getMeeting().getMeetingDate().before(meeting.getMeetingDate()))
                .sorted(byDue()).map(this::action).toList();

        return new MeetingContent(meeting.getId(), meeting.getVersion(),
                meeting.getCooperationGroup() == null ? "" : meeting.getCooperationGroup().getName(),
                meeting.getTitle(), start, zoned(meeting.getEndsAt()), meeting.getPlace(), meeting.getOnlineLink(),
                meeting.getStatus() == MeetingStatus.CANCELLED, MeetingMinutes.general(meeting), agenda, invitees,
                organizer == null ? null : person(organizer), open);
    }

    /** Whether the invitee was there: recorded once the meeting is held, unknown before. */
    private static Boolean attended(Invitation invitation, Meeting meeting) {
        boolean held = meeting.getStatus() == MeetingStatus.HELD || meeting.getStatus() == MeetingStatus.MINUTES_APPROVED;
        if (held) {
            return Boolean.valueOf(invitation.isAttended());
        }
        return invitation.isAttended() ? Boolean.TRUE : null;
    }

    private MeetingContent.Action action(ActionItem a) {
        return new MeetingContent.Action(a.getDescription(), name(a.getOwner()), date(a.getDueDate()),
                a.getStatus() == null ? null : a.getStatus().name());
    }

    private static Comparator<ActionItem> byDue() {
        return Comparator.comparing(ActionItem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(a -> nz(a.getDescription()));
    }

    private static int rank(MembershipRole role) {
        return switch (role) {
            case CHAIR -> 0;
            case SECRETARY -> 1;
            case CONVENER -> 2;
            case MEMBER -> 3;
            case ADJUNCT -> 4;
        };
    }

    private Person user() {
        SyncPort.User user = store.sync().user();
        return user == null || user.personId() == null ? null : store.find(Person.class, user.personId()).orElse(null);
    }

    private static MeetingContent.Person person(Person p) {
        Organisation organisation = p.getOrganisation();
        return new MeetingContent.Person(name(p), organisation == null ? "" : organisation.getName(), p.getEmail());
    }

    private static String name(Person p) {
        return p == null ? "" : (nz(p.getFirstName()) + " " + nz(p.getLastName())).strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    private ZonedDateTime zoned(Date date) {
        return date == null ? null : date.toInstant().atZone(zone);
    }

    private LocalDate date(Date date) {
        return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
    }

    private Date truncated(Date date) {
        return Date.from(date.toInstant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant());
    }
}
