package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Certificate;
import se.samverka.model.Course;
import se.samverka.model.CourseKind;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SessionDay;

/**
 * Makes the county's courses and their offerings over the years, with enrolments (a full one with a waitlist
 * among the coming ones), attendance per session day for those held, and certificates for those who completed.
 */
final class CoursesMaker {

    /** A course and when in the year it is given: month and day of the first session day, and its prefix. */
    private record Plan(Course course, int[][] dates, String prefix, int capacity) {
    }

    private final Builder county;
    private final Names names;
    private boolean fullOfferingMade;

    CoursesMaker(Builder county) {
        this.county = county;
        this.names = county.names;
    }

    void make() {
        Course basic = course(CourseKind.BASIC_CRIME_PREVENTION, "Grundkurs i praktiskt brottsförebyggande arbete",
                "Två dagar om lägesbilder, orsaksanalys, åtgärder och uppföljning, för kommunpoliser, kommunala "
                        + "samordnare, chefer och beslutsfattare.", 2, 0);
        Course pdv = course(CourseKind.PDV, "PDV – pågående dödligt våld",
                "Hur skolor och verksamheter förbereder sig för och agerar vid pågående dödligt våld.", 1, 36);
        Course mvp = course(CourseKind.MVP, "MVP – Mentorer i våldsprevention",
                "Utbildning av mentorer som arbetar med unga mot våld i nära relationer och kränkningar.", 2, 24);
        // A larger county gives the courses more often.
        int rounds = Math.max(1, (int) Math.round(county.municipalities.size() / 8.0));
        List<Plan> plans = List.of(
                new Plan(basic, new int[][] { { 3, 17 }, { 11, 10 } }, "GK", 24),
                new Plan(pdv, new int[][] { { 4, 22 } }, "PDV", 30),
                new Plan(mvp, new int[][] { { 9, 15 } }, "MVP", 20));
        for (int year : county.years) {
            for (int round = 0; round < rounds; round++) {
                for (Plan plan : plans) {
                    for (int[] date : plan.dates()) {
                        LocalDate first = Builder.weekday(LocalDate.of(year, date[0], date[1]).plusWeeks(round));
                        offering(plan, first, year);
                    }
                }
            }
        }
        // The offering furthest ahead is still a draft.
        county.data.offerings.get(county.data.offerings.size() - 1).setStatus(OfferingStatus.DRAFT);
    }

    private Course course(CourseKind kind, String name, String description, int days, int validityMonths) {
        Course course = MODEL.createCourse();
        course.setKind(kind);
        course.setName(name);
        course.setDescription(description);
        course.setDurationDays(days);
        course.setCertificateValidityMonths(validityMonths);
        county.data.courses.add(county.add(course));
        return course;
    }

    private void offering(Plan plan, LocalDate first, int year) {
        Municipality host = names.pick(county.municipalities);
        CourseOffering offering = MODEL.createCourseOffering();
        offering.setCourse(plan.course());
        String season = first.getMonthValue() < 7 ? "våren" : "hösten";
        offering.setTitle(shortName(plan.course()) + " " + season + " " + year + ", " + host.places().get(0));
        offering.setVenue(names.chance(0.5) ? "Länsstyrelsen, Uppsala" : "Kommunhuset, " + host.places().get(0));
        offering.setAddress(offering.getVenue().startsWith("Länsstyrelsen") ? "Hamnesplanaden 3, 751 86 Uppsala"
                : "Storgatan " + names.between(1, 40) + ", " + host.places().get(0));
        offering.setCapacity(plan.capacity());
        offering.setEnrolmentDeadline(Builder.date(first.minusWeeks(4)));
        offering.setTargetGroups(plan.course().getKind() == CourseKind.BASIC_CRIME_PREVENTION
                ? "Kommunpoliser, kommunala samordnare, chefer och beslutsfattare"
                : plan.course().getKind() == CourseKind.PDV ? "Rektorer, skolpersonal och säkerhetsansvariga"
                : "Personal i skola och fritid som arbetar med unga");
        offering.getTrainers().add(county.trainers.get(county.data.offerings.size() % county.trainers.size()));
        for (int day = 0; day < plan.course().getDurationDays(); day++) {
            LocalDate date = Builder.weekday(first.plusDays(day));
            SessionDay session = MODEL.createSessionDay();
            session.setSeq(day + 1);
            session.setSessionDate(Builder.date(date));
            session.setStartsAt(Builder.date(date.atTime(LocalTime.of(9, 0))));
            session.setEndsAt(Builder.date(date.atTime(LocalTime.of(16, 0))));
            session.setPlace(offering.getVenue());
            offering.getSessionDays().add(session);
        }
        boolean held = county.isPast(first.plusDays(plan.course().getDurationDays()));
        offering.setStatus(held ? OfferingStatus.HELD : OfferingStatus.PUBLISHED);
        county.data.offerings.add(county.add(offering));
        enrol(offering, plan, first, held);
    }

