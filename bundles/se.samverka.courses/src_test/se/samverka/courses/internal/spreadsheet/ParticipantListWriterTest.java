package se.samverka.courses.internal.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.courses.internal.spreadsheet.SheetReader.Read;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;

/** The participant list as Swedish Excel opens it, read back by the import's own reader. */
class ParticipantListWriterTest {

    private static Enrolment enrolment(String first, String last, String organisation, EnrolmentStatus status,
            int day) {
        SamverkaFactory factory = SamverkaFactory.eINSTANCE;
        Person person = factory.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        person.setEmail(first.toLowerCase() + "@uppsala.se");
        person.setPhone(first.equals("Örjan") ? "0701234567" : null);
        Organisation org = factory.createOrganisation();
        org.setName(organisation);
        person.setOrganisation(org);
        Enrolment enrolment = factory.createEnrolment();
        enrolment.setPerson(person);
        enrolment.setStatus(status);
        // 23:30 in Stockholm is the next day in UTC: the date must be the Swedish one.
        enrolment.setRequestedAt(Date.from(ZonedDateTime.of(2026, 3, day, 23, 30, 0, 0,
                ZoneId.of("Europe/Stockholm")).toInstant()));
        return enrolment;
    }

    @Test
    void theListHasABomSemicolonsCrlfQuotingAndSwedishDatesAndReadsBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int written = ParticipantListWriter.write(List.of(
                enrolment("Örjan", "Åberg", "Polisen; Tierp", EnrolmentStatus.ENROLLED, 2),
                enrolment("Ann", "Öst", "Skolan \"Norr\"", EnrolmentStatus.WAITLISTED, 3),
                enrolment("Bo", "Berg", "Kommunen", EnrolmentStatus.CANCELLED, 4),
                enrolment("Ärla", "Ahl", "Kommunen", EnrolmentStatus.COMPLETED, 5)), out);
        byte[] bytes = out.toByteArray();
        Path documents = Path.of(System.getProperty("samverka.test.documents", "target/documents"));
        Files.createDirectories(documents);
        Files.write(documents.resolve("participants-export.csv"), bytes);

        assertEquals(3, written, "the cancelled enrolment is left out");
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("Förnamn;Efternamn;E-post;Organisation;Kommun;Telefon;Status;Anmäld", lines.get(0));
        // Swedish order: A < Å < Ö (Ahl, Åberg, Öst), semicolons and quotes quoted, the date the Swedish one.
        assertTrue(lines.get(1).startsWith("Ärla;Ahl;"), lines.get(1));
        // A phone number of digits alone as a formula of text: else Excel shows 701234567.
        assertEquals("Örjan;Åberg;örjan@uppsala.se;\"Polisen; Tierp\";;\"=\"\"0701234567\"\"\";Antagen;2026-03-02",
                lines.get(2));
        assertTrue(lines.get(3).contains(";\"Skolan \"\"Norr\"\"\";"), lines.get(3));
        assertEquals(4, lines.size());
        assertTrue(text.endsWith("\r\n"));
        assertEquals(-1, text.replace("\r\n", "").indexOf('\n'), "every line ends with CRLF");

        Read read = SheetReader.read(bytes);
        assertEquals(List.of(), read.problems(), "the import reads the export's header, status and date included");
        assertEquals("Polisen; Tierp", read.rows().get(1).value(Column.ORGANISATION));
        assertEquals("0701234567", read.rows().get(1).value(Column.PHONE));
        assertEquals("Skolan \"Norr\"", read.rows().get(2).value(Column.ORGANISATION));
    }
}
