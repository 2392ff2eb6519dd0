package se.samverka.meetings.internal.groups;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.GroupService;
import se.samverka.meetings.MeetingRow;
import se.samverka.meetings.MembershipException;
import se.samverka.meetings.MembershipException.Reason;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Invitation;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SyncedObject;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The group service on the local store. */
@Component(service = GroupService.class)
public final class GroupServiceComponent implements GroupService {

    /** The order of roles on the group page: who leads first. */
    private static final List<MembershipRole> ROLE_ORDER = List.of(MembershipRole.CHAIR, MembershipRole.CONVENER,
            MembershipRole.SECRETARY, MembershipRole.MEMBER, MembershipRole.ADJUNCT);
    /** Meeting statuses at which attendance has been recorded. */
    private static final Set<MeetingStatus> HELD = Set.of(MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED);

    private final LocalStore store;

    @Activate
    public GroupServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public List<GroupRow> rows() {
        LocalDate today = LocalDate.now();
        Map<String, Integer> current = new HashMap<>();
        for (Object[] m : store.select(Membership.class, "cooperationGroup.id", "validFrom", "validTo")) {
            if (holds(day((Date) m[1]), day((Date) m[2]), today)) {
                current.merge((String) m[0], 1, Integer::sum);
            }
        }
        Collator collator = Collator.getInstance();
        return store.select(CooperationGroup.class, "id", "name", "kind").stream()
                .map(g -> new GroupRow((String) g[0], (String) g[1], (GroupKind) g[2],
                        current.getOrDefault((String) g[0], 0)))
                .sorted(Comparator.comparing(r -> r.name() == null ? "" : r.name(), collator)).toList();
    }

    @Override
    public Optional<CooperationGroup> group(String id) {
        return store.find(CooperationGroup.class, id);
    }

    @Override
    public CooperationGroup newGroup() {
        CooperationGroup group = SamverkaFactory.eINSTANCE.createCooperationGroup();
        group.setKind(GroupKind.WORKING_GROUP);
        return group;
    }

    @Override
    public CooperationGroup save(CooperationGroup group) throws StoreException {
        return store.save(group);
    }

    @Override
    public Optional<GroupPage> page(String groupId) {
        Optional<CooperationGroup> group = group(groupId);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now();
        List<Membership> all = memberships(groupId);
        List<Membership> current = all.stream().filter(m -> holds(m, today)).sorted(byRoleAndName()).toList();
        List<Membership> former = all.stream().filter(m -> !holds(m, today))
                .sorted(Comparator.comparing((Membership m) -> last(m), Comparator.reverseOrder())
                        .thenComparing(byRoleAndName()))
                .toList();
        List<MeetingRow> meetings = meetings(groupId).stream().map(GroupServiceComponent::row).toList();
        return Optional.of(new GroupPage(group.get(), current, former, meetings));
    }

    @Override
    public List<Membership> membersOn(String groupId, LocalDate day) {
        return memberships(groupId).stream().filter(m -> holds(m, day)).sorted(byRoleAndName()).toList();
    }

    @Override
    public Membership addMember(String groupId, Person person, MembershipRole role, LocalDate from)
            throws MembershipException {
        if (person == null || role == null || from == null) {
            throw new MembershipException(Reason.MISSING, "A member needs a person, a role and a first day");
        }
        CooperationGroup group = group(groupId)
                .orElseThrow(() -> new MembershipException(Reason.NOT_FOUND, groupId));
        if (person.getId() != null) {
            person = store.find(Person.class, person.getId())
                    .orElseThrow(() -> new MembershipException(Reason.NOT_FOUND, "person"));
            checkNoOverlap(memberships(groupId), person.getId(), from, null, null);
        }
        Membership membership = SamverkaFactory.eINSTANCE.createMembership();
        membership.setCooperationGroup(group);
        membership.setPerson(person);
        membership.setMemberRole(role);
        membership.setValidFrom(date(from));
        try {
            if (person.getId() == null) {
                List<SyncedObject> saved = store.saveAll(List.of(person, membership));
                return (Membership) saved.get(1);
            }
            return store.save(membership);
        } catch (StoreException e) {
            throw new MembershipException(e);
        }
    }

