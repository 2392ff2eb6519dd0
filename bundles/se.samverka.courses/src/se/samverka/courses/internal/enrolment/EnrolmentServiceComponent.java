package se.samverka.courses.internal.enrolment;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.EnrolmentException;
import se.samverka.courses.EnrolmentException.Reason;
import se.samverka.courses.EnrolmentService;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.EnrolmentTransitions;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;

/** The enrolment service on the local store: each step reads what it needs and writes in one transaction. */
@Component(service = EnrolmentService.class)
public final class EnrolmentServiceComponent implements EnrolmentService {

    /** The statuses that hold a seat (as the county server counts them). */
    static final Set<EnrolmentStatus> SEATED = EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NO_SHOW);
    /** How far ahead a copied offering is put: half a year in whole weeks, so weekdays stay. */
    static final int COPY_WEEKS = 26;

    private final LocalStore store;

    @Activate
    public EnrolmentServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public Optional<OfferingPage> page(String offeringId) {
        Optional<CourseOffering> offering = store.find(CourseOffering.class, offeringId);
        if (offering.isEmpty()) {
            return Optional.empty();
        }
        List<Enrolment> enrolments = enrolments(offeringId);
        Set<String> flagged = flagged(enrolments.stream().map(e -> e.getPerson().getId()).toList());
        Map<String, Set<String>> unsent = store.sync()
                .unsentFields(enrolments.stream().map(Enrolment::getId).toList());
        String status = Literals.ENROLMENT__STATUS.getName();
        Collator collator = Collator.getInstance();
        Comparator<Enrolment> byName = Comparator.comparing(e -> name(e.getPerson()), collator);
        List<Participant> participants = enrolments.stream()
                .sorted(Comparator.comparingInt(EnrolmentServiceComponent::group)
                        .thenComparing(e -> e.getStatus() == EnrolmentStatus.WAITLISTED ? position(e) : 0)
                        .thenComparing(byName))
                .map(e -> new Participant(e,
                        e.getStatus() == EnrolmentStatus.ENROLLED
                                && unsent.getOrDefault(e.getId(), Set.of()).contains(status),
                        flagged.contains(e.getPerson().getId())))
                .toList();
        return Optional.of(new OfferingPage(offering.get(), participants,
                enrolments.stream().filter(e -> SEATED.contains(e.getStatus())).count(),
                enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED).count()));
    }

    @Override
    public Enroller enroller() {
        SyncPort.User user = store.sync().user();
        return user == null ? Enroller.COUNTY : new Enroller(user.role(), user.municipalityId());
    }

    @Override
    public Reason refusal(String offeringId, Person person, Enroller by) {
        if (!by.mayEnrol(person) || !enroller().mayEnrol(person)) {
            return Reason.OTHER_MUNICIPALITY;
        }
        if (person.getId() != null && enrolments(offeringId).stream().anyMatch(
                e -> e.getPerson().getId().equals(person.getId()) && e.getStatus() != EnrolmentStatus.CANCELLED)) {
            return Reason.ALREADY_ENROLLED;
        }
        return null;
    }

    @Override
    public boolean pastDeadline(CourseOffering offering) {
        Date deadline = offering.getEnrolmentDeadline();
        return deadline != null && deadline.toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
                .isBefore(LocalDate.now());
    }

    @Override
    public Enrolment enrol(String offeringId, Person person, Enroller by, boolean afterDeadline)
            throws EnrolmentException {
        CourseOffering offering = offering(offeringId);
        Reason refused = refusal(offeringId, person, by);
        if (refused != null) {
            throw new EnrolmentException(refused, refused.name());
        }
        if (pastDeadline(offering) && !afterDeadline) {
            throw new EnrolmentException(Reason.DEADLINE_PASSED, "The enrolment deadline has passed");
        }
        List<Enrolment> enrolments = enrolments(offeringId);
        long seated = enrolments.stream().filter(e -> SEATED.contains(e.getStatus())).count();
        boolean waiting = enrolments.stream().anyMatch(e -> e.getStatus() == EnrolmentStatus.WAITLISTED);
        Enrolment enrolment = SamverkaFactory.eINSTANCE.createEnrolment();
        enrolment.setOffering(offering);
        enrolment.setPerson(person);
        Date now = new Date();
        enrolment.setRequestedAt(now);
        enrolment.setStatusChangedAt(now);
        if (!waiting && seated < offering.getCapacity()) {
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
        } else {
            enrolment.setStatus(EnrolmentStatus.WAITLISTED);
            enrolment.setWaitlistPosition(lastPosition(enrolments) + 1);
        }
        try {
            if (person.getId() == null) {
                List<SyncedObject> saved = store.saveAll(List.of(person, enrolment));
                return (Enrolment) saved.get(1);
            }
            return store.save(enrolment);
        } catch (StoreException e) {
            throw new EnrolmentException(e);
        }
    }

    @Override
    public Set<EnrolmentStatus> actions(Enrolment enrolment) {
        Set<EnrolmentStatus> actions = EnumSet.noneOf(EnrolmentStatus.class);
        actions.addAll(EnrolmentTransitions.allowedFrom(enrolment.getStatus()));
        return actions;
    }

    @Override
    public List<Enrolment> changeStatus(String enrolmentId, EnrolmentStatus to) throws EnrolmentException {
        Enrolment enrolment = store.find(Enrolment.class, enrolmentId)
                .orElseThrow(() -> new EnrolmentException(Reason.NOT_FOUND, enrolmentId));
        EnrolmentStatus from = enrolment.getStatus();
        if (from == to) {
            return List.of();
        }
        if (!EnrolmentTransitions.isAllowed(from, to)) {
            throw new EnrolmentException(Reason.NOT_ALLOWED, from + " -> " + to);
        }
        List<Enrolment> all = enrolments(enrolment.getOffering().getId());
        if (to == EnrolmentStatus.ENROLLED && !SEATED.contains(from) && all.stream()
                .filter(e -> SEATED.contains(e.getStatus())).count() >= enrolment.getOffering().getCapacity()) {
            throw new EnrolmentException(Reason.NO_SEAT, enrolmentId);
        }
        List<Enrolment> changed = new ArrayList<>();
        setStatus(enrolment, to);
        if (to == EnrolmentStatus.WAITLISTED) {
            enrolment.setWaitlistPosition(lastPosition(all) + 1);
        }
        changed.add(enrolment);
        if (SEATED.contains(from) && !SEATED.contains(to)) {
            firstWaiting(all).ifPresent(first -> {
                setStatus(first, EnrolmentStatus.ENROLLED);
                changed.add(first);
            });
        }
        return saveAll(changed);
    }

    @Override
    public void move(String enrolmentId, int steps) throws EnrolmentException {
        Enrolment enrolment = store.find(Enrolment.class, enrolmentId)
                .orElseThrow(() -> new EnrolmentException(Reason.NOT_FOUND, enrolmentId));
        if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED || steps == 0) {
            throw new EnrolmentException(Reason.NOT_ON_WAITLIST, enrolmentId);
        }
        List<Enrolment> line = waitlist(enrolments(enrolment.getOffering().getId()));
        int from = indexOf(line, enrolmentId);
        int to = from + steps;
        if (to < 0 || to >= line.size()) {
            throw new EnrolmentException(Reason.NOT_ON_WAITLIST, enrolmentId);
        }
        Enrolment moved = line.remove(from);
        line.add(to, moved);
        // Places 1..n in the new order; only those whose place changed are written.
        List<Enrolment> changed = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Enrolment e = line.get(i);
            if (e.getWaitlistPosition() != i + 1) {
                e.setWaitlistPosition(i + 1);
                changed.add(e);
            }
        }
        saveAll(changed);
    }

    @Override
    public List<Enrolment> fillFreeSeats(String offeringId) throws EnrolmentException {
        CourseOffering offering = offering(offeringId);
        List<Enrolment> enrolments = enrolments(offeringId);
        long free = offering.getCapacity() - enrolments.stream().filter(e -> SEATED.contains(e.getStatus())).count();
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment first : waitlist(enrolments)) {
            if (promoted.size() >= free) {
                break;
            }
            setStatus(first, EnrolmentStatus.ENROLLED);
            promoted.add(first);
        }
        return saveAll(promoted);
    }

    @Override
    public CompletionPlan completionPlan(String offeringId) throws EnrolmentException {
        CourseOffering offering = offering(offeringId);
        Set<String> days = new HashSet<>();
        offering.getSessionDays().forEach(d -> days.add(d.getId()));
        if (days.isEmpty()) {
            throw new EnrolmentException(Reason.NO_SESSION_DAYS, offeringId);
        }
        List<Enrolment> enrolled = enrolments(offeringId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .sorted(Comparator.comparing(e -> name(e.getPerson()), Collator.getInstance())).toList();
        Map<String, Set<String>> attended = new HashMap<>();
        store.findBy(AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT,
                enrolled.stream().map(Enrolment::getId).toList()).stream()
                .filter(m -> m.getMark() == AttendanceKind.PRESENT || m.getMark() == AttendanceKind.LATE)
                .filter(m -> days.contains(m.getSessionDay().getId()))
                .forEach(m -> attended.computeIfAbsent(m.getEnrolment().getId(), id -> new HashSet<>())
                        .add(m.getSessionDay().getId()));
        List<CompletionPlan.Outcome> outcomes = enrolled.stream().map(e -> {
            int count = attended.getOrDefault(e.getId(), Set.of()).size();
            return new CompletionPlan.Outcome(e, count,
                    count == days.size() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.NO_SHOW);
        }).toList();
        return new CompletionPlan(days.size(), outcomes);
    }

    @Override
    public List<Enrolment> complete(String offeringId) throws EnrolmentException {
        List<Enrolment> changed = new ArrayList<>();
        for (CompletionPlan.Outcome outcome : completionPlan(offeringId).outcomes()) {
            setStatus(outcome.enrolment(), outcome.becomes());
            changed.add(outcome.enrolment());
        }
        return saveAll(changed);
    }

    @Override
    public CourseOffering copy(String offeringId) throws EnrolmentException {
        CourseOffering original = offering(offeringId);
        CourseOffering copy = SamverkaFactory.eINSTANCE.createCourseOffering();
        copy.setCourse(original.getCourse());
        copy.setTitle(original.getTitle());
        copy.setVenue(original.getVenue());
        copy.setAddress(original.getAddress());
        copy.setCapacity(original.getCapacity());
        copy.setTargetGroups(original.getTargetGroups());
        copy.setEnrolmentDeadline(later(original.getEnrolmentDeadline()));
        copy.setStatus(OfferingStatus.DRAFT);
        copy.getTrainers().addAll(original.getTrainers());
        for (SessionDay day : original.getSessionDays()) {
            SessionDay next = SamverkaFactory.eINSTANCE.createSessionDay();
            next.setSeq(day.getSeq());
            next.setSessionDate(later(day.getSessionDate()));
            next.setStartsAt(later(day.getStartsAt()));
            next.setEndsAt(later(day.getEndsAt()));
            next.setPlace(day.getPlace());
            copy.getSessionDays().add(next);
        }
        try {
            return store.save(copy);
        } catch (StoreException e) {
            throw new EnrolmentException(e);
        }
    }

    @Override
    public List<Organisation> organisations() {
        return Directory.organisations(store);
    }

    @Override
    public Set<String> flagged(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        List<Enrolment> theirs = store.findBy(Enrolment.class, Literals.ENROLMENT__PERSON, Set.copyOf(personIds));
        Map<String, Set<String>> missedOfferings = new HashMap<>();
        Map<String, Enrolment> byId = new HashMap<>();
        for (Enrolment e : theirs) {
            byId.put(e.getId(), e);
            if (e.getStatus() == EnrolmentStatus.NO_SHOW) {
                missedOfferings.computeIfAbsent(e.getPerson().getId(), id -> new HashSet<>())
                        .add(e.getOffering().getId());
            }
        }
        store.findBy(AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT, byId.keySet()).stream()
                .filter(m -> m.getMark() == AttendanceKind.ABSENT).map(m -> byId.get(m.getEnrolment().getId()))
                .filter(e -> e != null && e.getStatus() != EnrolmentStatus.CANCELLED)
                .forEach(e -> missedOfferings.computeIfAbsent(e.getPerson().getId(), id -> new HashSet<>())
                        .add(e.getOffering().getId()));
        Set<String> flagged = new HashSet<>();
        missedOfferings.forEach((person, offerings) -> {
            if (offerings.size() >= 2) {
                flagged.add(person);
            }
        });
        return flagged;
    }

    private CourseOffering offering(String offeringId) throws EnrolmentException {
        return store.find(CourseOffering.class, offeringId)
                .orElseThrow(() -> new EnrolmentException(Reason.NOT_FOUND, offeringId));
    }

    private List<Enrolment> enrolments(String offeringId) {
        return store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId);
    }

    private List<Enrolment> saveAll(List<Enrolment> changed) throws EnrolmentException {
        if (changed.isEmpty()) {
            return List.of();
        }
        try {
            return store.saveAll(changed);
        } catch (StoreException e) {
            throw new EnrolmentException(e);
        }
    }

    private static void setStatus(Enrolment enrolment, EnrolmentStatus status) {
        enrolment.setStatus(status);
        enrolment.setStatusChangedAt(new Date());
        if (status != EnrolmentStatus.WAITLISTED) {
            enrolment.eUnset(Literals.ENROLMENT__WAITLIST_POSITION);
        }
    }

    /** The waitlist in its order (place, then who asked first). */
    static List<Enrolment> waitlist(List<Enrolment> enrolments) {
        return new ArrayList<>(enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparingInt(EnrolmentServiceComponent::position)
                        .thenComparing(Enrolment::getRequestedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    private static Optional<Enrolment> firstWaiting(List<Enrolment> enrolments) {
        return waitlist(enrolments).stream().findFirst();
    }

    private static int lastPosition(List<Enrolment> enrolments) {
        return enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .mapToInt(EnrolmentServiceComponent::position).filter(p -> p < Integer.MAX_VALUE).max().orElse(0);
    }

    private static int position(Enrolment e) {
        return e.getWaitlistPosition() > 0 ? e.getWaitlistPosition() : Integer.MAX_VALUE;
    }

    private static int indexOf(List<Enrolment> line, String id) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Seated, then waiting, then requested, then the others (cancelled). */
    private static int group(Enrolment e) {
        if (SEATED.contains(e.getStatus())) {
            return 0;
        }
        return switch (e.getStatus()) {
            case WAITLISTED -> 1;
            case REQUESTED -> 2;
            default -> 3;
        };
    }

    static String name(Person person) {
        return (person.getLastName() == null ? "" : person.getLastName()) + ", "
                + (person.getFirstName() == null ? "" : person.getFirstName());
    }

    private static Date later(Date date) {
        return date == null ? null : new Date(date.toInstant()
                .atZone(ZoneId.systemDefault()).plusWeeks(COPY_WEEKS).toInstant().toEpochMilli());
    }
}
