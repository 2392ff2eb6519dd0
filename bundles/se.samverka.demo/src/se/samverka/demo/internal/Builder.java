package se.samverka.demo.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import se.samverka.demo.CountyData;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SyncedObject;

/**
 * What the makers of a county share while they build it: the data so far, the random source, the dates, and the
 * people by role. Every record made through {@link #add} gets a reproducible id.
 * <p>
 * The data depends on the date, the seed and the municipalities only, never on the JVM that makes it (a laptop and
 * the county server each make the demo county, and what differs between them is a false conflict at the first
 * sync): collections the makers iterate over keep their order of insertion, never an order of hash codes (a
 * record's is its identity); text is lower-cased and numbers formatted without the JVM's language. Dates
 * and times are in the machine's time zone.
 */
public final class Builder {

    static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;
    /**
     * Dates and times are this machine's, as the window shows them (a date-only field made at midnight in another
     * zone would show the day before). A server and its laptops in one county share a zone; that dates in sync
     * depend on the zone at all is the sync format's (RecordState), not the demo's.
     */
    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    final CountyData data = new CountyData();
    final Names names;
    final LocalDate today;
    /** The years the county's activity covers, oldest first; the last is the year after today's. */
    final List<Integer> years = new ArrayList<>();
    final List<Municipality> municipalities;

    Organisation countyBoard;
    final Map<Municipality, Organisation> municipalityOrgs = new LinkedHashMap<>();
    final Map<Municipality, Person> coordinators = new LinkedHashMap<>();
    final Map<Municipality, Person> communityPolice = new LinkedHashMap<>();
    final Map<Municipality, List<Person>> staff = new LinkedHashMap<>();
    final List<Person> countyStaff = new ArrayList<>();
    final List<Person> trainers = new ArrayList<>();
    final List<Person> partnerPeople = new ArrayList<>();

    /**
     * @param years how many years of activity: up to and including the year after {@code today}'s
     */
    public Builder(List<Municipality> municipalities, int years, LocalDate today, long seed) {
        this.municipalities = municipalities;
        this.names = new Names(new Random(seed));
        this.today = today;
        for (int year = today.getYear() + 2 - years; year <= today.getYear() + 1; year++) {
            this.years.add(year);
        }
    }

    /** Builds the whole county: organisations and people, groups and meetings, courses, projects and budgets. */
    public CountyData build(boolean programmeBudget) {
        new PeopleMaker(this).make();
        new MeetingsMaker(this).make();
        new CoursesMaker(this).make();
        new ProjectsMaker(this).make();
        if (programmeBudget) {
            new ProgrammeBudgetMaker(this).make();
            // Support to municipalities (issue 13, support): the 2020 round, paid from the programme budget.
            new SupportMaker(this).make();
        }
        // Last, so that the ids and choices of what is made before stay as they were (groups job).
        new GroupHistoryMaker(this).make();
        // The projects' partner organisations and status histories (partners job), last for the same reason.
        new PartnersMaker(this).make();
        return data;
    }

    /** Gives a new record (and the records it contains) reproducible ids, and returns it. */
    <T extends SyncedObject> T add(T record) {
        record.setId(names.id());
        for (var contents = record.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof SyncedObject child) {
                child.setId(names.id());
            }
        }
        return record;
    }

    /** Everyone in municipalities, for enrolments and working groups. */
    List<Person> municipalPeople() {
        List<Person> all = new ArrayList<>();
        for (Municipality m : municipalities) {
            all.add(coordinators.get(m));
            all.addAll(staff.get(m));
        }
        return all;
    }

    boolean isPast(LocalDate date) {
        return date.isBefore(today);
    }

    static Date date(LocalDate date) {
        return Date.from(date.atStartOfDay(zone()).toInstant());
    }

    static Date date(LocalDateTime time) {
        return Date.from(time.atZone(zone()).toInstant());
    }

    /** The day of a date made by {@link #date(LocalDate)}. */
    static LocalDate localDate(Date date) {
        return date.toInstant().atZone(zone()).toLocalDate();
    }

    /** The first weekday on or after {@code date}. */
    static LocalDate weekday(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        return day;
    }
}
