package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.Meeting;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.DocumentChooser;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowTest;

/**
 * The Dokument menu of an open meeting: the kallelse, the protokoll, the calendar file of the meeting and of its
 * whole series are made in Jobs and saved where the user chose (a chooser in the application context stands in for
 * the native file dialog).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class MeetingDocumentsScreensTest extends WindowTest {

    private static final String CHOOSER = "se.samverka.meetings.ui.documents.chooser";

    private static DocumentChooser chooser;

    @BeforeAll
    static void attach() throws Exception {
        chooser = DocumentChooser.install(app, CHOOSER, "meeting-documents",
                suggested -> suggested.startsWith("Kallelse") ? "kallelse.pdf"
                        : suggested.startsWith("Protokoll") ? "protokoll.pdf"
                                : suggested.endsWith("hela serien.ics") ? "kalenderfil-serie.ics"
                                        : "kalenderfil-mote.ics");
    }

    @Test
    @Order(1)
    void theKallelseTheProtokollAndTheCalendarFilesOfAMeetingAreSaved() throws Exception {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        List<Meeting> meetings = store.findAll(Meeting.class);
        Map<String, Long> titles = meetings.stream()
                .collect(Collectors.groupingBy(MeetingDocumentsScreensTest::groupAndTitle, Collectors.counting()));
        // A held meeting with decisions, of a series, whose group and title are its own (to find it in the list).
        Meeting meeting = meetings.stream()
                .filter(m -> m.getCooperationGroup() != null && m.getSeriesName() != null)
                .filter(m -> titles.get(groupAndTitle(m)) == 1)
                .filter(m -> m.getAgendaItems().stream().anyMatch(i -> !i.getDecisions().isEmpty()))
                .max(Comparator.comparing(Meeting::getMeetingDate)).orElseThrow();
        long inSeries = meetings.stream().filter(m -> m.getCooperationGroup() != null
                && m.getCooperationGroup().getId().equals(meeting.getCooperationGroup().getId())
                && meeting.getSeriesName().equals(m.getSeriesName())).count();
        open(meeting);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "meeting-documents-menu.png"));

        List<String> items = window.menuItems("Dokument");
        assertEquals(List.of("Kallelse …", "Protokoll …", "Kalenderfil (.ics) …",
                "Kalenderfil (.ics) för hela serien …"), items.subList(items.size() - 4, items.size()),
                "the meetings' items after the courses' in the one Dokument menu: " + items);
        window.clickMenu("Dokument", "Kallelse …");
        awaitFile(chooser.folder.resolve("kallelse.pdf"), "%PDF-");
        window.clickMenu("Dokument", "Protokoll …");
        awaitFile(chooser.folder.resolve("protokoll.pdf"), "%PDF-");
        window.clickMenu("Dokument", "Kalenderfil (.ics) …");
        awaitFile(chooser.folder.resolve("kalenderfil-mote.ics"), "BEGIN:VCALENDAR");
        window.clickMenu("Dokument", "Kalenderfil (.ics) för hela serien …");
        awaitFile(chooser.folder.resolve("kalenderfil-serie.ics"), "BEGIN:VCALENDAR");

        assertEquals(List.of("Kallelse " + meeting.getTitle() + ".pdf", "Protokoll " + meeting.getTitle() + ".pdf",
                meeting.getTitle() + ".ics", meeting.getTitle() + " hela serien.ics"), chooser.asked);
        String one = Files.readString(chooser.folder.resolve("kalenderfil-mote.ics"), StandardCharsets.UTF_8);
        assertTrue(one.contains("UID:" + meeting.getId() + "@"), "the meeting's own UID");
        assertEquals(1, count(one, "BEGIN:VEVENT"));
        String series = Files.readString(chooser.folder.resolve("kalenderfil-serie.ics"), StandardCharsets.UTF_8);
        assertEquals(inSeries, count(series, "BEGIN:VEVENT"), "one event per meeting of the series");
        try (Stream<Path> files = Files.list(chooser.folder)) {
            assertEquals(List.of("kalenderfil-mote.ics", "kalenderfil-serie.ics", "kallelse.pdf", "protokoll.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    private static void open(Meeting meeting) {
        window.selectRow("navigation.areas", "Möten");
        window.type("meetings.list.filter", groupAndTitle(meeting));
        window.openRow("meetings.list", meeting.getTitle());
        window.ui().waitUntil("the meeting's page", () -> app.openParts().stream()
                .anyMatch(p -> p.contains(meeting.getTitle())), Ui.DEFAULT_TIMEOUT);
    }

    private static String groupAndTitle(Meeting m) {
        return (m.getCooperationGroup() == null ? "" : m.getCooperationGroup().getName()) + " " + m.getTitle();
    }

    private static long count(String text, String line) {
        return text.lines().filter(line::equals).count();
    }

    private static void awaitFile(Path file, String start) {
        chooser.await(window.ui(), file.getFileName().toString(), start);
    }
}
