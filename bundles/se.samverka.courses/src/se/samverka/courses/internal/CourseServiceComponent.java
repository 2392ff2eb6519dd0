package se.samverka.courses.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.CourseService;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The course service on the local store. */
@Component(service = CourseService.class)
public final class CourseServiceComponent implements CourseService {

    private final LocalStore store;

    @Activate
    public CourseServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public List<CourseOffering> offerings() {
        return store.findAll(CourseOffering.class);
    }

    @Override
    public Optional<CourseOffering> offering(String id) {
        return store.find(CourseOffering.class, id);
    }

    @Override
    public List<Course> courses() {
        Collator collator = Collator.getInstance();
        return store.findAll(Course.class).stream().sorted(Comparator.comparing(Course::getName, collator)).toList();
    }

    @Override
    public List<Person> people() {
        return Directory.people(store);
    }

    @Override
    public Map<String, EnrolmentCounts> enrolmentCounts() {
        Map<String, long[]> counts = new HashMap<>();
        store.count(Enrolment.class, "offering.id", "status", "walkIn").forEach((key, count) -> {
            long[] byStatus = counts.computeIfAbsent((String) key.get(0), id -> new long[3]);
            Object status = key.get(1);
            if (Boolean.TRUE.equals(key.get(2))) {
                // A walk-in takes no seat (as the server's Seats says): not counted against the capacity.
                return;
            }
            if (status == EnrolmentStatus.ENROLLED || status == EnrolmentStatus.COMPLETED
                    || status == EnrolmentStatus.NO_SHOW) {
                byStatus[0] += count;
            } else if (status == EnrolmentStatus.WAITLISTED) {
                byStatus[1] += count;
            } else if (status == EnrolmentStatus.REQUESTED) {
                byStatus[2] += count;
            }
        });
        Map<String, EnrolmentCounts> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, new EnrolmentCounts(c[0], c[1], c[2])));
        return result;
    }

    @Override
    public CourseOffering newOffering() {
        CourseOffering offering = SamverkaFactory.eINSTANCE.createCourseOffering();
        offering.setStatus(OfferingStatus.DRAFT);
        offering.setCapacity(25);
        return offering;
    }

    @Override
    public CourseOffering save(CourseOffering offering) throws StoreException {
        return store.save(offering);
    }
}
