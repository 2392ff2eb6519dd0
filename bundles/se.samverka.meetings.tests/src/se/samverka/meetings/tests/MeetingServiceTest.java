package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.meetings.MeetingRow;
import se.samverka.meetings.MeetingService;
import se.samverka.meetings.internal.MeetingServiceComponent;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Meeting;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * The meetings service on a real encrypted laptop database. The home of the meetings plugin's service tests: each
 * job's service gets its own test class here.
 */
class MeetingServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private MeetingService service;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(MeetingServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/meetings-work"))
                .resolve("meetings-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new MeetingServiceComponent(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theListReadsGroupAndAgendaSizeWithoutLoadingTheMeeting() throws Exception {
        CooperationGroup group = F.createCooperationGroup();
        group.setName("Länsnätverket");
        group.setKind(GroupKind.NETWORK);
        group = store.save(group);
        Meeting meeting = service.newMeeting();
        meeting.setTitle("Nätverksträff mars");
        meeting.setCooperationGroup(group);
        for (String title : List.of("Lägesbild från polisen", "Rapport från kommunerna")) {
            AgendaItem item = F.createAgendaItem();
            item.setTitle(title);
            item.setSeq(meeting.getAgendaItems().size() + 1);
            meeting.getAgendaItems().add(item);
        }
        service.save(meeting);

        List<MeetingRow> rows = service.rows();
        assertEquals(1, rows.size());
        assertEquals("Länsnätverket", rows.get(0).group());
        assertEquals("Nätverksträff mars", rows.get(0).title());
        assertEquals(2, rows.get(0).agendaItems());
    }
}
