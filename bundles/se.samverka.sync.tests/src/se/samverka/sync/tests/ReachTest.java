package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Invitation;
import se.samverka.model.Meeting;
import se.samverka.model.Membership;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SessionDay;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.RecordsChanged;
import se.samverka.store.SyncPort;

/**
 * A user's reach grows and shrinks with what it depends on, against a real county server: when what a record's scope
 * is taken from changes (an offering's trainers, a meeting's group, a person's municipality, the groups a
 * municipality's people are members of), the laptops that newly reach the record receive it at their next sync,
 * however old it is, and those that no longer reach it have it withdrawn (dropped, not deleted: nothing is pushed
 * back, and the county keeps it).
 */
class ReachTest {

    private static final SamverkaFactory MAKE = SamverkaFactory.eINSTANCE;
    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aTrainerAddedToAnOfferingReceivesItsParticipantsAndMarksAndLosesThemWhenRemoved() throws Exception {
        try (LocalStore office = synced("lan1")) {
            Person trainer = office.save(person(office, county.municipality, "Tove", "Utbildare"));
            List<Person> participants = participants(office, county.municipality, 3);
            CourseOffering offering = office.save(offering(office, "Grundkurs, Heby (ny utbildare)"));
            List<Enrolment> enrolments = enrol(office, offering, participants);
            List<AttendanceMark> marks = markAll(office, enrolments, offering.getSessionDays().get(0));
            county.sync(office, "lan1");
            String user = user(Role.TRAINER, null, trainer.getId());

            try (LocalStore laptop = county.laptop(user)) {
                county.sync(laptop, user);
                assertTrue(laptop.find(CourseOffering.class, offering.getId()).isPresent(), "offerings are shared");
                assertTrue(none(laptop, enrolments), "not a trainer of the offering yet");

                offering.getTrainers().add(trainer);
                office.save(offering);
                county.sync(office, "lan1");
                county.sync(laptop, user);
                assertTrue(all(laptop, enrolments), "the offering's enrolments, made before, reach its new trainer");
                assertTrue(all(laptop, marks), "and their attendance marks");
                assertTrue(all(laptop, participants), "and the participants they refer to");

                // Offline, the trainer edits a participant's note; meanwhile the county takes the trainer off.
                Enrolment edited = laptop.find(Enrolment.class, enrolments.get(0).getId()).orElseThrow();
                edited.setNote("Behöver hörselslinga");
                laptop.save(edited);
                CourseOffering onOffice = office.find(CourseOffering.class, offering.getId()).orElseThrow();
                onOffice.getTrainers().removeIf(t -> t.getId().equals(trainer.getId()));
                office.save(onOffice);
                county.sync(office, "lan1");
                List<RecordsChanged> notices = new CopyOnWriteArrayList<>();
                Runnable stopListening = laptop.onChange(notices::add);
                county.sync(laptop, user);
                stopListening.run();
                assertTrue(none(laptop, enrolments), "the enrolments leave the laptop with the right to them");
                assertTrue(notices.stream().anyMatch(n -> n.cause() == RecordsChanged.Cause.SYNC
                        && n.touches(enrolments.get(1).getId()) && n.touches(marks.get(1).getId())
                        && n.touchesAny(List.of("Enrolment", "AttendanceMark"))),
                        "what is open hears of the withdrawn records: " + notices);
                assertTrue(none(laptop, marks), "so do the marks");
                assertTrue(none(laptop, participants), "and the participants, whom nothing kept refers to");
                assertTrue(laptop.find(Person.class, trainer.getId()).isPresent(), "the trainer keeps themself");
                assertTrue(laptop.find(CourseOffering.class, offering.getId()).isPresent(), "and the offering");
                assertEquals(0, laptop.sync().unsentChanges(), "a withdrawal is no change to push");
                SyncPort.Conflict refused = laptop.sync().conflicts().stream()
                        .filter(c -> c.recordId().equals(edited.getId())).findFirst().orElseThrow();
                assertEquals("REFUSED", refused.reason(), "the edit made offline is reported");
                county.sync(laptop, user);
                assertTrue(none(laptop, enrolments), "and stays withdrawn");
            }
            county.sync(office, "lan1");
            assertTrue(all(office, enrolments) && all(office, marks), "the county still has them: not deleted");
            assertTrue(enrolments.stream().noneMatch(e -> office.find(Enrolment.class, e.getId()).orElseThrow()
                    .isDeleted()));
        }
    }

