package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.meetings.MeetingDocumentService;
import se.samverka.meetings.documents.MeetingContent;
import se.samverka.meetings.documents.MeetingDocuments;
import se.samverka.meetings.internal.documents.MeetingDocumentServiceComponent;

/**
 * The kallelse and the protokoll made from a real encrypted store: their text read back (PDFBox) holds the group,
 * the agenda with presenters and times, the names, the apology, the decisions by number and the action items with
 * owners and dates. They are left in target/documents/ (kallelse.pdf, protokoll.pdf, protokoll-en.pdf), where
 * veraPDF then checks them as PDF/A-2u, with a broken control (no OutputIntent) that must fail.
 */
class MeetingDocumentsTest {

    private static MeetingDocumentsFixture fixture;
    private static MeetingDocumentService service;

    @BeforeAll
    static void fill() throws Exception {
        fixture = new MeetingDocumentsFixture();
        service = new MeetingDocumentServiceComponent(fixture.store, MeetingDocumentsFixture.STOCKHOLM);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void theContentNumbersDecisionsAcrossTheMeetingAndTimesTheAgenda() {
        MeetingContent march = service.content(fixture.march.getId());
        assertEquals(List.of(1, 2), march.decisions().stream().map(MeetingContent.Decision::number).toList());
        assertEquals("Kommunerna redovisar sina trygghetsvandringar till nästa möte.", march.decisions().get(1).text());
        assertEquals(List.of("09:00", "09:15", "09:45"),
                march.agenda().stream().map(i -> i.startsAt().toString()).toList());
        // What the group owes when the meeting starts: February's open item, not the done one, not this meeting's.
        assertEquals(List.of("Sammanställa trygghetsmätningen"),
                march.openActions().stream().map(MeetingContent.Action::description).toList());
        assertEquals(List.of("Sammanställa trygghetsmätningen", "Samla in kommunernas rapporter"),
                service.content(fixture.may.getId()).openActions().stream().map(MeetingContent.Action::description)
                        .toList(), "May's kallelse lists what February and March left open, by due date");
        assertEquals("Karin Lindqvist", march.organizer().name(), "the group's convener sends it");
        // The chair on the day, not the former chair.
        assertEquals(se.samverka.model.MembershipRole.CHAIR, march.invitees().stream()
                .filter(i -> i.person().name().equals("Per Åström")).findFirst().orElseThrow().role());
        assertThrows(IllegalArgumentException.class, () -> service.content("no-such-meeting"));
    }

    @Test
    void theKallelseHoldsAgendaInviteesAndTheGroupsOpenActionItems() throws Exception {
        Path file = MeetingDocumentsFixture.documents().resolve("kallelse.pdf");
        write(file, service.content(fixture.march.getId()), true, Locale.of("sv", "SE"));
        String text = text(file);
        for (String expected : List.of("Kallelse", "Länsnätverket", "Nätverksträff mars", "Torsdag 11 mars 2027",
                "09.00–12.00", "Länsstyrelsen, Hamnesplanaden 3, Uppsala", "https://meet.example.se/lansnatverket-mars",
                "Dagordning", "Lägesbild från polisen", "Eva Öberg", "09.15", "09.45", "45 min", "Kallade",
                "Per Åström", "Ordförande", "Jonas Berg", "Gäst: Lägesbild från polisen", "Öppna åtgärder i gruppen",
                "Sammanställa trygghetsmätningen", "Ali Hassan", "2027-03-01", "Sida 1 av")) {
            assertTrue(text.contains(expected), "the kallelse says " + expected + ":\n" + text);
        }
        assertFalse(text.contains("Boka lokal"), "a done action item is not open");
        assertFalse(text.contains("Samla in kommunernas rapporter"), "made at this meeting, not owed before it");
        assertFalse(text.contains("Gustav Ek"), "a former member is not invited");
    }

    @Test
    void theProtokollNumbersTheDecisionsAndNamesPresentAndApologised() throws Exception {
        Path file = MeetingDocumentsFixture.documents().resolve("protokoll.pdf");
        write(file, service.content(fixture.march.getId()), false, Locale.of("sv", "SE"));
        String text = text(file);
        for (String expected : List.of("Protokoll", "Närvarande", "Per Åström, Tierps kommun",
                "Eva Öberg, Lokalpolisområde Uppsala", "Anmält förhinder", "Ali Hassan, Tierps kommun – Föräldraledig",
                "Frånvarande utan anmälan", "Jonas Berg", "Beslut § 1",
                "Länsnätverket ställer sig bakom polisens lägesbild och sprider den i kommunerna.", "Beslut § 2",
                "Kommunerna redovisar sina trygghetsvandringar till nästa möte.",
                "Åtgärd: Samla in kommunernas rapporter – ansvarig Sara Nyberg, klart senast 2027-05-15",
                "Protokollsanteckningar", "Mötet öppnades kl. 09.05.", "Justeras", "Underskrift",
                "Namnförtydligande", "Sida 1 av")) {
            assertTrue(text.contains(expected), "the protokoll says " + expected + ":\n" + text);
        }
        int first = text.indexOf("Beslut § 1");
        int second = text.indexOf("Beslut § 2");
        assertTrue(first < second, "§ 1 comes before § 2");
        String present = text.substring(text.indexOf("Närvarande"), text.indexOf("Anmält förhinder"));
        assertFalse(present.contains("Ali Hassan"), "the apologised are not among the present");
        assertFalse(text.contains("Sammanställa trygghetsmätningen"), "the protokoll has this meeting's actions only");
        int police = text.indexOf("Lägesbild från polisen", text.indexOf("Närvarande"));
        int itsMinutes = text.indexOf("Anmälda brott i länet minskade med 4 procent under 2026.");
        assertTrue(police >= 0 && itsMinutes > police && itsMinutes < first,
                "an item's minutes stand under the item, before its decision:\n" + text);
        assertFalse(text.contains("[punkt:"), "the sections' markers are not printed:\n" + text);
    }

    @Test
    void theProtokollInEnglish() throws Exception {
        Path file = MeetingDocumentsFixture.documents().resolve("protokoll-en.pdf");
        write(file, service.content(fixture.march.getId()), false, Locale.ENGLISH);
        String text = text(file);
        for (String expected : List.of("Minutes", "Present", "Apologies", "Decision § 1", "Decision § 2",
                "11 March 2027", "Page 1 of")) {
            assertTrue(text.contains(expected), "the English protokoll says " + expected + ":\n" + text);
        }
    }

    /** A kallelse without its OutputIntent: veraPDF must fail it (rule 6.2.4.3-2), else the check proves nothing. */
    @Test
    void aBrokenControlForVeraPdf() throws Exception {
        Path good = Files.createTempFile("kallelse", ".pdf");
        write(good, service.content(fixture.march.getId()), true, Locale.of("sv", "SE"));
        try (PDDocument document = Loader.loadPDF(good.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            document.save(MeetingDocumentsFixture.documents().resolve("control-kallelse-no-output-intent.pdf").toFile());
        }
        Files.delete(good);
    }

    private static void write(Path file, MeetingContent content, boolean notice, Locale locale) throws IOException {
        MeetingDocuments documents = new MeetingDocuments(locale, "Samverka tests");
        try (OutputStream out = Files.newOutputStream(file)) {
            if (notice) {
                documents.notice(content, out);
            } else {
                documents.minutes(content, out);
            }
        }
    }

    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            // Lines as wrapped in the document joined by one space, so that a wrapped sentence is found whole.
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
