package se.samverka.courses;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.sync.Role;

/**
 * Running an offering: who is enrolled and waiting, enrolling, status changes along the allowed transitions (a
 * cancellation promotes the first on the waitlist), the waitlist's order, and completion from the attendance marks.
 * Every step is one transaction of the local store; the county server confirms seats at the next sync, so a seat
 * taken here is {@linkplain Participant#provisional() provisional} until then. An OSGi service, available once the
 * user has signed in.
 */
public interface EnrolmentService {

    /**
     * Who enrols. County staff and trainers may enrol anyone; a coordinator only people of their own municipality,
     * as the county server's sync policy for enrolments says (it refuses others at the sync).
     */
    record Enroller(Role role, String municipalityId) {

        /** County staff: anyone. */
        public static final Enroller COUNTY = new Enroller(Role.COUNTY, null);

        /** True when this user may enrol the person. */
        public boolean mayEnrol(Person person) {
            return role != Role.COORDINATOR || (person.getMunicipality() != null && municipalityId != null
                    && municipalityId.equals(person.getMunicipality().getId()));
        }
    }

    /**
     * One line of an offering's participant list.
     *
     * @param enrolment   the enrolment, with its person, their organisation and municipality
     * @param provisional the status is a seat taken on this laptop that the county server has not yet confirmed
     * @param flagged     the person was absent or did not show up in two or more offerings
     */
    record Participant(Enrolment enrolment, boolean provisional, boolean flagged) {

        public Person person() {
            return enrolment.getPerson();
        }

        public EnrolmentStatus status() {
            return enrolment.getStatus();
        }
    }

    /**
     * An offering as its page shows it, read in one go.
     *
     * @param participants seated first (by name), then the waitlist in its order, then the cancelled and the rest
     * @param seated       enrolled, completed or no-show: those who hold a seat
     * @param waitlisted   how many are on the waitlist
     */
    record OfferingPage(CourseOffering offering, List<Participant> participants, long seated, long waitlisted) {
    }

    /**
     * What {@link #complete} would do. The rule: a participant who is enrolled completes when they were marked
     * present or late on every one of the offering's session days; anyone else enrolled did not show up.
     *
     * @param sessionDays how many session days the offering has (all of them are required)
     * @param outcomes    one per enrolled participant
     */
    record CompletionPlan(int sessionDays, List<Outcome> outcomes) {

        /** One participant's outcome: the days they attended (present or late) and the status they get. */
        public record Outcome(Enrolment enrolment, int attendedDays, EnrolmentStatus becomes) {
        }

        public long completing() {
            return outcomes.stream().filter(o -> o.becomes() == EnrolmentStatus.COMPLETED).count();
        }
    }

    /**
     * Who enrols on this laptop: the user the last sync said it is (a coordinator with their municipality, a trainer,
     * county staff); county staff before the first sync that said so. {@link #refusal} and {@link #enrol} hold
     * everyone to this as well as to the enroller they are given.
     */
    Enroller enroller();

    /** The offering's page: the offering, its participants and its counts; empty when there is no such offering. */
    java.util.Optional<OfferingPage> page(String offeringId);

    /**
     * Why this user (and this laptop's, {@link #enroller()}) may not enrol the person, before anything is saved: {@link EnrolmentException.Reason#OTHER_MUNICIPALITY}
     * or {@link EnrolmentException.Reason#ALREADY_ENROLLED}; null when they may.
     */
    EnrolmentException.Reason refusal(String offeringId, Person person, Enroller by);

    /** True when the offering's enrolment deadline is before today: enrolling then asks first. */
    boolean pastDeadline(CourseOffering offering);

    /**
     * Enrols a person: with a seat when the offering has one free and nobody is waiting, otherwise last on the
     * waitlist. A person not yet saved (made in place) is saved in the same transaction.
     *
     * @param afterDeadline true when the user has confirmed enrolling after the deadline
     * @throws EnrolmentException see {@link #refusal}, {@code DEADLINE_PASSED}, or {@code STORE} (a person who
     *                            breaks the model's rules: a name missing, an e-mail address that is not one)
     */
    Enrolment enrol(String offeringId, Person person, Enroller by, boolean afterDeadline) throws EnrolmentException;

    /** The status changes the allowed transitions offer from this enrolment's status. */
    Set<EnrolmentStatus> actions(Enrolment enrolment);

    /**
     * Changes an enrolment's status along an allowed transition. A seat given up (cancelled) goes to the first on
     * the waitlist, in the same transaction. A seat is given (to one waiting or asking) only when the offering has
     * one free, else {@code NO_SEAT}. Returns every enrolment changed.
     */
    List<Enrolment> changeStatus(String enrolmentId, EnrolmentStatus to) throws EnrolmentException;

    /** Moves an enrolment up (negative) or down (positive) the waitlist by swapping places with its neighbour. */
    void move(String enrolmentId, int steps) throws EnrolmentException;

    /** Gives the offering's free seats (after its capacity was raised) to the first on its waitlist; returns them. */
    List<Enrolment> fillFreeSeats(String offeringId) throws EnrolmentException;

    /** What completing the offering would do, to show before it is done. */
    CompletionPlan completionPlan(String offeringId) throws EnrolmentException;

    /** Applies {@link #completionPlan}: the enrolled become completed or no-show, in one transaction. */
    List<Enrolment> complete(String offeringId) throws EnrolmentException;

    /**
     * A copy of the offering for next term, saved as a draft: its course, title, venue, seats, target groups,
     * trainers and session days (26 weeks later, on the same weekdays and times), without its enrolments.
     */
    CourseOffering copy(String offeringId) throws EnrolmentException;

    /** The county's organisations by name, for a person made in place (their organisation and municipality). */
    List<Organisation> organisations();

    /** Of these people, those absent (a mark) or not shown up (a status) in two or more offerings. */
    Set<String> flagged(Collection<String> personIds);
}
