package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.meetings.MeetingDocumentService;
import se.samverka.meetings.calendar.MeetingCalendar;
import se.samverka.meetings.documents.MeetingContent;
import se.samverka.meetings.internal.documents.MeetingDocumentServiceComponent;

/**
 * The calendar files made from a real encrypted store, read back by python3-icalendar (a parser independent of the
 * writer; scripts/ics_check.py) and, after the tests, by ical4j (releng/se.samverka.ics.check, with a control that
 * must fail). Left in target/documents/: kalenderfil-mote.ics, kalenderfil-serie.ics, kalenderfil-installt.ics.
 */
class MeetingCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-30T18:00:00Z");
    private static final Pattern TZID_USE = Pattern.compile("(?m)^DT(?:START|END);TZID=([^:;]+)[:;]");
    private static final Pattern TZID_DEFINED = Pattern.compile("(?ms)^BEGIN:VTIMEZONE\r\nTZID:([^\r\n]+)\r\n");

    private static MeetingDocumentsFixture fixture;
    private static MeetingDocumentService service;
    private static MeetingCalendar calendar;

    @BeforeAll
    static void fill() throws Exception {
        fixture = new MeetingDocumentsFixture();
        service = new MeetingDocumentServiceComponent(fixture.store, MeetingDocumentsFixture.STOCKHOLM);
        calendar = new MeetingCalendar(service.calendarDomain(), "0.1.0", Locale.of("sv", "SE"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void aMeetingIsAnInvitationWithOrganizerAttendeesAndStockholmTime() throws Exception {
        MeetingContent march = service.content(fixture.march.getId());
        Path file = write("kalenderfil-mote.ics", List.of(march));
        List<String[]> facts = parse(file);

        assertEquals("REQUEST", one(facts, "method")[1]);
        assertEquals(List.of("Europe/Stockholm"), all(facts, "timezone").stream().map(f -> f[1]).toList());
        String[] event = one(facts, "event");
        assertEquals(fixture.march.getId() + "@lansstyrelsen.se", event[1], "UID: the id at the county's domain");
        assertEquals(Long.toString(fixture.march.getVersion()), event[2], "SEQUENCE: the record's version");
        assertEquals("CONFIRMED", event[3]);
        assertEquals("Europe/Stockholm", event[4]);
        assertEquals("Europe/Stockholm", event[5]);
        assertEquals("2027-03-11T08:00:00Z", event[6], "09.00 in winter time is 08.00 UTC");
        assertEquals("2027-03-11T11:00:00Z", event[7]);
        assertEquals("mailto:karin.lindqvist@lansstyrelsen.se", event[8], "the group's convener organizes");
        assertEquals("Karin Lindqvist", event[9]);
        assertEquals("Länsnätverket – Nätverksträff mars", event[10]);
        assertEquals("Länsstyrelsen, Hamnesplanaden 3, Uppsala / https://meet.example.se/lansnatverket-mars",
                one(facts, "location")[2]);
        String description = one(facts, "description")[2];
        assertTrue(description.contains("2. 09.15 Lägesbild från polisen (Eva Öberg, 30 min)"), description);
        assertTrue(description.contains("3. 09.45 Rapport från kommunerna (Ali Hassan, 45 min)"), description);

        List<String> attendees = all(facts, "attendee").stream()
                .map(a -> a[3] + " " + a[2] + " " + a[4] + " " + a[5]).sorted().toList();
        assertEquals(List.of(
                "Ali Hassan mailto:ali.hassan@tierp.se DECLINED REQ-PARTICIPANT",
                "Eva Öberg mailto:eva.oberg@polisen.se ACCEPTED OPT-PARTICIPANT",
                "Karin Lindqvist mailto:karin.lindqvist@lansstyrelsen.se ACCEPTED REQ-PARTICIPANT",
                "Per Åström mailto:per.astrom@tierp.se ACCEPTED CHAIR",
                "Sara Nyberg mailto:sara.nyberg@tierp.se ACCEPTED REQ-PARTICIPANT"), attendees,
                "one ATTENDEE per invitation with an address (Jonas Berg has none)");
    }

    @Test
    void aSeriesHasOneStableEventPerMeetingInWinterAndSummerTime() throws Exception {
        List<MeetingContent> series = service.series(fixture.march.getId());
        Path file = write("kalenderfil-serie.ics", series);
        List<String[]> events = all(parse(file), "event");
        assertEquals(List.of("2027-02-10T08:00:00Z", "2027-03-11T08:00:00Z", "2027-05-20T07:00:00Z",
                "2027-10-21T11:00:00Z"), events.stream().map(e -> e[6]).toList(),
                "summer time (CEST) in May and October, winter time (CET) in February and March");
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED"),
                events.stream().map(e -> e[3]).toList());
        // February had no invitations: an invitation must name an attendee, so its organizer is the one.
        String february = events.get(0)[1];
        assertEquals(List.of("mailto:karin.lindqvist@lansstyrelsen.se ACCEPTED"), all(parse(file), "attendee").stream()
                .filter(a -> a[1].equals(february)).map(a -> a[2] + " " + a[4]).toList());
        Set<String> uids = new TreeSet<>(events.stream().map(e -> e[1]).toList());
        assertEquals(4, uids.size(), "one UID per meeting");
        // The same meetings written again: the same UIDs, so a calendar updates its entries instead of adding.
        String again = calendar.text(service.series(fixture.may.getId()), Instant.now());
        uids.forEach(uid -> assertTrue(again.contains("UID:" + uid + "\r\n"), uid));
    }

    @Test
    void aCancelledMeetingIsACancellation() throws Exception {
        Path file = write("kalenderfil-installt.ics", List.of(service.content(fixture.october.getId())));
        List<String[]> facts = parse(file);
        assertEquals("CANCEL", one(facts, "method")[1]);
        assertEquals("CANCELLED", one(facts, "event")[3]);
    }

    /** The documents give times as the window does; the calendar file is in Stockholm time whatever that zone. */
    @Test
    void theCalendarIsInStockholmTimeWhateverTheWindowsZone() {
        MeetingDocumentService utc = new MeetingDocumentServiceComponent(fixture.store, java.time.ZoneOffset.UTC);
        MeetingContent march = utc.content(fixture.march.getId());
        assertEquals("08:00", march.start().toLocalTime().toString(), "09.00 in Sweden is 08.00 UTC");
        String text = calendar.text(List.of(march), STAMP);
        assertTrue(text.contains("DTSTART;TZID=Europe/Stockholm:20270311T090000\r\n"), text);
    }

    /** Without an organizer with an address it can be no invitation: a plain calendar to import, no METHOD. */
    @Test
    void aMeetingWithoutAnOrganizerIsAPlainCalendar() throws Exception {
        MeetingContent march = service.content(fixture.march.getId());
        MeetingContent unsent = new MeetingContent(march.id(), march.version(), march.group(), march.title(),
                march.start(), march.end(), march.place(), march.link(), false, march.minutes(), march.agenda(),
                march.invitees(), null, march.openActions());
        Path file = write("kalenderfil-utan-sammankallande.ics", List.of(unsent));
        List<String[]> facts = parse(file);
        assertEquals("None", one(facts, "method")[1], "no METHOD");
        assertEquals("", one(facts, "event")[8], "no ORGANIZER");
        assertTrue(all(facts, "attendee").isEmpty(), "no ATTENDEE");
        assertEquals("2027-03-11T08:00:00Z", one(facts, "event")[6]);
    }

    /**
     * Every TZID a DTSTART or DTEND names is a VTIMEZONE in the same file (ical4j's registry would give
     * Europe/Stockholm a VTIMEZONE named Europe/Berlin). The check is shown to catch that on a control file.
     */
    @Test
    void everyTimeZoneAnEventNamesIsInTheFile() throws Exception {
        List<MeetingContent> series = service.series(fixture.march.getId());
        String text = calendar.text(series, STAMP);
        List<String> missing = undefinedZones(text);
        assertTrue(missing.isEmpty(), "named but not in the file: " + missing);
        assertEquals(8, TZID_USE.matcher(text).results().count(), "four events, each with DTSTART and DTEND");

        String berlin = text.replace("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm", "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
        assertEquals(List.of("Europe/Stockholm"), undefinedZones(berlin).stream().distinct().toList());
        Files.writeString(MeetingDocumentsFixture.documents().resolve("control-kalenderfil-berlin.ics"), berlin);
    }

    @Test
    void linesAreFoldedAt75OctetsAndEndInCrlf() throws Exception {
        MeetingContent march = service.content(fixture.march.getId());
        String text = calendar.text(List.of(march), STAMP);
        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        for (String line : text.split("\r\n", -1)) {
            assertFalse(line.contains("\n") || line.contains("\r"), "a bare line break");
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "longer than 75 octets: " + line);
        }
        assertTrue(text.contains("\r\n "), "the long DESCRIPTION is folded");
    }

    private static List<String> undefinedZones(String ics) {
        String unfolded = ics.replace("\r\n ", "");
        Set<String> defined = new TreeSet<>();
        Matcher d = TZID_DEFINED.matcher(unfolded);
        while (d.find()) {
            defined.add(d.group(1));
        }
        List<String> missing = new ArrayList<>();
        Matcher u = TZID_USE.matcher(unfolded);
        while (u.find()) {
            if (!defined.contains(u.group(1))) {
                missing.add(u.group(1));
            }
        }
        return missing;
    }

    private static Path write(String name, List<MeetingContent> meetings) throws Exception {
        Path file = MeetingDocumentsFixture.documents().resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            calendar.write(meetings, STAMP, out);
        }
        return file;
    }

    /** The file as python3-icalendar reads it: tab-separated facts (see scripts/ics_check.py). */
    private static List<String[]> parse(Path file) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("samverka.ics.script", "scripts/ics_check.py"));
        Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), file.toString())
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "python3-icalendar did not finish");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "python3-icalendar could not read " + file + " (is the Debian package "
                + "python3-icalendar installed?):\n" + text);
        return text.lines().map(l -> l.split("\t", -1)).map(f -> {
            for (int i = 0; i < f.length; i++) {
                f[i] = f[i].replace("\\n", "\n").replace("\\\\", "\\");
            }
            return f;
        }).toList();
    }

    private static String[] one(List<String[]> facts, String kind) {
        List<String[]> found = all(facts, kind);
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static List<String[]> all(List<String[]> facts, String kind) {
        return facts.stream().filter(f -> f[0].equals(kind)).toList();
    }
}
