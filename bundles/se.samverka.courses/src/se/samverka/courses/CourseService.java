package se.samverka.courses;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Person;
import se.samverka.store.StoreException;

/**
 * The county's training courses, their offerings and the enrolment to them. An OSGi service, available once the
 * user has signed in.
 */
public interface CourseService {

    /**
     * How many have a seat in an offering (enrolled, or for one held: completed or not shown; walk-ins take none),
     * how many are on its waitlist and how many wait for an answer.
     */
    record EnrolmentCounts(long enrolled, long waitlisted, long requested) {
        public static final EnrolmentCounts NONE = new EnrolmentCounts(0, 0, 0);
    }

    /** All offerings that are not deleted, with their course and session days. */
    List<CourseOffering> offerings();

    /** The offering with this id, if it exists. */
    Optional<CourseOffering> offering(String id);

    /** The courses an offering can be of, by name. */
    List<Course> courses();

    /**
     * The people of the county who may be an offering's trainers (all who are not deleted, with their organisation
     * and municipality). Reads the whole directory: call it off the UI thread.
     */
    List<Person> people();

    /** The enrolment counts of every offering, by offering id (offerings without enrolments are left out). */
    Map<String, EnrolmentCounts> enrolmentCounts();

    /** A new offering, not yet saved: a draft with room for 25. */
    CourseOffering newOffering();

    /** Saves an offering and returns it as saved; see {@link se.samverka.store.LocalStore#save}. */
    CourseOffering save(CourseOffering offering) throws StoreException;
}
