package se.samverka.meetings.internal.actions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.meetings.MyActions;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;

/** The action item service on the local store. */
@Component(service = ActionItemService.class)
public final class ActionItemServiceComponent implements ActionItemService {

    /** The statuses of an item still to be done. */
    static final Set<ActionItemStatus> OPEN = EnumSet.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS);
    private static final Set<MeetingStatus> TO_BE_HELD = EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.INVITED);

    private final LocalStore store;
    private final java.time.Clock clock;

    @Activate
    public ActionItemServiceComponent(@Reference LocalStore store) {
        this(store, java.time.Clock.systemDefaultZone());
    }

    public ActionItemServiceComponent(LocalStore store, java.time.Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<ActionItem> actionItems(String meetingId) {
        Map<String, Integer> order = new HashMap<>();
        store.find(Meeting.class, meetingId).ifPresent(m -> {
            for (AgendaItem item : MeetingMinutes.agenda(m)) {
                order.put(item.getId(), order.size());
            }
        });
        return store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, meetingId).stream()
                .sorted(Comparator
                        .comparingInt((ActionItem a) -> a.getAgendaItem() == null ? Integer.MAX_VALUE
                                : order.getOrDefault(a.getAgendaItem().getId(), Integer.MAX_VALUE))
                        .thenComparing(ActionItem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> Objects.toString(a.getDescription(), "")))
                .toList();
    }

    @Override
    public ActionItem add(String meetingId, String agendaItemId, String what, Person owner, Date due)
            throws StoreException {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("An action item needs to say what is to be done");
        }
        Objects.requireNonNull(owner, "owner");
        Meeting meeting = meeting(meetingId);
        AgendaItem agendaItem = meeting.getAgendaItems().stream().filter(i -> i.getId().equals(agendaItemId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The agenda item is not the meeting's: " + agendaItemId));
        ActionItem item = SamverkaFactory.eINSTANCE.createActionItem();
        item.setMeeting(meeting);
        item.setAgendaItem(agendaItem);
        item.setDescription(what.strip());
        item.setOwner(owner);
        item.setDueDate(due);
        item.setStatus(ActionItemStatus.OPEN);
        ActionItem saved = store.save(item);
        refreshNext(meetingId);
        return saved;
    }

    @Override
    public ActionItem changeStatus(String actionItemId, ActionItemStatus status) throws StoreException {
        if (status == ActionItemStatus.DONE) {
            return close(actionItemId, Date.from(clock.instant()), null);
        }
        ActionItem item = actionItem(actionItemId);
        if (item.getStatus() == status) {
            return item;
        }
        item.setStatus(status);
        if (OPEN.contains(status)) {
            item.setCompletedAt(null);
        }
        ActionItem saved = store.save(item);
        refreshNext(item.getMeeting().getId());
        return saved;
    }

    @Override
    public ActionItem close(String actionItemId, Date when, String note) throws StoreException {
        if (when == null) {
            throw new IllegalArgumentException("Closing an action item needs the date it was done");
        }
        ActionItem item = actionItem(actionItemId);
        item.setStatus(ActionItemStatus.DONE);
        item.setCompletedAt(when);
        item.setFollowUpNote(note == null || note.isBlank() ? null : note.strip());
        ActionItem saved = store.save(item);
        refreshNext(item.getMeeting().getId());
        return saved;
    }

    @Override
    public List<ActionItem> openBefore(String meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getCooperationGroup() == null || meeting.getMeetingDate() == null) {
            return List.of();
        }
        String group = meeting.getCooperationGroup().getId();
        List<String> earlier = new ArrayList<>();
        for (Object[] row : store.select(Meeting.class, "id", "cooperationGroup.id", "meetingDate")) {
            if (group.equals(row[1]) && row[2] != null && ((Date) row[2]).before(meeting.getMeetingDate())) {
                earlier.add((String) row[0]);
            }
        }
        if (earlier.isEmpty()) {
            return List.of();
        }
        return store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, earlier).stream()
                .filter(a -> OPEN.contains(a.getStatus()))
                .sorted(Comparator.comparing(ActionItem::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> Objects.toString(a.getDescription(), "")))
                .toList();
    }

    @Override
    public boolean mayPlan() {
        SyncPort.User user = store.sync().user();
        return user == null || user.role() == se.samverka.model.sync.Role.COUNTY;
    }

    @Override
    public Optional<Meeting> rollOver(String meetingId) throws StoreException {
        if (!mayPlan()) {
            return Optional.empty();
        }
        Meeting meeting = meeting(meetingId);
        List<ActionItem> open = openBefore(meetingId);
        AgendaItem followUp = followUp(meeting);
        if (followUp == null && open.isEmpty()) {
            return Optional.empty();
        }
        String text = FollowUpText.of(open);
        boolean changed = false;
        if (followUp == null) {
            followUp = SamverkaFactory.eINSTANCE.createAgendaItem();
            followUp.setId(followUpId(meetingId));
            followUp.setTitle(FOLLOW_UP_TITLE);
            meeting.getAgendaItems().add(0, followUp);
            changed = true;
        }
        if (!text.equals(followUp.getDescription())) {
            followUp.setDescription(text);
            changed = true;
        }
        // First on the agenda, the others after it in their order.
        int seq = 1;
        for (AgendaItem item : withFollowUpFirst(meeting, followUp)) {
            if (item.getSeq() != seq) {
                item.setSeq(seq);
                changed = true;
            }
            seq++;
        }
        if (!changed) {
            return Optional.empty();
        }
        MeetingMinutes.renumber(meeting);
        return Optional.of(store.save(meeting));
    }

    @Override
    public Optional<String> nextMeeting(String meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getCooperationGroup() == null || meeting.getMeetingDate() == null) {
            return Optional.empty();
        }
        String group = meeting.getCooperationGroup().getId();
        String next = null;
        Date nextDate = null;
        for (Object[] row : store.select(Meeting.class, "id", "cooperationGroup.id", "meetingDate", "status")) {
            Date date = (Date) row[2];
            if (group.equals(row[1]) && date != null && date.after(meeting.getMeetingDate())
                    && TO_BE_HELD.contains(row[3]) && (nextDate == null || date.before(nextDate))) {
                next = (String) row[0];
                nextDate = date;
            }
        }
        return Optional.ofNullable(next);
    }

    @Override
    public Set<String> currentGroups(String personId) {
        Date now = Date.from(clock.instant());
        Set<String> names = new java.util.HashSet<>();
        for (Object[] r : store.select(se.samverka.model.Membership.class, "person.id", "cooperationGroup.name",
                "validFrom", "validTo")) {
            if (personId.equals(r[0]) && r[1] != null && (r[2] == null || !((Date) r[2]).after(now))
                    && (r[3] == null || !((Date) r[3]).before(now))) {
                names.add((String) r[1]);
            }
        }
        return names;
    }

    @Override
    public List<Person> people() {
        return store.findAll(Person.class);
    }

    @Override
    public MyActions myActions() {
        SyncPort.User user = store.sync().user();
        String personId = user == null ? null : user.personId();
        if (personId == null) {
            return new MyActions(null, List.of());
        }
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        Map<String, String> groups = new HashMap<>();
        for (Object[] row : store.select(Meeting.class, "id", "cooperationGroup.name")) {
            groups.put((String) row[0], (String) row[1]);
        }
        List<MyActions.Row> rows = new ArrayList<>();
        for (Object[] r : store.select(ActionItem.class, "id", "owner.id", "status", "description", "dueDate",
                "meeting.id", "meeting.title", "meeting.meetingDate")) {
            // A meeting that is deleted is not in the list of meetings: its items are not followed up.
            if (personId.equals(r[1]) && OPEN.contains(r[2]) && groups.containsKey(r[5])) {
                Date due = (Date) r[4];
                boolean overdue = due != null && new Date(due.getTime()).toInstant().atZone(zone).toLocalDate().isBefore(today);
                rows.add(new MyActions.Row((String) r[0], (String) r[3], due, (ActionItemStatus) r[2], overdue,
                        (String) r[5], (String) r[6], (Date) r[7], groups.get(r[5])));
            }
        }
        rows.sort(Comparator.comparing((MyActions.Row r) -> !r.overdue())
                .thenComparing(MyActions.Row::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> Objects.toString(r.description(), "")));
        return new MyActions(personId, rows);
    }

    /**
     * The id of a meeting's follow-up item, the same wherever it is made: when two laptops offline both make it (each
     * writing an action item at the meeting before), a sync merges the two as one item instead of keeping both.
     */
    static String followUpId(String meetingId) {
        return UUID.nameUUIDFromBytes(("samverka/follow-up/" + meetingId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The follow-up item of a meeting, or null. */
    static AgendaItem followUp(Meeting meeting) {
        return meeting.getAgendaItems().stream().filter(i -> FOLLOW_UP_TITLE.equals(i.getTitle())).findFirst()
                .orElse(null);
    }

    private static List<AgendaItem> withFollowUpFirst(Meeting meeting, AgendaItem followUp) {
        List<AgendaItem> items = new ArrayList<>(MeetingMinutes.agenda(meeting));
        items.remove(followUp);
        items.add(0, followUp);
        return items;
    }

    /** Refreshes the follow-up item of the meeting where this meeting's items are followed up, if there is one. */
    private void refreshNext(String meetingId) throws StoreException {
        Optional<String> next = nextMeeting(meetingId);
        if (next.isPresent()) {
            rollOver(next.get());
        }
    }

    private Meeting meeting(String id) {
        return store.find(Meeting.class, id)
                .orElseThrow(() -> new IllegalArgumentException("No such meeting: " + id));
    }

    private ActionItem actionItem(String id) {
        return store.find(ActionItem.class, id)
                .orElseThrow(() -> new IllegalArgumentException("No such action item: " + id));
    }
}
