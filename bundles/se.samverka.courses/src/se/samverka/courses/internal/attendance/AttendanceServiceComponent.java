package se.samverka.courses.internal.attendance;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.AttendanceService;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.model.SyncedObject;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/**
 * The attendance service on the local store. The grid is three batched reads (the offering with its days, its
 * enrolments with their people, the marks of those enrolments); a change of marks is one transaction.
 */
@Component(service = AttendanceService.class)
public final class AttendanceServiceComponent implements AttendanceService {

    private static final Set<EnrolmentStatus> SEATED = Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NO_SHOW);

    private final LocalStore store;

    @Activate
    public AttendanceServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public Grid grid(String offeringId) {
        Optional<CourseOffering> found = store.find(CourseOffering.class, offeringId);
        if (found.isEmpty()) {
            return new Grid(offeringId, "", List.of(), List.of(), Map.of());
        }
        CourseOffering offering = found.get();
        List<Day> days = offering.getSessionDays().stream()
                .sorted(Comparator.comparing(SessionDay::getSessionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(SessionDay::getSeq))
                .map(d -> new Day(d.getId(), d.getSeq(), d.getSessionDate(), d.getPlace())).toList();
        List<Enrolment> enrolments = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId).stream()
                .filter(AttendanceServiceComponent::takesPart).sorted(byName()).toList();
        List<Participant> participants = enrolments.stream().map(AttendanceServiceComponent::participant).toList();
        Map<Cell, AttendanceKind> marks = new HashMap<>();
        Map<Cell, Date> markedAt = new HashMap<>();
        for (AttendanceMark mark : marks(enrolments.stream().map(Enrolment::getId).toList())) {
            Cell cell = cell(mark);
            Date at = mark.getMarkedAt() == null ? new Date(0) : mark.getMarkedAt();
            // Two marks of one cell before a sync has merged them: the later one counts, as the server will say.
            if (!markedAt.containsKey(cell) || at.after(markedAt.get(cell))) {
                marks.put(cell, mark.getMark());
                markedAt.put(cell, at);
            }
        }
        return new Grid(offeringId, offering.getTitle() == null ? "" : offering.getTitle(), participants, days,
                Map.copyOf(marks));
    }

    @Override
    public Map<Cell, AttendanceKind> set(Map<Cell, AttendanceKind> wanted) throws StoreException {
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Set<String> enrolmentIds = new LinkedHashSet<>();
        wanted.keySet().forEach(cell -> enrolmentIds.add(cell.enrolmentId()));
        Map<Cell, List<AttendanceMark>> existing = new HashMap<>();
        for (AttendanceMark mark : marks(List.copyOf(enrolmentIds))) {
            existing.computeIfAbsent(cell(mark), c -> new ArrayList<>()).add(mark);
        }
        Map<String, Enrolment> enrolments = new HashMap<>();
        Map<Cell, AttendanceKind> before = new LinkedHashMap<>();
        List<SyncedObject> writes = new ArrayList<>();
        List<SyncedObject> deletes = new ArrayList<>();
        Date now = new Date();
        for (Map.Entry<Cell, AttendanceKind> entry : wanted.entrySet()) {
            Cell cell = entry.getKey();
            AttendanceKind kind = entry.getValue();
            List<AttendanceMark> marks = existing.getOrDefault(cell, List.of());
            AttendanceMark current = marks.stream().max(Comparator.comparing(
                    m -> m.getMarkedAt() == null ? new Date(0) : m.getMarkedAt())).orElse(null);
            AttendanceKind was = current == null ? null : current.getMark();
            if (was == kind && marks.size() <= 1) {
                continue;
            }
            before.put(cell, was);
            if (kind == null) {
                deletes.addAll(marks);
                continue;
            }
            if (current == null) {
                if (enrolments.isEmpty()) {
                    store.find(Enrolment.class, List.copyOf(enrolmentIds))
                            .forEach(e -> enrolments.put(e.getId(), e));
                }
                current = newMark(enrolments.get(cell.enrolmentId()), cell);
            }
            current.setMark(kind);
            current.setMarkedAt(now);
            writes.add(current);
            // A second mark of the same cell (made before a sync merged them) goes: one mark per participant and day.
            for (AttendanceMark other : marks) {
                if (other != current) {
                    deletes.add(other);
                }
            }
        }
        for (SyncedObject mark : deletes) {
            mark.setDeleted(true);
            writes.add(mark);
        }
        store.saveAll(writes);
        return before;
    }

    @Override
    public Map<Cell, AttendanceKind> markAll(String offeringId, String dayId, AttendanceKind kind)
            throws StoreException {
        Grid grid = grid(offeringId);
        Map<Cell, AttendanceKind> unmarked = new LinkedHashMap<>();
        for (Participant participant : grid.participants()) {
            Cell cell = new Cell(participant.enrolmentId(), dayId);
            if (!grid.marks().containsKey(cell)) {
                unmarked.put(cell, kind);
            }
        }
        return set(unmarked);
    }

    @Override
    public Participant addWalkIn(String offeringId, Person person) throws StoreException {
        CourseOffering offering = store.find(CourseOffering.class, offeringId)
                .orElseThrow(() -> new IllegalArgumentException("No offering " + offeringId));
        if (person.getId() != null) {
            for (Enrolment enrolment : store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId)) {
                if (person.getId().equals(enrolment.getPerson().getId()) && takesPart(enrolment)) {
                    return participant(enrolment);
                }
            }
        }
        Enrolment enrolment = SamverkaFactory.eINSTANCE.createEnrolment();
        enrolment.setOffering(offering);
        enrolment.setPerson(person);
        enrolment.setStatus(EnrolmentStatus.ENROLLED);
        enrolment.setWalkIn(true);
        Date now = new Date();
        enrolment.setRequestedAt(now);
        enrolment.setStatusChangedAt(now);
        List<SyncedObject> writes = new ArrayList<>();
        if (person.getId() == null) {
            writes.add(person);
        }
        writes.add(enrolment);
        List<SyncedObject> saved = store.saveAll(writes);
        return participant((Enrolment) saved.get(saved.size() - 1));
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
    public Person newPerson(String firstName, String lastName, Organisation organisation) {
        Person person = SamverkaFactory.eINSTANCE.createPerson();
        person.setFirstName(firstName == null ? null : firstName.strip());
        person.setLastName(lastName == null ? null : lastName.strip());
        person.setOrganisation(organisation);
        for (Organisation o = organisation; o != null; o = o.getParent()) {
            if (o.getKind() == OrganisationKind.MUNICIPALITY) {
                person.setMunicipality(o);
                break;
            }
        }
        return person;
    }

    /** Whether an enrolment is a row of the grid: it holds a seat, or is a walk-in who has not cancelled. */
    private static boolean takesPart(Enrolment enrolment) {
        return SEATED.contains(enrolment.getStatus());
    }

    private List<AttendanceMark> marks(List<String> enrolmentIds) {
        return enrolmentIds.isEmpty() ? List.of()
                : store.findBy(AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT, enrolmentIds);
    }

    private static Cell cell(AttendanceMark mark) {
        return new Cell(mark.getEnrolment().getId(), mark.getSessionDay().getId());
    }

    private static AttendanceMark newMark(Enrolment enrolment, Cell cell) {
        if (enrolment == null) {
            throw new IllegalArgumentException("No enrolment " + cell.enrolmentId());
        }
        SessionDay day = enrolment.getOffering().getSessionDays().stream()
                .filter(d -> d.getId().equals(cell.dayId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No session day " + cell.dayId()
                        + " in the offering of enrolment " + cell.enrolmentId()));
        AttendanceMark mark = SamverkaFactory.eINSTANCE.createAttendanceMark();
        mark.setEnrolment(enrolment);
        mark.setSessionDay(day);
        return mark;
    }

    private static Participant participant(Enrolment enrolment) {
        Person person = enrolment.getPerson();
        String name = (text(person.getFirstName()) + " " + text(person.getLastName())).strip();
        return new Participant(enrolment.getId(), person.getId(), name,
                person.getOrganisation() == null ? "" : text(person.getOrganisation().getName()),
                person.getMunicipality() == null ? "" : text(person.getMunicipality().getName()),
                enrolment.getStatus(), enrolment.isWalkIn());
    }

    private static Comparator<Enrolment> byName() {
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        return Comparator.<Enrolment, String>comparing(e -> text(e.getPerson().getLastName()), collator)
                .thenComparing(e -> text(e.getPerson().getFirstName()), collator);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
