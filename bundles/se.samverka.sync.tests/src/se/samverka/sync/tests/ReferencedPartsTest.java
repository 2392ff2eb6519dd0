package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.ActionItem;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Meeting;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.RecordsChanged;

/**
 * A part that another record refers to (an agenda item an action item is about) is removed on one laptop while the
 * referring record lives on another: whichever laptop syncs first, no sync fails, and the reference is cleared on
 * both laptops and on the server instead of pointing to a part that no longer exists.
 */
class ReferencedPartsTest {

    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void theLaptopThatRemovedThePartSyncsFirst() throws Exception {
        removeAReferencedAgendaItem(true);
    }

    @Test
    void theLaptopWithTheReferringRecordSyncsFirst() throws Exception {
        removeAReferencedAgendaItem(false);
    }

    @Test
    void takingInAnAnswerTellsInOneNoticeEveryRecordItChanged() throws Exception {
        try (LocalStore a = county.laptop("lan1"); LocalStore b = county.laptop("lan2")) {
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            Meeting meeting = a.save(meeting(a, "Nätverksträff om notiser"));
            county.sync(a, "lan1");
            List<RecordsChanged> told = new java.util.concurrent.CopyOnWriteArrayList<>();
            Runnable stop = b.onChange(told::add);
            county.sync(b, "lan2");
            assertEquals(1, told.size(), told.toString());
            assertEquals(RecordsChanged.Cause.SYNC, told.get(0).cause());
            assertTrue(told.get(0).touches(meeting.getId()));
            assertTrue(told.get(0).touches(meeting.getAgendaItems().get(1).getId()));

            // B refers to the first agenda item; A removes it: B's sync tells the meeting and the action item.
            Meeting onB = b.find(Meeting.class, meeting.getId()).orElseThrow();
            ActionItem action = b.save(actionAbout(onB, onB.getAgendaItems().get(0)));
            county.sync(b, "lan2");
            Meeting onA = a.find(Meeting.class, meeting.getId()).orElseThrow();
            onA.getAgendaItems().remove(0);
            a.saveClearingReferences(onA);
            county.sync(a, "lan1");
            told.clear();
            county.sync(b, "lan2");
            stop.run();
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).touches(meeting.getId()));
            assertTrue(told.get(0).touches(action.getId()), "the record that no longer refers to the part");
            assertNull(b.find(ActionItem.class, action.getId()).orElseThrow().getAgendaItem());
        }
    }

    /**
     * A removes an agenda item that an action item of B's refers to (A has not received the action item), while B
     * edits the action item; then the two sync in turn, twice.
     */
    private static void removeAReferencedAgendaItem(boolean removerFirst) throws Exception {
        try (LocalStore a = county.laptop("lan1"); LocalStore b = county.laptop("lan2")) {
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            // A plans a meeting with two agenda items; B learns of it and makes an action item about the first.
            Meeting meeting = a.save(meeting(a, "Nätverksträff om trygghet " + removerFirst));
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            Meeting onB = b.find(Meeting.class, meeting.getId()).orElseThrow();
            AgendaItem removed = onB.getAgendaItems().get(0);
            ActionItem action = b.save(actionAbout(onB, removed));
            county.sync(b, "lan2");

            // Offline on both: A removes the agenda item (A has not received the action item), B edits the action.
            Meeting onA = a.find(Meeting.class, meeting.getId()).orElseThrow();
            onA.getAgendaItems().remove(0);
            a.save(onA);
            ActionItem edited = b.find(ActionItem.class, action.getId()).orElseThrow();
            edited.setFollowUpNote("Påbörjad");
            b.save(edited);

            List<LocalStore> order = removerFirst ? List.of(a, b, a, b) : List.of(b, a, b, a);
            for (LocalStore laptop : order) {
                county.sync(laptop, laptop == a ? "lan1" : "lan2");
            }
            LocalStore fresh = county.laptop("lan1");
            try (fresh) {
                county.sync(fresh, "lan1");
                for (LocalStore laptop : List.of(a, b, fresh)) {
                    ActionItem now = laptop.find(ActionItem.class, action.getId()).orElseThrow();
                    assertNull(now.getAgendaItem(), "the action item no longer refers to the removed agenda item");
                    assertEquals("Påbörjad", now.getFollowUpNote());
                    assertEquals(List.of("Budget"), laptop.find(Meeting.class, meeting.getId()).orElseThrow()
                            .getAgendaItems().stream().map(AgendaItem::getTitle).toList());
                    assertEquals(0, laptop.sync().unsentChanges());
                }
                assertTrue(a.sync().conflicts().isEmpty());
                assertTrue(b.sync().conflicts().isEmpty());
            }
            // A later sync still works.
            county.sync(a, "lan1");
            county.sync(b, "lan2");
        }
    }

    private static ActionItem actionAbout(Meeting meeting, AgendaItem item) {
        ActionItem action = MODEL.createActionItem();
        action.setMeeting(meeting);
        action.setAgendaItem(item);
        action.setDescription("Ta fram en lägesbild");
        return action;
    }

    private static Meeting meeting(LocalStore laptop, String title) {
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle(title);
        meeting.setCooperationGroup(laptop.findAll(CooperationGroup.class).get(0));
        meeting.setMeetingDate(new Date(1_790_000_000_000L));
        for (String item : List.of("Lägesbild", "Budget")) {
            AgendaItem agendaItem = MODEL.createAgendaItem();
            agendaItem.setTitle(item);
            meeting.getAgendaItems().add(agendaItem);
        }
        return meeting;
    }
}