    private void enrol(CourseOffering offering, Plan plan, LocalDate first, boolean held) {
        List<Person> candidates = new ArrayList<>(county.municipalPeople());
        candidates.addAll(county.communityPolice.values());
        Collections.shuffle(candidates, names.random());
        int capacity = offering.getCapacity();
        boolean full = !held && !fullOfferingMade && plan.course().getKind() == CourseKind.BASIC_CRIME_PREVENTION;
        int requested = full ? capacity + 5 : held ? capacity - names.between(0, 4) : names.between(capacity / 3,
                capacity - 2);
        fullOfferingMade |= full;
        int waitlist = 0;
        for (int i = 0; i < Math.min(requested, candidates.size()); i++) {
            Person person = candidates.get(i);
            Enrolment enrolment = MODEL.createEnrolment();
            enrolment.setOffering(offering);
            enrolment.setPerson(person);
            enrolment.setRequestedAt(Builder.date(first.minusWeeks(names.between(5, 12))));
            if (held) {
                double r = names.random().nextDouble();
                enrolment.setStatus(r < 0.86 ? EnrolmentStatus.COMPLETED
                        : r < 0.92 ? EnrolmentStatus.NO_SHOW : EnrolmentStatus.CANCELLED);
            } else if (i < capacity) {
                enrolment.setStatus(!full && i >= requested - 2 ? EnrolmentStatus.REQUESTED
                        : EnrolmentStatus.ENROLLED);
            } else {
                enrolment.setStatus(EnrolmentStatus.WAITLISTED);
                enrolment.setWaitlistPosition(++waitlist);
            }
            enrolment.setStatusChangedAt(enrolment.getRequestedAt());
            county.data.enrolments.add(county.add(enrolment));
            if (held && enrolment.getStatus() != EnrolmentStatus.CANCELLED) {
                attendance(enrolment, offering);
            }
            if (enrolment.getStatus() == EnrolmentStatus.COMPLETED) {
                certificate(enrolment, offering, plan);
            }
        }
    }

    private void attendance(Enrolment enrolment, CourseOffering offering) {
        for (SessionDay day : offering.getSessionDays()) {
            AttendanceMark mark = MODEL.createAttendanceMark();
            mark.setEnrolment(enrolment);
            mark.setSessionDay(day);
            double r = names.random().nextDouble();
            mark.setMark(enrolment.getStatus() == EnrolmentStatus.NO_SHOW ? AttendanceKind.ABSENT
                    : r < 0.9 ? AttendanceKind.PRESENT : r < 0.97 ? AttendanceKind.LATE : AttendanceKind.EXCUSED);
            mark.setMarkedAt(day.getStartsAt());
            mark.setMarkedBy(offering.getTrainers().get(0));
            county.data.attendanceMarks.add(county.add(mark));
        }
    }

    private void certificate(Enrolment enrolment, CourseOffering offering, Plan plan) {
        SessionDay last = offering.getSessionDays().get(offering.getSessionDays().size() - 1);
        LocalDate issued = Builder.weekday(Builder.localDate(last.getSessionDate()).plusDays(3));
        Certificate certificate = MODEL.createCertificate();
        certificate.setEnrolment(enrolment);
        certificate.setCertificateNumber(String.format(Locale.ROOT, "%s-%d-%04d", plan.prefix(), issued.getYear(),
                county.data.certificates.size() + 1));
        certificate.setVerificationCode(names.code());
        certificate.setIssuedOn(Builder.date(issued));
        if (plan.course().getCertificateValidityMonths() > 0) {
            certificate.setExpiresOn(Builder.date(issued.plusMonths(plan.course().getCertificateValidityMonths())));
        }
        county.data.certificates.add(county.add(certificate));
    }

    private static String shortName(Course course) {
        return switch (course.getKind()) {
            case BASIC_CRIME_PREVENTION -> "Grundkurs";
            case PDV -> "PDV";
            case MVP -> "MVP";
            default -> course.getName();
        };
    }
}
