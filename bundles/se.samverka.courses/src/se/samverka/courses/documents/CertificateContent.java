package se.samverka.courses.documents;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.SessionDay;

/**
 * What a certificate (kursintyg) shows: who completed which course, when and for how long, who issued it, its number
 * and the code by which it is verified. The number and code are taken as the certificate record holds them.
 *
 * @param days     the number of session days
 * @param duration the time of the session days added up ({@link Duration#ZERO} when their times are not known)
 * @param issuer   the issuing organisation, e.g. "Länsstyrelsen i Uppsala län"
 * @param expires  when the certificate expires, or {@code null}
 */
public record CertificateContent(Participant participant, String course, String offering, LocalDate firstDay,
        LocalDate lastDay, int days, Duration duration, String issuer, List<String> trainers, String number,
        String verificationCode, LocalDate issued, LocalDate expires) {

    public CertificateContent {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(duration, "duration");
        offering = offering == null ? "" : offering;
        issuer = issuer == null ? "" : issuer;
        trainers = List.copyOf(trainers);
    }

    /**
     * The content of a certificate record, from its enrolment's person and offering (with its course, session days
     * and trainers).
     *
     * @throws IllegalArgumentException when the certificate has no verification code yet
     */
    public static CertificateContent of(Certificate certificate, String issuer) {
        if (certificate.getVerificationCode() == null || certificate.getVerificationCode().isBlank()) {
            throw new IllegalArgumentException("Certificate " + certificate.getCertificateNumber()
                    + " has no verification code");
        }
        ZoneId zone = ZoneId.systemDefault();
        Enrolment enrolment = certificate.getEnrolment();
        CourseOffering offering = enrolment.getOffering();
        List<SessionDay> days = offering.getSessionDays().stream().filter(d -> d.getSessionDate() != null)
                .sorted(Comparator.comparing(SessionDay::getSessionDate)).toList();
        Duration duration = days.stream()
                .filter(d -> d.getStartsAt() != null && d.getEndsAt() != null
                        && d.getEndsAt().after(d.getStartsAt()))
                .map(d -> Duration.between(d.getStartsAt().toInstant(), d.getEndsAt().toInstant()))
                .reduce(Duration.ZERO, Duration::plus);
        return new CertificateContent(Participant.of(enrolment.getPerson()),
                offering.getCourse() == null ? "" : offering.getCourse().getName(), offering.getTitle(),
                days.isEmpty() ? null : SignatureList.date(days.get(0).getSessionDate(), zone),
                days.isEmpty() ? null : SignatureList.date(days.get(days.size() - 1).getSessionDate(), zone),
                days.size(), duration, issuer, SignatureList.trainers(offering), certificate.getCertificateNumber(),
                certificate.getVerificationCode().strip(), date(certificate.getIssuedOn(), zone),
                date(certificate.getExpiresOn(), zone));
    }

    private static LocalDate date(Date date, ZoneId zone) {
        return SignatureList.date(date, zone);
    }
}
