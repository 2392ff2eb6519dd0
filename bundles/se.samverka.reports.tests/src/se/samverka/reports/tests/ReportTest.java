package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import se.samverka.reports.DocumentInfo;
import se.samverka.reports.Report;
import se.samverka.reports.Table;
import se.samverka.reports.TextStyle;
import se.samverka.reports.TextStyle.Align;
import se.samverka.reports.TextStyle.Weight;

/**
 * The reports API inside OSGi: fonts from the bundle, metadata that agrees, wrapping, a table over pages with its
 * header repeated, the footer, characters the fonts lack, a QR code that decodes; and the two broken controls that
 * veraPDF must refuse after the tests.
 */
class ReportTest {

    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 11, 30, 14, 5, 6, 789_000_000,
            ZoneId.of("Europe/Stockholm"));

    static DocumentInfo info(String title) {
        return new DocumentInfo(title, "Länsstyrelsen i Uppsala län", "Ett prov", Locale.of("sv", "SE"),
                "Samverka test", WHEN);
    }

    @Test
    void metadataOfInformationAndXmpAgreeWithTheLanguageSet() throws Exception {
        Path file = Pdfs.folder().resolve("report-metadata.pdf");
        try (Report report = Report.create(info("Närvarolista – Grundkurs"));
                OutputStream out = Files.newOutputStream(file)) {
            report.text("Åsa Öberg", TextStyle.BODY);
            report.save(out);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertEquals("Närvarolista – Grundkurs", document.getDocumentInformation().getTitle());
            assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
            assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
            XMPMetadata xmp = new DomXmpParser()
                    .parse(document.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertEquals("Närvarolista – Grundkurs", xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("Länsstyrelsen i Uppsala län"), xmp.getDublinCoreSchema().getCreators());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(document.getDocumentInformation().getCreationDate().getTimeInMillis(),
                    xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis());
            assertTrue(document.getPage(0).getResources().getFontNames().iterator().hasNext());
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertTrue(document.getPage(0).getResources().getFont(name).isEmbedded(), name.getName());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderAndNumbersEveryPage() throws Exception {
        Path file = Pdfs.folder().resolve("report-table.pdf");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            rows.add(List.of(Integer.toString(i), "Deltagare nummer " + i + " med ett långt namn som måste radbrytas"
                    + " i sin kolumn", ""));
        }
        try (Report report = Report.create(info("Tabell")); OutputStream out = Files.newOutputStream(file)) {
            report.text("Ett stycke som är längre än en rad, så att det måste brytas vid mellanslagen och inte "
                    + "skrivas utanför sidan. Ordet Donaudampfschiffahrtsgesellschaftskapitänsmützenabzeichen"
                    + "fabrikantenvereinigungsvorsitzender är längre än en rad.\nEn ny rad.", TextStyle.BODY);
            report.table(new Table(List.of(new Table.Column("Nr", 1), new Table.Column("Namn", 6),
                    new Table.Column("Namnteckning", 4)), rows, 3, 8));
            report.pageNumbers((page, pages) -> "Sida " + page + " av " + pages);
            report.save(out);
        }
        int pages = Pdfs.pages(file);
        assertTrue(pages >= 3, "70 rows of 8 mm need at least three pages: " + pages);
        for (int page = 1; page <= pages; page++) {
            String text = Pdfs.text(file, page);
            assertTrue(text.contains("Namnteckning"), "header on page " + page);
            assertTrue(text.contains("Sida " + page + " av " + pages), "footer on page " + page);
        }
        String all = Pdfs.text(file, 1);
        assertTrue(all.contains("Donaudampfschiffahrtsgesellschaft"), all);
        assertTrue(Pdfs.text(file, pages).contains("Deltagare nummer 70 "));
    }

    @Test
    void charactersTheFontLacksAreReplacedNotFatal() throws Exception {
        Path file = Pdfs.folder().resolve("report-glyphs.pdf");
        String text = "Klart ✓ – Ångström § 12 € ½\tslut";
        try (Report report = Report.create(info("Tecken")); OutputStream out = Files.newOutputStream(file)) {
            assertEquals("Klart ? – Ångström § 12 € ½ slut", report.printable(text, Weight.REGULAR));
            report.text(text, TextStyle.BODY);
            report.save(out);
        }
        String extracted = Pdfs.text(file, 1);
        assertTrue(extracted.contains("Klart ? – Ångström § 12 €"), extracted);
        assertFalse(extracted.contains("✓"));
    }

    @Test
    void aQrCodeDrawnAsVectorsDecodes() throws Exception {
        Path file = Pdfs.folder().resolve("report-qr.pdf");
        try (Report report = Report.create(info("QR")); OutputStream out = Files.newOutputStream(file)) {
            report.qrCode("K7QF-3MZD-9XWA-TP2H", 30, Align.CENTER);
            report.save(out);
        }
        assertEquals("K7QF-3MZD-9XWA-TP2H", Pdfs.qrCode(file, 1));
    }

    /** Broken controls, each left for veraPDF, which must refuse them: without the output intent, and Helvetica. */
    @Test
    void brokenControlsForTheValidator() throws Exception {
        Path good = Pdfs.folder().resolve("report-control-source.pdf");
        try (Report report = Report.create(info("Kontroll")); OutputStream out = Files.newOutputStream(good)) {
            report.text("Kontroll – Åsa Öberg", TextStyle.BODY);
            report.save(out);
        }
        Path noIntent = Pdfs.folder().resolve("control-no-output-intent.pdf");
        try (PDDocument document = Loader.loadPDF(good.toFile())) {
            document.getDocumentCatalog().getOutputIntents().clear();
            document.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS);
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true)) {
                content.setNonStrokingColor(0.1f, 0.2f, 0.6f);
                content.addRect(100, 100, 50, 50);
                content.fill();
            }
            document.save(noIntent.toFile());
        }
        Path standard14 = Pdfs.folder().resolve("control-standard-14-font.pdf");
        try (PDDocument document = Loader.loadPDF(good.toFile())) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(100, 100);
                content.showText("Helvetica is not embedded");
                content.endText();
            }
            document.save(standard14.toFile());
        }
        try (PDDocument document = Loader.loadPDF(noIntent.toFile())) {
            assertTrue(document.getDocumentCatalog().getOutputIntents().isEmpty());
        }
        assertTrue(Files.deleteIfExists(good) || !Files.exists(good));
    }
}
