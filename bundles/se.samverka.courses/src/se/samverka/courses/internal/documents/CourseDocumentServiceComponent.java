package se.samverka.courses.internal.documents;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.CourseDocumentService;
import se.samverka.courses.documents.CertificateContent;
import se.samverka.courses.documents.SignatureList;
import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.store.LocalStore;

/** The documents' content read from the local store. */
@Component(service = CourseDocumentService.class)
public final class CourseDocumentServiceComponent implements CourseDocumentService {

    private final LocalStore store;

    @Activate
    public CourseDocumentServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public SignatureList signatureList(String offeringId, String sessionDayId) {
        CourseOffering offering = offering(offeringId);
        SessionDay day = offering.getSessionDays().stream().filter(d -> sessionDayId.equals(d.getId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No session day " + sessionDayId + " in the offering"));
        return SignatureList.of(offering, day, store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId));
    }

    @Override
    public List<CertificateContent> certificates(String offeringId) {
        offering(offeringId);
        List<String> completed = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.COMPLETED).map(Enrolment::getId).toList();
        if (completed.isEmpty()) {
            return List.of();
        }
        String issuer = issuer();
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        return store.findBy(Certificate.class, Literals.CERTIFICATE__ENROLMENT, completed).stream()
                .filter(c -> c.getVerificationCode() != null && !c.getVerificationCode().isBlank())
                .map(c -> CertificateContent.of(c, issuer))
                .sorted(Comparator.comparing((CertificateContent c) -> c.participant().lastName(), collator)
                        .thenComparing(c -> c.participant().firstName(), collator)
                        .thenComparing(CertificateContent::number))
                .toList();
    }

    private CourseOffering offering(String offeringId) {
        return store.find(CourseOffering.class, offeringId)
                .orElseThrow(() -> new IllegalArgumentException("No offering " + offeringId));
    }

    /** The county administrative board, which issues the county's course certificates; null when none is known. */
    private String issuer() {
        return store.findAll(Organisation.class).stream().filter(o -> o.getKind() == OrganisationKind.COUNTY_BOARD)
                .map(Organisation::getName).sorted().findFirst().orElse(null);
    }
}