    @Override
    public Membership endMembership(String membershipId, LocalDate lastDay) throws MembershipException {
        if (lastDay == null) {
            throw new MembershipException(Reason.MISSING, "The last day is missing");
        }
        Membership membership = membership(membershipId);
        LocalDate first = day(membership.getValidFrom());
        if (first != null && lastDay.isBefore(first)) {
            throw new MembershipException(Reason.ENDS_BEFORE_START,
                    "The membership began on " + first + ", after " + lastDay);
        }
        LocalDate ended = day(membership.getValidTo());
        if (ended != null && ended.isBefore(lastDay)) {
            throw new MembershipException(Reason.ALREADY_ENDED, "The membership ended on " + ended);
        }
        membership.setValidTo(date(lastDay));
        try {
            return store.save(membership);
        } catch (StoreException e) {
            throw new MembershipException(e);
        }
    }

    @Override
    public Membership changeRole(String membershipId, MembershipRole role, LocalDate from)
            throws MembershipException {
        if (role == null || from == null) {
            throw new MembershipException(Reason.MISSING, "A role and a first day are needed");
        }
        Membership old = membership(membershipId);
        LocalDate first = day(old.getValidFrom());
        LocalDate last = day(old.getValidTo());
        if (first != null && from.isBefore(first)) {
            throw new MembershipException(Reason.ENDS_BEFORE_START,
                    "The membership began on " + first + ", after " + from);
        }
        if (last != null && last.isBefore(from)) {
            throw new MembershipException(Reason.ALREADY_ENDED, "The membership ended on " + last);
        }
        try {
            if (from.equals(first)) {
                old.setMemberRole(role);
                return store.save(old);
            }
            Membership next = SamverkaFactory.eINSTANCE.createMembership();
            next.setCooperationGroup(old.getCooperationGroup());
            next.setPerson(old.getPerson());
            next.setMemberRole(role);
            next.setValidFrom(date(from));
            next.setValidTo(old.getValidTo());
            old.setValidTo(date(from.minusDays(1)));
            List<Membership> saved = store.saveAll(List.of(old, next));
            return saved.get(1);
        } catch (StoreException e) {
            throw new MembershipException(e);
        }
    }

    @Override
    public List<Person> people() {
        return Directory.people(store);
    }

    @Override
    public List<Organisation> organisations() {
        return Directory.organisations(store);
    }

