package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.meetings.Agenda;
import se.samverka.meetings.MeetingPage;
import se.samverka.meetings.MeetingPlanning;
import se.samverka.meetings.PlanningException;
import se.samverka.meetings.SeriesPlan;
import se.samverka.meetings.SeriesPreview;
import se.samverka.meetings.SeriesPreview.Kind;
import se.samverka.meetings.internal.planning.MeetingPlanningComponent;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * Planning on a real encrypted laptop database: a series made from a list of dates (and refused, per date, when a
 * date is wrong), the agenda reordered with dense numbers, and an item the meeting did not reach moved to the next
 * meeting of the series (or refused when there is none). "Today" is fixed at 2026-11-30.
 */
class MeetingPlanningTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private LocalStore store;
    private MeetingPlanning planning;
    private CooperationGroup network;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(MeetingPlanningTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/meetings-work"))
                .resolve("planning-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        planning = new MeetingPlanningComponent(store, () -> TODAY);
        CooperationGroup group = F.createCooperationGroup();
        group.setName("Länsnätverket");
        group.setKind(GroupKind.NETWORK);
        network = store.save(group);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SeriesPlan plan(String... dates) {
        return new SeriesPlan(network.getId(), "Nätverksträffar 2027", "Nätverksträff {nr} – {datum}",
                LocalTime.of(9, 0), LocalTime.of(15, 0), "Länsstyrelsen, Hamnesplanaden 3, Uppsala", null,
                List.of(dates));
    }

    @Test
    void aSeriesIsMadeFromItsDatesInDateOrderInOneStep() throws Exception {
        List<Meeting> made = planning.makeSeries(plan("2027-09-16", "2027-02-11", "", "2027-05-20", "2027-11-25"));

        assertEquals(4, made.size());
        List<Meeting> saved = store.findAll(Meeting.class).stream()
                .sorted((a, b) -> a.getMeetingDate().compareTo(b.getMeetingDate())).toList();
        assertEquals(List.of("Nätverksträff 1 – 11 februari 2027", "Nätverksträff 2 – 20 maj 2027",
                "Nätverksträff 3 – 16 september 2027", "Nätverksträff 4 – 25 november 2027"),
                saved.stream().map(Meeting::getTitle).toList());
        Meeting first = saved.get(0);
        assertEquals("Nätverksträffar 2027", first.getSeriesName());
        assertEquals(network.getId(), first.getCooperationGroup().getId());
        assertEquals(MeetingStatus.PLANNED, first.getStatus());
        assertEquals(LocalDate.of(2027, 2, 11).atTime(9, 0), local(first.getMeetingDate()));
        assertEquals(LocalDate.of(2027, 2, 11).atTime(15, 0), local(first.getEndsAt()));
        assertEquals("Länsstyrelsen, Hamnesplanaden 3, Uppsala", first.getPlace());
    }

    @Test
    void aSeriesWithBadDatesIsRefusedWithAProblemPerDateAndNothingIsMade() throws Exception {
        planning.makeSeries(plan("2027-03-04"));
        SeriesPlan bad = plan("2027-02-11", "2027-13-01", "2027-02-11", "2026-10-01", "2027-03-04", "2027-05-20");

        SeriesPreview preview = planning.preview(bad);

        assertEquals(List.of(Kind.NOT_A_DATE, Kind.DUPLICATE, Kind.PAST, Kind.TAKEN),
                preview.problems().stream().map(SeriesPreview.Problem::kind).toList());
        assertEquals(List.of("2027-13-01", "2027-02-11", "2026-10-01", "2027-03-04"),
                preview.problems().stream().map(SeriesPreview.Problem::line).toList());
        assertEquals(2, preview.meetings().size(), "the good dates are still previewed");
        PlanningException refused = assertThrows(PlanningException.class, () -> planning.makeSeries(bad));
        assertEquals(PlanningException.Reason.INVALID_SERIES, refused.reason());
        assertEquals(4, refused.preview().problems().size());
        assertEquals(1, store.findAll(Meeting.class).size(), "nothing made beside the earlier meeting");
    }

    @Test
    void aSeriesThatEndsBeforeItStartsOrHasNoNameOrDatesIsRefused() {
        SeriesPlan backwards = new SeriesPlan(network.getId(), " ", null, LocalTime.of(15, 0), LocalTime.of(9, 0),
                null, null, List.of(" "));

        assertEquals(List.of(Kind.NO_NAME, Kind.ENDS_BEFORE_START, Kind.NO_DATES),
                planning.preview(backwards).problems().stream().map(SeriesPreview.Problem::kind).toList());
        assertThrows(PlanningException.class, () -> planning.makeSeries(backwards));
        assertTrue(store.findAll(Meeting.class).isEmpty());
    }

    @Test
    void reorderingKeepsTheNumbersDenseAndIsSavedWithTheMeeting() throws Exception {
        Meeting meeting = planning.makeSeries(plan("2027-02-11")).get(0);
        for (String title : List.of("Inledning", "Lägesbild från polisen", "Rapport från kommunerna",
                "Medborgarlöften 2027")) {
            AgendaItem item = F.createAgendaItem();
            item.setTitle(title);
            item.setDurationMinutes(30);
            Agenda.append(meeting, item);
        }
        meeting = store.save(meeting);

        Agenda.move(meeting, item(meeting, "Medborgarlöften 2027"), 2);
        Agenda.step(meeting, item(meeting, "Inledning"), +1);
        Agenda.remove(meeting, item(meeting, "Lägesbild från polisen"));
        store.save(meeting);

        Meeting saved = store.find(Meeting.class, meeting.getId()).orElseThrow();
        List<AgendaItem> items = Agenda.items(saved);
        assertEquals(List.of("Medborgarlöften 2027", "Inledning", "Rapport från kommunerna"),
                items.stream().map(AgendaItem::getTitle).toList());
        assertEquals(List.of(1, 2, 3), items.stream().map(AgendaItem::getSeq).toList());
        assertEquals(90, Agenda.totalMinutes(saved));
        assertEquals(LocalDate.of(2027, 2, 11).atTime(10, 0), local(Agenda.startTimes(saved).get(2)));
    }

    @Test
    void anItemTheMeetingDidNotReachMovesToTheNextMeetingOfTheSeries() throws Exception {
        List<Meeting> series = planning.makeSeries(plan("2027-02-11", "2027-05-20"));
        Meeting other = planning.makeSeries(new SeriesPlan(network.getId(), "Extra", "Extramöte", LocalTime.of(9, 0),
                LocalTime.of(10, 0), null, "https://teams.example/1", List.of("2027-03-01"))).get(0);
        Meeting first = series.get(0);
        for (String title : List.of("Inledning", "Medborgarlöften 2027", "Övriga frågor")) {
            AgendaItem item = F.createAgendaItem();
            item.setTitle(title);
            item.setDescription(title.startsWith("Med") ? "Kommunernas löften för 2027." : null);
            Agenda.append(first, item);
        }
        first = store.save(first);
        Meeting second = series.get(1);
        AgendaItem opening = F.createAgendaItem();
        opening.setTitle("Inledning");
        Agenda.append(second, opening);
        store.save(second);

        assertEquals(second.getId(), planning.nextMeeting(first.getId()).orElseThrow().getId(),
                "the series' next, not the group's extra meeting in between");
        Meeting next = planning.moveToNextMeeting(first.getId(), item(first, "Medborgarlöften 2027").getId());

        assertEquals(second.getId(), next.getId());
        List<AgendaItem> there = Agenda.items(store.find(Meeting.class, second.getId()).orElseThrow());
        assertEquals(List.of("Inledning", "Medborgarlöften 2027"), there.stream().map(AgendaItem::getTitle).toList());
        assertEquals(2, there.get(1).getSeq());
        assertEquals("Kommunernas löften för 2027.\n\nFlyttad hit från Nätverksträff 1 – 11 februari 2027 den "
                + "11 februari 2027.", there.get(1).getDescription());
        List<AgendaItem> left = Agenda.items(store.find(Meeting.class, first.getId()).orElseThrow());
        assertEquals(List.of("Inledning", "Övriga frågor"), left.stream().map(AgendaItem::getTitle).toList());
        assertEquals(List.of(1, 2), left.stream().map(AgendaItem::getSeq).toList());
        assertTrue(store.find(Meeting.class, other.getId()).orElseThrow().getAgendaItems().isEmpty(),
                "the group's extra meeting between them is not the series' next");
    }

    @Test
    void withoutANextMeetingTheItemStaysAndTheRefusalSaysSo() throws Exception {
        Meeting last = planning.makeSeries(plan("2027-11-25")).get(0);
        AgendaItem item = F.createAgendaItem();
        item.setTitle("Övriga frågor");
        Agenda.append(last, item);
        last = store.save(last);
        String itemId = last.getAgendaItems().get(0).getId();
        String lastId = last.getId();

        assertTrue(planning.nextMeeting(lastId).isEmpty());
        PlanningException refused = assertThrows(PlanningException.class,
                () -> planning.moveToNextMeeting(lastId, itemId));

        assertEquals(PlanningException.Reason.NO_NEXT_MEETING, refused.reason());
        assertEquals(1, store.find(Meeting.class, lastId).orElseThrow().getAgendaItems().size());
    }

    @Test
    void thePageReadsTheMeetingItsAgendaInOrderItsRepliesAndTheNextMeeting() throws Exception {
        List<Meeting> series = planning.makeSeries(plan("2027-02-11", "2027-05-20"));
        Meeting first = series.get(0);
        for (String title : List.of("Inledning", "Lägesbild från polisen")) {
            AgendaItem item = F.createAgendaItem();
            item.setTitle(title);
            Agenda.append(first, item);
        }
        Agenda.move(first, item(first, "Lägesbild från polisen"), 1);
        first = store.save(first);
        Person person = F.createPerson();
        person.setFirstName("Karin");
        person.setLastName("Lund");
        person = store.save(person);
        for (InvitationResponse response : List.of(InvitationResponse.ACCEPTED, InvitationResponse.APOLOGY,
                InvitationResponse.ACCEPTED)) {
            Invitation invitation = F.createInvitation();
            invitation.setMeeting(first);
            invitation.setPerson(person);
            invitation.setResponse(response);
            store.save(invitation);
        }
        Invitation elsewhere = F.createInvitation();
        elsewhere.setMeeting(series.get(1));
        elsewhere.setPerson(person);
        store.save(elsewhere);

        MeetingPage page = planning.page(first.getId()).orElseThrow();

        assertEquals(List.of("Lägesbild från polisen", "Inledning"),
                page.agenda().stream().map(AgendaItem::getTitle).toList());
        assertEquals(3, page.invitations());
        assertEquals(java.util.Map.of(InvitationResponse.ACCEPTED, 2, InvitationResponse.APOLOGY, 1), page.replies());
        assertEquals(series.get(1).getId(), page.next().id());
        assertNull(planning.page(series.get(1).getId()).orElseThrow().next());
    }

    private static AgendaItem item(Meeting meeting, String title) {
        return meeting.getAgendaItems().stream().filter(i -> i.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static java.time.LocalDateTime local(java.util.Date date) {
        return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDateTime();
    }
}
