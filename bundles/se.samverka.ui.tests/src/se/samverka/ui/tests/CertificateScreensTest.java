package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * Certificates in the window: Arkiv → Verifiera intyg … answers valid, with name and course, for the code of a
 * certificate the laptop holds (typed as a person reads it), and unknown for a wrong one; an offering's "Utfärda
 * intyg" issues for its completed participants and says how many, once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class CertificateScreensTest extends WindowTest {

    private static LocalStore store;

    @BeforeAll
    static void attach() {
        store = ApplicationDriver.service(LocalStore.class);
    }

    @Test
    @Order(1)
    void theVerifyDialogAnswersValidForAnIssuedCodeAndUnknownForAWrongOne() {
        Certificate certificate = store.findAll(Certificate.class).stream()
                .filter(c -> c.getExpiresOn() == null || c.getExpiresOn().toInstant().atZone(ZoneId.systemDefault())
                        .toLocalDate().isAfter(LocalDate.now()))
                .findFirst().orElseThrow();
        Enrolment enrolment = store.find(Enrolment.class, certificate.getEnrolment().getId()).orElseThrow();
        String name = enrolment.getPerson().getFirstName() + " " + enrolment.getPerson().getLastName();

        WindowDriver dialog = openVerify();
        check(dialog, certificate.getVerificationCode().toLowerCase(Locale.ROOT)
                .replace("-", " "));
        assertEquals("Giltigt intyg", dialog.textOf("certificates.verify.result"));
        String details = dialog.textOf("certificates.verify.details");
        assertTrue(details.contains(certificate.getCertificateNumber()), details);
        assertTrue(details.contains(name), details);
        assertTrue(details.contains(enrolment.getOffering().getCourse().getName()), details);
        assertTrue(details.contains(", utfärdat "), details);
        assertEquals("", dialog.textOf("certificates.verify.note"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "certificate-verify-valid.png"));

        check(dialog, "ABCD-EFGH-JKMN-PQ");
        assertTrue(dialog.textOf("certificates.verify.result").startsWith("Okänd kod"),
                dialog.textOf("certificates.verify.result"));
        assertEquals("", dialog.textOf("certificates.verify.details"));
        assertTrue(dialog.textOf("certificates.verify.note").contains("synka"),
                "says that a certificate issued elsewhere may not be known yet: "
                        + dialog.textOf("certificates.verify.note"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "certificate-verify-unknown.png"));

        check(dialog, "intyg 12");
        assertTrue(dialog.textOf("certificates.verify.result").startsWith("Det är ingen verifieringskod"));
        dialog.clickButton("certificates.verify.close");
        dialog.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);
    }

    @Test
    @Order(2)
    void anOfferingIssuesCertificatesForItsCompletedParticipantsOnce() throws Exception {
        List<CourseOffering> offerings = store.findAll(CourseOffering.class);
        Enrolment enrolment = store.findAll(Enrolment.class).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED && offerings.stream()
                        .filter(o -> o.getTitle().equals(e.getOffering().getTitle())).count() == 1)
                .findFirst().orElseThrow();
        CourseOffering offering = enrolment.getOffering();
        int before = certificatesOf(offering).size();
        enrolment.setStatus(EnrolmentStatus.COMPLETED);
        store.save(enrolment);

        window.selectRow("navigation.areas", "Utbildningar");
        window.type("courses.list.filter", "");
        window.openRow("courses.list", offering.getTitle());
        window.clickButton("courses.editor.issueCertificates");
        window.ui().waitUntil("the certificates issued",
                () -> !window.textOf("courses.editor.issueCertificates.result").isEmpty(), Ui.DEFAULT_TIMEOUT);
        assertEquals("Ett intyg utfärdades. " + (before + 1) + " deltagare har nu intyg från tillfället.",
                window.textOf("courses.editor.issueCertificates.result"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "certificates-issued.png"));
        List<Certificate> after = certificatesOf(offering);
        assertEquals(before + 1, after.size());
        Certificate issued = after.stream().filter(c -> c.getEnrolment().getId().equals(enrolment.getId()))
                .findFirst().orElseThrow();

        window.clickButton("courses.editor.issueCertificates");
        window.ui().waitUntil("answered again", () -> window.textOf("courses.editor.issueCertificates.result")
                .startsWith("Inga nya intyg"), Ui.DEFAULT_TIMEOUT);
        assertEquals(before + 1, certificatesOf(offering).size(), "no second certificate");

        WindowDriver dialog = openVerify();
        check(dialog, issued.getVerificationCode());
        assertEquals("Giltigt intyg", dialog.textOf("certificates.verify.result"));
        assertTrue(dialog.textOf("certificates.verify.details").contains(issued.getCertificateNumber()));
        assertFalse(issued.getCertificateNumber().isEmpty());
        dialog.clickButton("certificates.verify.close");
        dialog.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);
    }

    private static WindowDriver openVerify() {
        window.clickMenu("Arkiv", "Verifiera intyg …");
        return app.waitForWindow("Verifiera intyg");
    }

    /** Types a code in the dialog, asks, and waits for the answer. */
    private static void check(WindowDriver dialog, String code) {
        dialog.type("certificates.verify.code", code);
        dialog.clickButton("certificates.verify.check");
        dialog.ui().waitUntil("the answer", () -> !dialog.textOf("certificates.verify.result").isEmpty(),
                Ui.DEFAULT_TIMEOUT);
    }

    private static List<Certificate> certificatesOf(CourseOffering offering) {
        List<String> enrolments = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offering.getId())
                .stream().map(Enrolment::getId).toList();
        return store.findBy(Certificate.class, Literals.CERTIFICATE__ENROLMENT, enrolments);
    }
}
