package se.samverka.courses.documents;

import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.SessionDay;

/**
 * What the signature list (närvarolista) of one session day shows: the course and offering, the day (its number
 * of how many, date and times), where, the trainers, and the participants who have a seat, by last name.
 *
 * @param day   the day's number in the offering, from 1
 * @param days  how many days the offering has
 * @param start when the day starts, or {@code null}
 * @param end   when it ends, or {@code null}
 * @param place where: the day's own place, else the offering's venue and address
 */
public record SignatureList(String course, String offering, int day, int days, LocalDate date, LocalTime start,
        LocalTime end, String place, List<String> trainers, List<Participant> participants) {

    /** The enrolment statuses that hold a seat on the day: they are listed to sign. */
    public static final Set<EnrolmentStatus> LISTED = Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED,
            EnrolmentStatus.NO_SHOW);

    public SignatureList {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(offering, "offering");
        Objects.requireNonNull(date, "date");
        place = place == null ? "" : place;
        trainers = List.copyOf(trainers);
        participants = List.copyOf(participants);
    }

    /**
     * The list of a session day of an offering, with those of the enrolments (of that offering) that hold a seat,
     * sorted by last and first name in Swedish order.
     */
    public static SignatureList of(CourseOffering offering, SessionDay day, List<Enrolment> enrolments) {
        if (!offering.getSessionDays().contains(day)) {
            throw new IllegalArgumentException("The session day is not one of the offering's");
        }
        ZoneId zone = ZoneId.systemDefault();
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        List<Participant> participants = enrolments.stream()
                .filter(e -> LISTED.contains(e.getStatus()) && e.getPerson() != null)
                .map(e -> Participant.of(e.getPerson()))
                .sorted(Comparator.comparing(Participant::lastName, collator)
                        .thenComparing(Participant::firstName, collator))
                .toList();
        List<SessionDay> days = offering.getSessionDays().stream()
                .sorted(Comparator.comparing(SessionDay::getSessionDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new SignatureList(offering.getCourse() == null ? "" : offering.getCourse().getName(),
                offering.getTitle() == null ? "" : offering.getTitle(), days.indexOf(day) + 1, days.size(),
                date(day.getSessionDate(), zone), time(day.getStartsAt(), zone), time(day.getEndsAt(), zone),
                place(offering, day), trainers(offering), participants);
    }

    static List<String> trainers(CourseOffering offering) {
        return offering.getTrainers().stream()
                .map(p -> Participant.of(p).name()).toList();
    }

    private static String place(CourseOffering offering, SessionDay day) {
        if (day.getPlace() != null && !day.getPlace().isBlank()) {
            return day.getPlace().strip();
        }
        String venue = offering.getVenue() == null ? "" : offering.getVenue().strip();
        String address = offering.getAddress() == null ? "" : offering.getAddress().strip();
        return venue.isEmpty() || address.isEmpty() ? venue + address : venue + ", " + address;
    }

    static LocalDate date(Date date, ZoneId zone) {
        return date == null ? null : date.toInstant().atZone(zone).toLocalDate();
    }

    private static LocalTime time(Date date, ZoneId zone) {
        return date == null ? null : date.toInstant().atZone(zone).toLocalTime();
    }
}
