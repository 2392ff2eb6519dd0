package se.samverka.model.certificates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.Objects;

import se.samverka.model.Certificate;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.Person;
import se.samverka.model.SessionDay;

/**
 * The answer to "is this certificate genuine?": whether a certificate with the code exists and, if so, whose it is,
 * of which course, the course's first and last day, when it was issued and until when it is valid. Worked out the
 * same way by the laptop (from its store) and the county server (from its records).
 *
 * @param known             a certificate with the code exists (and is not deleted)
 * @param certificateNumber its number
 * @param participant       the participant's full name
 * @param course            the course's name
 * @param firstDay          the offering's first session day, or null
 * @param lastDay           the offering's last session day, or null
 * @param issuedOn          the date of issue
 * @param expiresOn         the last day it is valid, or null when it does not expire
 * @param expired           it has expired (on the day it was verified)
 */
public record Verification(boolean known, String certificateNumber, String participant, String course,
        LocalDate firstDay, LocalDate lastDay, LocalDate issuedOn, LocalDate expiresOn, boolean expired) {

    /** No certificate has the code (or the code is not a code). */
    public static final Verification UNKNOWN = new Verification(false, null, null, null, null, null, null, null,
            false);

    /** Known and not expired. */
    public boolean valid() {
        return known && !expired;
    }

    /**
     * The verification of a certificate whose enrolment, its person and offering, and the offering's course are
     * filled in, on {@code today}.
     */
    public static Verification of(Certificate certificate, LocalDate today) {
        Enrolment enrolment = certificate.getEnrolment();
        Person person = enrolment == null ? null : enrolment.getPerson();
        CourseOffering offering = enrolment == null ? null : enrolment.getOffering();
        Course course = offering == null ? null : offering.getCourse();
        String name = person == null ? null
                : (Objects.toString(person.getFirstName(), "") + " " + Objects.toString(person.getLastName(), ""))
                        .trim();
        String courseName = course != null && course.getName() != null ? course.getName()
                : offering == null ? null : offering.getTitle();
        LocalDate first = null;
        LocalDate last = null;
        if (offering != null) {
            first = offering.getSessionDays().stream().map(SessionDay::getSessionDate).filter(Objects::nonNull)
                    .map(Verification::local).min(Comparator.naturalOrder()).orElse(null);
            last = offering.getSessionDays().stream().map(SessionDay::getSessionDate).filter(Objects::nonNull)
                    .map(Verification::local).max(Comparator.naturalOrder()).orElse(null);
        }
        LocalDate expires = local(certificate.getExpiresOn());
        return new Verification(true, certificate.getCertificateNumber(), name, courseName, first, last,
                local(certificate.getIssuedOn()), expires, expires != null && expires.isBefore(today));
    }

    /** A model date as the day it is in this machine's time zone (as the forms show it). */
    public static LocalDate local(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    /** A day as a model date (its start in this machine's time zone). */
    public static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
