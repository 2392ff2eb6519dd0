package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.DocumentChooser;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The Dokument menu of an open offering: the signature list of a day and the certificates are made in a Job and
 * saved where the user chose (a chooser in the application context stands in for the native file dialog); an
 * offering without issued certificates says so in words.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class DocumentsScreensTest extends WindowTest {

    private static final String CHOOSER = "se.samverka.courses.ui.documents.chooser";

    private static DocumentChooser chooser;

    @BeforeAll
    static void attach() throws Exception {
        chooser = DocumentChooser.install(app, CHOOSER, "documents",
                suggested -> suggested.startsWith("Närvarolista") ? "närvarolista.pdf" : "intyg.pdf");
    }

    @Test
    @Order(1)
    void theSignatureListAndTheCertificatesOfAnOfferingAreSavedAsPdf() throws Exception {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        CourseOffering offering = store.findAll(Certificate.class).stream()
                .filter(c -> c.getVerificationCode() != null
                        && c.getEnrolment().getStatus() == EnrolmentStatus.COMPLETED)
                .map(c -> c.getEnrolment().getOffering())
                .max(Comparator.comparing(o -> o.getSessionDays().get(0).getSessionDate())).orElseThrow();
        open(offering);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "documents-offering.png"));

        window.clickMenu("Dokument", "Närvarolista …");
        Path list = chooser.folder.resolve("närvarolista.pdf");
        awaitPdf(list);
        assertTrue(chooser.asked.get(0).startsWith("Närvarolista " + offering.getTitle()), chooser.asked.toString());

        window.clickMenu("Dokument", "Intyg …");
        awaitPdf(chooser.folder.resolve("intyg.pdf"));
        try (Stream<Path> files = Files.list(chooser.folder)) {
            assertEquals(List.of("intyg.pdf", "närvarolista.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    @Order(2)
    void anOfferingWithoutIssuedCertificatesSaysSo() {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        List<String> withCertificates = store.findAll(Certificate.class).stream()
                .map(c -> c.getEnrolment().getOffering().getId()).toList();
        CourseOffering offering = store.findAll(Enrolment.class).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED).map(Enrolment::getOffering)
                .filter(o -> !withCertificates.contains(o.getId())).findFirst().orElseThrow();
        open(offering);
        window.clickMenu("Dokument", "Intyg …");
        WindowDriver message = app.waitForWindow("Kursintyg");
        assertTrue(message.labelTexts().stream().anyMatch(t -> t.startsWith("Det finns inga utfärdade intyg")),
                message.labelTexts().toString());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "documents-no-certificates.png"));
        message.clickButton("OK");
    }

    private static void open(CourseOffering offering) {
        window.selectRow("navigation.areas", "Utbildningar");
        window.type("courses.list.filter", offering.getTitle());
        window.openRow("courses.list", offering.getTitle());
        window.ui().waitUntil("the offering's editor", () -> app.openParts().stream()
                .anyMatch(p -> p.contains(offering.getTitle())), Ui.DEFAULT_TIMEOUT);
    }

    private static void awaitPdf(Path file) {
        DocumentChooser.awaitFile(window, file, "%PDF-", java.time.Duration.ofSeconds(60));
    }
}
