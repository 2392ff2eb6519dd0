package se.samverka.courses.internal.certificates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.CertificateService;
import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.certificates.Verification;
import se.samverka.model.certificates.VerificationCode;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The certificate service on the local store. */
@Component(service = CertificateService.class)
public final class CertificateServiceComponent implements CertificateService {

    private final LocalStore store;
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public CertificateServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public synchronized List<Certificate> issueAll(String offeringId) throws StoreException {
        CourseOffering offering = store.find(CourseOffering.class, offeringId).orElseThrow(
                () -> new StoreException(StoreException.Reason.INVALID, "No offering " + offeringId));
        List<Enrolment> completed = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED).toList();
        return issue(offering, completed);
    }

    @Override
    public synchronized Certificate issue(String enrolmentId) throws StoreException {
        Enrolment enrolment = store.find(Enrolment.class, enrolmentId)
                .filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED).orElseThrow(() -> new StoreException(
                        StoreException.Reason.INVALID, "No completed enrolment " + enrolmentId));
        List<Certificate> made = issue(enrolment.getOffering(), List.of(enrolment));
        return made.isEmpty()
                ? store.findBy(Certificate.class, Literals.CERTIFICATE__ENROLMENT, enrolmentId).get(0)
                : made.get(0);
    }

    /** Certificates for those of {@code completed} that have none, saved in one transaction. */
    private List<Certificate> issue(CourseOffering offering, List<Enrolment> completed) throws StoreException {
        if (completed.isEmpty()) {
            return List.of();
        }
        Set<String> certified = store.findBy(Certificate.class, Literals.CERTIFICATE__ENROLMENT,
                completed.stream().map(Enrolment::getId).toList()).stream().map(c -> c.getEnrolment().getId())
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        int months = offering.getCourse() == null ? 0 : offering.getCourse().getCertificateValidityMonths();
        CertificateNumbers numbers = new CertificateNumbers(today.getYear(), store.sync().replicaId(),
                store.select(Certificate.class, "certificateNumber").stream().map(row -> (String) row[0]).toList());
        List<Certificate> issued = new ArrayList<>();
        for (Enrolment enrolment : completed) {
            if (certified.contains(enrolment.getId())) {
                continue;
            }
            Certificate certificate = SamverkaFactory.eINSTANCE.createCertificate();
            certificate.setEnrolment(enrolment);
            certificate.setCertificateNumber(numbers.next());
            certificate.setVerificationCode(VerificationCode.generate());
            certificate.setIssuedOn(Verification.date(today));
            if (months > 0) {
                // Valid through the same date that many months later (as the demo county's certificates).
                certificate.setExpiresOn(Verification.date(today.plusMonths(months)));
            }
            issued.add(certificate);
        }
        return issued.isEmpty() ? List.of() : store.saveAll(issued);
    }

    @Override
    public List<Certificate> certificates(String offeringId) {
        List<String> enrolments = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId).stream()
                .map(Enrolment::getId).toList();
        return store.findBy(Certificate.class, Literals.CERTIFICATE__ENROLMENT, enrolments).stream()
                .sorted(Comparator.comparing(Certificate::getCertificateNumber)).toList();
    }

    @Override
    public Verification verify(String code) {
        String compact = VerificationCode.normalise(code).orElse(null);
        if (compact == null) {
            return Verification.UNKNOWN;
        }
        // Codes are compared in their compact form, so one stored in any typed form is found.
        String id = store.select(Certificate.class, "id", "verificationCode").stream()
                .filter(row -> row[1] != null && VerificationCode.normalise((String) row[1])
                        .filter(compact::equals).isPresent())
                .map(row -> (String) row[0]).findFirst().orElse(null);
        if (id == null) {
            return Verification.UNKNOWN;
        }
        return store.find(Certificate.class, id).map(c -> Verification.of(c, LocalDate.now(clock)))
                .orElse(Verification.UNKNOWN);
    }

    @Override
    public Instant lastSync() {
        return store.sync().lastSync();
    }
}
