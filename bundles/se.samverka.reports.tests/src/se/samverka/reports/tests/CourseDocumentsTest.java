package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.samverka.courses.documents.CertificateContent;
import se.samverka.courses.documents.CourseDocuments;
import se.samverka.courses.documents.SignatureList;
import se.samverka.model.Certificate;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SessionDay;

/**
 * The courses' documents made from model objects as the store gives them: the signature list of a day (over two
 * pages, with the header and "Sida n av m" on each, names with å, ä, ö), one certificate and all of an offering's;
 * the QR code of each decodes to its verification code. The files stay in target/documents for veraPDF.
 */
class CourseDocumentsTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;
    private static final ZoneId ZONE = ZoneId.systemDefault();
    static final String[][] NAMES = {{"Åsa", "Öberg"}, {"Björn", "Ärlig"}, {"Märta", "Ågren"}, {"Göran", "Sjöström"},
            {"Linnéa", "Håkansson"}, {"Örjan", "Bäckström"}, {"Zoë", "Lindqvist"}, {"Maximiliana Charlotta", "af"
                    + " Klercker-Gyllenhammar von Düben"}, {"Ali", "Hassan"}, {"Sanna", "Nyström"}};

    private final CourseDocuments swedish = new CourseDocuments(Locale.of("sv", "SE"), "Samverka test");

    /** An offering of three days, 9–16, 9–16 and 9–12 (17 hours), with its course, trainers and participants. */
    static CourseOffering offering(int participants, List<Enrolment> enrolments) {
        Course course = F.createCourse();
        course.setName("Grundkurs i praktiskt brottsförebyggande arbete");
        CourseOffering offering = F.createCourseOffering();
        offering.setCourse(course);
        offering.setTitle("Grundkurs våren 2027, Enköping");
        offering.setVenue("Kryddgårdens konferens");
        offering.setAddress("Kryddgårdsvägen 4, Enköping");
        for (int d = 0; d < 3; d++) {
            SessionDay day = F.createSessionDay();
            day.setSeq(d + 1);
            LocalDate date = LocalDate.of(2027, 3, 9).plusDays(d);
            day.setSessionDate(date(date, LocalTime.MIDNIGHT));
            day.setStartsAt(date(date, LocalTime.of(9, 0)));
            day.setEndsAt(date(date, d == 2 ? LocalTime.of(12, 0) : LocalTime.of(16, 0)));
            offering.getSessionDays().add(day);
        }
        offering.getTrainers().add(person("Karin", "Åkesson", "Länsstyrelsen i Uppsala län", null));
        offering.getTrainers().add(person("Per", "Öhman", "Polisen, LPO Enköping", null));
        for (int i = 0; i < participants; i++) {
            String[] name = NAMES[i % NAMES.length];
            Enrolment enrolment = F.createEnrolment();
            enrolment.setOffering(offering);
            enrolment.setPerson(person(name[0] + (i < NAMES.length ? "" : " " + (i / NAMES.length + 1)), name[1],
                    i % 3 == 0 ? "Socialförvaltningen, Östhammars kommun" : "Bostadsbolaget Hälsinglands fastigheter",
                    i % 2 == 0 ? "Östhammar" : "Älvkarleby"));
            enrolment.setStatus(i % 7 == 6 ? EnrolmentStatus.CANCELLED : EnrolmentStatus.ENROLLED);
            enrolments.add(enrolment);
        }
        return offering;
    }

    static Person person(String first, String last, String organisation, String municipality) {
        Person person = F.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        if (organisation != null) {
            Organisation org = F.createOrganisation();
            org.setKind(OrganisationKind.PARTNER);
            org.setName(organisation);
            person.setOrganisation(org);
        }
        if (municipality != null) {
            Organisation m = F.createOrganisation();
            m.setKind(OrganisationKind.MUNICIPALITY);
            m.setName(municipality);
            person.setMunicipality(m);
        }
        return person;
    }

    static Certificate certificate(Enrolment enrolment, int number) {
        Certificate certificate = F.createCertificate();
        certificate.setEnrolment(enrolment);
        certificate.setCertificateNumber("C-2027-" + String.format("%04d", number));
        certificate.setVerificationCode(String.format("K7QF-3MZD-9XWA-%04d", number));
        certificate.setIssuedOn(date(LocalDate.of(2027, 3, 11), LocalTime.NOON));
        return certificate;
    }

    private static Date date(LocalDate date, LocalTime time) {
        return Date.from(date.atTime(time).atZone(ZONE).toInstant());
    }

    @Test
    void theSignatureListOfADayHasEveryParticipantWithHeaderAndPageNumbersOnEachPage() throws Exception {
        List<Enrolment> enrolments = new ArrayList<>();
        CourseOffering offering = offering(30, enrolments);
        SignatureList list = SignatureList.of(offering, offering.getSessionDays().get(1), enrolments);
        assertEquals(26, list.participants().size(), "the four cancelled are not listed");
        assertEquals(2, list.day());
        Path file = Pdfs.folder().resolve("signature-list.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            swedish.signatureList(list, out);
        }
        assertEquals(2, Pdfs.pages(file));
        String first = Pdfs.text(file, 1);
        String second = Pdfs.text(file, 2);
        String both = first + second;
        assertTrue(first.contains("Närvarolista"), first);
        assertTrue(first.contains("Grundkurs i praktiskt brottsförebyggande arbete"));
        assertTrue(first.contains("Dag 2 av 3"), first);
        assertTrue(first.contains("09.00–16.00"), first);
        assertTrue(first.contains("Kryddgårdens konferens, Kryddgårdsvägen 4, Enköping"), first);
        assertTrue(first.contains("Karin Åkesson, Per Öhman"), first);
        assertTrue(first.contains("Sida 1 av 2"), first);
        assertTrue(second.contains("Sida 2 av 2"), second);
        assertTrue(first.contains("Namnteckning") && second.contains("Namnteckning"), "header on both pages");
        for (String name : List.of("Öberg, Åsa", "Ärlig, Björn", "Ågren, Märta", "Sjöström, Göran", "Bäckström, Örjan",
                "Socialförvaltningen,", "Östhammars kommun", "Hälsinglands", "Älvkarleby")) {
            assertTrue(both.contains(name), name + " in\n" + both);
        }
        assertTrue(both.contains("af Klercker-\nGyllenhammar"), "a long name wraps after its hyphen: "
                + both);
        assertTrue(both.contains("26\n") || both.contains("26 "), "numbered to 26");
        // Swedish order: Å, Ä, Ö after Z.
        assertTrue(both.indexOf("Sjöström, Göran") < both.indexOf("Ågren, Märta"), "Å after S");
        assertTrue(both.indexOf("Ågren, Märta") < both.indexOf("Ärlig, Björn"));
        assertTrue(both.indexOf("Ärlig, Björn") < both.indexOf("Öberg, Åsa"));
    }

    @Test
    void theSignatureListInEnglish() throws Exception {
        List<Enrolment> enrolments = new ArrayList<>();
        CourseOffering offering = offering(30, enrolments);
        Path file = Pdfs.folder().resolve("signature-list-en.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new CourseDocuments(Locale.ENGLISH, "Samverka test")
                    .signatureList(SignatureList.of(offering, offering.getSessionDays().get(0), enrolments), out);
        }
        String first = Pdfs.text(file, 1);
        assertTrue(first.contains("Signature list") && first.contains("Page 1 of 2") && first.contains("Day 1 of 3"),
                first);
    }

    @Test
    void aCertificateNamesWhoWhatWhenAndHowLongAndItsQrCodeIsTheVerificationCode() throws Exception {
        List<Enrolment> enrolments = new ArrayList<>();
        offering(3, enrolments);
        enrolments.get(0).setStatus(EnrolmentStatus.COMPLETED);
        CertificateContent content = CertificateContent.of(certificate(enrolments.get(0), 17),
                "Länsstyrelsen i Uppsala län");
        assertEquals(17 * 60, content.duration().toMinutes());
        Path file = Pdfs.folder().resolve("certificate.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            swedish.certificate(content, out);
        }
        assertEquals(1, Pdfs.pages(file));
        String text = Pdfs.text(file, 1);
        for (String expected : List.of("KURSINTYG", "Åsa Öberg", "Grundkurs i praktiskt brottsförebyggande arbete",
                "9–11 mars 2027", "3 dagar", "17 timmar", "Karin Åkesson, Per Öhman",
                "Utfärdat av Länsstyrelsen i Uppsala län den 11 mars 2027", "C-2027-0017", "K7QF-3MZD-9XWA-0017")) {
            assertTrue(text.contains(expected), expected + " in\n" + text);
        }
        assertEquals("K7QF-3MZD-9XWA-0017", Pdfs.qrCode(file, 1));
    }

    @Test
    void allOfAnOfferingsCertificatesInOneDocumentAPageEach() throws Exception {
        List<Enrolment> enrolments = new ArrayList<>();
        offering(12, enrolments);
        List<CertificateContent> certificates = new ArrayList<>();
        for (int i = 0; i < enrolments.size(); i++) {
            certificates.add(CertificateContent.of(certificate(enrolments.get(i), i + 1), "Länsstyrelsen i Uppsala län"));
        }
        Path file = Pdfs.folder().resolve("certificates-offering.pdf");
        AtomicInteger worked = new AtomicInteger();
        try (OutputStream out = Files.newOutputStream(file)) {
            swedish.certificates("Grundkurs våren 2027", certificates, out, worked::addAndGet, () -> false);
        }
        assertEquals(12, worked.get());
        assertEquals(12, Pdfs.pages(file));
        assertTrue(Pdfs.text(file, 8).replace("-\n", "-").replace("\n", " ")
                .contains("Maximiliana Charlotta af Klercker-Gyllenhammar von Düben"), Pdfs.text(file, 8));
        for (int page : new int[] {1, 8, 12}) {
            assertEquals(String.format("K7QF-3MZD-9XWA-%04d", page), Pdfs.qrCode(file, page));
        }
    }

    @Test
    void makingCertificatesStopsWhenCancelled() throws Exception {
        List<Enrolment> enrolments = new ArrayList<>();
        offering(5, enrolments);
        List<CertificateContent> certificates = enrolments.stream()
                .map(e -> CertificateContent.of(certificate(e, 1), "Länsstyrelsen")).toList();
        AtomicInteger worked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> swedish.certificates("x", certificates,
                OutputStream.nullOutputStream(), worked::addAndGet, () -> worked.get() >= 2));
        assertEquals(2, worked.get());
    }

    @Test
    void aCertificateWithoutAVerificationCodeIsRefused() {
        List<Enrolment> enrolments = new ArrayList<>();
        offering(1, enrolments);
        Certificate certificate = certificate(enrolments.get(0), 1);
        certificate.setVerificationCode(" ");
        assertThrows(IllegalArgumentException.class, () -> CertificateContent.of(certificate, "Länsstyrelsen"));
    }
}