    @Test
    void aMunicipalityThatJoinsAGroupReceivesItsEarlierMeetingsAndLosesThemWhenItLeaves() throws Exception {
        try (LocalStore office = synced("lan1")) {
            CooperationGroup group = office.save(group("Trygghetsgruppen " + UUID.randomUUID()));
            Person guest = participants(office, county.otherMunicipality, 1).get(0);
            Meeting meeting = office.save(meeting(office, group, "Träff om trygghetsvandringar"));
            Invitation invitation = office.save(invitation(office, meeting, guest));
            county.sync(office, "lan1");
            String user = user(Role.COORDINATOR, county.municipality.getId(), null);

            try (LocalStore laptop = county.laptop(user)) {
                county.sync(laptop, user);
                assertTrue(none(laptop, List.of(meeting, invitation)), "no member of the group yet");

                Person member = participants(office, county.municipality, 1).get(0);
                Membership membership = office.save(membership(office, member, group));
                county.sync(office, "lan1");
                county.sync(laptop, user);
                assertTrue(all(laptop, List.of(meeting, invitation)),
                        "the group's earlier meeting and invitation reach the new member's coordinator");

                office.delete(office.find(Membership.class, membership.getId()).orElseThrow());
                county.sync(office, "lan1");
                county.sync(laptop, user);
                assertTrue(none(laptop, List.of(meeting, invitation)), "they leave when the municipality leaves");
                assertFalse(laptop.find(Person.class, guest.getId()).isPresent(),
                        "with the other municipality's guest they brought along");
                assertEquals(0, laptop.sync().unsentChanges());
            }
        }
    }

    @Test
    void aPersonWhoMovesTakesTheirEnrolmentsAndMarksToTheNewMunicipalitysCoordinator() throws Exception {
        try (LocalStore office = synced("lan1")) {
            Person mover = office.save(person(office, county.municipality, "Mona", "Flyttar"));
            CourseOffering offering = office.save(offering(office, "PDV, Tierp (flytt)"));
            List<Enrolment> enrolments = enrol(office, offering, List.of(mover));
            List<AttendanceMark> marks = markAll(office, enrolments, offering.getSessionDays().get(0));
            county.sync(office, "lan1");
            String before = user(Role.COORDINATOR, county.municipality.getId(), null);
            String after = user(Role.COORDINATOR, county.otherMunicipality.getId(), null);
            List<SyncedObject> theirs = List.of(mover, enrolments.get(0), marks.get(0));

            try (LocalStore old = county.laptop(before); LocalStore next = county.laptop(after)) {
                county.sync(old, before);
                county.sync(next, after);
                assertTrue(all(old, theirs));
                assertTrue(none(next, theirs));

                Person moved = office.find(Person.class, mover.getId()).orElseThrow();
                moved.setMunicipality(office.find(Organisation.class, county.otherMunicipality.getId()).orElseThrow());
                office.save(moved);
                county.sync(office, "lan1");
                county.sync(old, before);
                county.sync(next, after);
                assertTrue(all(next, theirs), "the person, their enrolment and its mark reach the new coordinator");
                assertTrue(none(old, theirs), "and leave the old one's laptop");
                assertEquals(0, old.sync().unsentChanges());
            }
        }
    }

    @Test
    void aMeetingThatChangesGroupMovesWithItsInvitationsToTheOtherGroupsCoordinators() throws Exception {
        try (LocalStore office = synced("lan1")) {
            CooperationGroup first = office.save(group("Arbetsgrupp A " + UUID.randomUUID()));
            CooperationGroup second = office.save(group("Arbetsgrupp B " + UUID.randomUUID()));
            office.save(membership(office, participants(office, county.municipality, 1).get(0), first));
            office.save(membership(office, participants(office, county.otherMunicipality, 1).get(0), second));
            Person invited = participants(office, county.municipality, 2).get(1);
            Meeting meeting = office.save(meeting(office, first, "Arbetsgruppens vårträff"));
            Invitation invitation = office.save(invitation(office, meeting, invited));
            county.sync(office, "lan1");
            String inFirst = user(Role.COORDINATOR, county.municipality.getId(), null);
            String inSecond = user(Role.COORDINATOR, county.otherMunicipality.getId(), null);
            List<SyncedObject> moving = List.of(meeting, invitation);

            try (LocalStore a = county.laptop(inFirst); LocalStore b = county.laptop(inSecond)) {
                county.sync(a, inFirst);
                county.sync(b, inSecond);
                assertTrue(all(a, moving));
                assertTrue(none(b, moving));

                Meeting changed = office.find(Meeting.class, meeting.getId()).orElseThrow();
                changed.setCooperationGroup(office.find(CooperationGroup.class, second.getId()).orElseThrow());
                office.save(changed);
                county.sync(office, "lan1");
                county.sync(a, inFirst);
                county.sync(b, inSecond);
                assertTrue(all(b, moving), "the meeting and its invitation reach the other group's coordinator");
                assertTrue(none(a, moving), "and leave the first group's");
                assertTrue(a.find(Person.class, invited.getId()).isPresent(), "the invited person stays home");
                assertEquals(0, a.sync().unsentChanges());
            }
        }
    }