    @Override
    public Attendance attendance(String groupId, int year) {
        List<Meeting> meetings = meetings(groupId).stream()
                .filter(m -> m.getStatus() != MeetingStatus.CANCELLED && m.getMeetingDate() != null
                        && day(m.getMeetingDate()).getYear() == year)
                .toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            column.put(meetings.get(i).getId(), i);
        }
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Mark[]> marks = new HashMap<>();
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        for (Membership m : memberships(groupId)) {
            LocalDate first = day(m.getValidFrom());
            LocalDate last = day(m.getValidTo());
            if (m.getPerson() != null && (first == null || !first.isAfter(dec31))
                    && (last == null || !last.isBefore(jan1))) {
                people.putIfAbsent(m.getPerson().getId(), m.getPerson());
            }
        }
        List<Invitation> invitations = meetings.isEmpty() ? List.of()
                : store.findBy(Invitation.class, Literals.INVITATION__MEETING,
                        meetings.stream().map(Meeting::getId).toList());
        for (Invitation invitation : invitations) {
            if (invitation.isGuest() || invitation.getAgendaItem() != null || invitation.getPerson() == null) {
                continue;
            }
            Meeting meeting = invitation.getMeeting();
            Integer at = column.get(meeting.getId());
            if (at == null) {
                continue;
            }
            Person person = invitation.getPerson();
            people.putIfAbsent(person.getId(), person);
            Mark mark = invitation.isAttended() ? Mark.PRESENT
                    : HELD.contains(meeting.getStatus()) ? Mark.ABSENT : Mark.NOT_RECORDED;
            marks.computeIfAbsent(person.getId(), id -> newMarks(meetings.size()))[at] = mark;
        }
        Collator collator = Collator.getInstance();
        List<MemberAttendance> members = people.values().stream().sorted(byName(collator)).map(person -> {
            Mark[] row = marks.getOrDefault(person.getId(), newMarks(meetings.size()));
            int present = 0;
            int absent = 0;
            int notRecorded = 0;
            int run = 0;
            boolean flagged = false;
            for (Mark mark : row) {
                switch (mark) {
                    case PRESENT -> {
                        present++;
                        run = 0;
                    }
                    case ABSENT -> {
                        absent++;
                        flagged |= ++run >= 2;
                    }
                    case NOT_RECORDED -> notRecorded++;
                    case NOT_INVITED -> {
                        // Not invited: neither breaks nor extends a run of absences.
                    }
                }
            }
            return new MemberAttendance(person, List.of(row), present + absent + notRecorded, present, absent,
                    notRecorded, flagged);
        }).toList();
        return new Attendance(year, meetings.stream().map(GroupServiceComponent::row).toList(), members);
    }

    private static Mark[] newMarks(int size) {
        Mark[] marks = new Mark[size];
        java.util.Arrays.fill(marks, Mark.NOT_INVITED);
        return marks;
    }

    private List<Membership> memberships(String groupId) {
        return store.findBy(Membership.class, Literals.MEMBERSHIP__COOPERATION_GROUP, groupId);
    }

    private List<Meeting> meetings(String groupId) {
        return store.findBy(Meeting.class, Literals.MEETING__COOPERATION_GROUP, groupId).stream()
                .sorted(Comparator.comparing(Meeting::getMeetingDate,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private Membership membership(String id) throws MembershipException {
        return store.find(Membership.class, id).orElseThrow(() -> new MembershipException(Reason.NOT_FOUND, id));
    }

    /** Refuses a period of the person's membership that overlaps another of theirs in the group. */
    private static void checkNoOverlap(List<Membership> memberships, String personId, LocalDate from, LocalDate to,
            String except) throws MembershipException {
        for (Membership m : memberships) {
            if (m.getPerson() == null || !personId.equals(m.getPerson().getId()) || m.getId().equals(except)) {
                continue;
            }
            LocalDate first = day(m.getValidFrom());
            LocalDate last = day(m.getValidTo());
            boolean overlaps = (first == null || to == null || !first.isAfter(to))
                    && (last == null || !last.isBefore(from));
            if (overlaps) {
                throw new MembershipException(Reason.OVERLAP, "Already a member from " + first
                        + (last == null ? "" : " to " + last), m);
            }
        }
    }

    private static MeetingRow row(Meeting m) {
        return new MeetingRow(m.getId(), m.getMeetingDate(), m.getEndsAt(),
                m.getCooperationGroup() == null ? null : m.getCooperationGroup().getName(), m.getTitle(),
                m.getPlace(), m.getOnlineLink(), m.getStatus(), m.getAgendaItems().size());
    }

    private static Comparator<Membership> byRoleAndName() {
        Comparator<Person> byName = byName(Collator.getInstance());
        return Comparator.comparingInt((Membership m) -> m.getMemberRole() == null ? ROLE_ORDER.size()
                : ROLE_ORDER.indexOf(m.getMemberRole()))
                .thenComparing(Membership::getPerson, Comparator.nullsLast(byName));
    }

    private static Comparator<Person> byName(Collator collator) {
        return Comparator.comparing((Person p) -> p.getLastName() == null ? "" : p.getLastName(), collator)
                .thenComparing(p -> p.getFirstName() == null ? "" : p.getFirstName(), collator);
    }

    private static LocalDate last(Membership m) {
        LocalDate last = day(m.getValidTo());
        return last == null ? LocalDate.MAX : last;
    }

    private static boolean holds(Membership m, LocalDate day) {
        return holds(day(m.getValidFrom()), day(m.getValidTo()), day);
    }

    private static boolean holds(LocalDate first, LocalDate last, LocalDate day) {
        return (first == null || !first.isAfter(day)) && (last == null || !last.isBefore(day));
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