    // --- making records on the county's laptop

    private static Person person(LocalStore office, Organisation municipality, String first, String last) {
        Person person = MAKE.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        person.setMunicipality(office.find(Organisation.class, municipality.getId()).orElseThrow());
        return person;
    }

    /** New people of a municipality, whom nothing else refers to (so they leave with the records that do). */
    private static List<Person> participants(LocalStore office, Organisation municipality, int count)
            throws Exception {
        List<Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(office.save(person(office, municipality, "Deltagare" + i, "Ny " + UUID.randomUUID())));
        }
        return people;
    }

    private static CourseOffering offering(LocalStore office, String title) {
        CourseOffering offering = MAKE.createCourseOffering();
        offering.setCourse(office.findAll(Course.class).get(0));
        offering.setTitle(title);
        offering.setCapacity(20);
        SessionDay day = MAKE.createSessionDay();
        day.setSessionDate(new Date(1_796_000_000_000L));
        offering.getSessionDays().add(day);
        return offering;
    }

    private static List<Enrolment> enrol(LocalStore office, CourseOffering offering, List<Person> people)
            throws Exception {
        List<Enrolment> enrolments = new java.util.ArrayList<>();
        for (Person person : people) {
            Enrolment enrolment = MAKE.createEnrolment();
            enrolment.setOffering(offering);
            enrolment.setPerson(person);
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolments.add(office.save(enrolment));
        }
        return enrolments;
    }

    private static List<AttendanceMark> markAll(LocalStore office, List<Enrolment> enrolments, SessionDay day)
            throws Exception {
        List<AttendanceMark> marks = new java.util.ArrayList<>();
        for (Enrolment enrolment : enrolments) {
            AttendanceMark mark = MAKE.createAttendanceMark();
            mark.setEnrolment(enrolment);
            mark.setSessionDay(day);
            mark.setMark(AttendanceKind.PRESENT);
            mark.setMarkedAt(new Date(1_796_000_000_000L));
            marks.add(office.save(mark));
        }
        return marks;
    }

    private static CooperationGroup group(String name) {
        CooperationGroup group = MAKE.createCooperationGroup();
        group.setName(name);
        return group;
    }

    private static Membership membership(LocalStore office, Person person, CooperationGroup group) {
        Membership membership = MAKE.createMembership();
        membership.setPerson(office.find(Person.class, person.getId()).orElseThrow());
        membership.setCooperationGroup(office.find(CooperationGroup.class, group.getId()).orElseThrow());
        return membership;
    }

    private static Meeting meeting(LocalStore office, CooperationGroup group, String title) {
        Meeting meeting = MAKE.createMeeting();
        meeting.setCooperationGroup(office.find(CooperationGroup.class, group.getId()).orElseThrow());
        meeting.setTitle(title);
        meeting.setMeetingDate(new Date(1_797_000_000_000L));
        return meeting;
    }

    private static Invitation invitation(LocalStore office, Meeting meeting, Person person) {
        Invitation invitation = MAKE.createInvitation();
        invitation.setMeeting(office.find(Meeting.class, meeting.getId()).orElseThrow());
        invitation.setPerson(office.find(Person.class, person.getId()).orElseThrow());
        return invitation;
    }

    // --- users and laptops

    /** A new user of the county server with a name of their own (the county is shared by the test run). */
    private static String user(Role role, String municipality, String person) throws Exception {
        String name = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        county.server.admin().createUser(name, County.PASSWORD, role, municipality, person);
        return name;
    }

    private static LocalStore synced(String user) throws Exception {
        LocalStore laptop = county.laptop(user);
        county.sync(laptop, user);
        return laptop;
    }

    private static boolean all(LocalStore laptop, List<? extends SyncedObject> records) {
        return records.stream().allMatch(r -> laptop.find(r.getClass(), r.getId()).isPresent());
    }

    private static boolean none(LocalStore laptop, List<? extends SyncedObject> records) {
        return records.stream().noneMatch(r -> laptop.find(r.getClass(), r.getId()).isPresent());
    }
}
