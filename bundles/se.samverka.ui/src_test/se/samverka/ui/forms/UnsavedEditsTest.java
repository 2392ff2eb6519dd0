package se.samverka.ui.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import se.samverka.model.AgendaItem;
import se.samverka.model.Meeting;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;

/** The user's unsaved edits set against a version saved elsewhere: field by field, base / mine / theirs. */
class UnsavedEditsTest {

    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;

    @Test
    void whatOnlyTheOtherSideChangedIsTakenTheUsersEditsStayAndTheSameFieldIsForTheUser() {
        Meeting base = meeting();
        Meeting mine = EcoreUtil.copy(base);
        Meeting theirs = EcoreUtil.copy(base);
        mine.setPlace("Stadshuset, sal A");
        mine.setMinutes("Mina anteckningar");
        theirs.setMinutes("Deras anteckningar");
        theirs.setSeriesName("Nätverksträffar 2027");
        theirs.getAgendaItems().get(0).setTitle("Lägesbild i länet");
        theirs.setVersion(base.getVersion() + 1);
        theirs.setModifiedBy("lan2");

        UnsavedEdits.Comparison comparison = UnsavedEdits.compare(base, mine, theirs);
        assertEquals(List.of(Literals.MEETING__SERIES_NAME, Literals.MEETING__AGENDA_ITEMS), comparison.taken());
        assertEquals(List.of(Literals.MEETING__PLACE), comparison.kept());
        assertEquals(List.of(Literals.MEETING__MINUTES), comparison.bothChanged());

        comparison.taken().forEach(feature -> UnsavedEdits.take(mine, theirs, feature));
        UnsavedEdits.rebase(mine, theirs);
        assertEquals("Nätverksträffar 2027", mine.getSeriesName());
        assertEquals("Lägesbild i länet", mine.getAgendaItems().get(0).getTitle());
        assertEquals("Stadshuset, sal A", mine.getPlace());
        assertEquals("Mina anteckningar", mine.getMinutes(), "left for the user to decide");
        assertEquals(base.getVersion() + 1, mine.getVersion(), "saves over the newer version");
        assertEquals("lan2", mine.getModifiedBy());
    }

    @Test
    void aReferenceReadTwiceIsTheSameAndTheBookkeepingIsNoChange() {
        Meeting base = meeting();
        Meeting theirs = EcoreUtil.copy(base);
        theirs.setCooperationGroup(EcoreUtil.copy(base.getCooperationGroup()));
        theirs.setVersion(base.getVersion() + 3);
        theirs.getAgendaItems().get(0).setVersion(7);
        UnsavedEdits.Comparison comparison = UnsavedEdits.compare(base, EcoreUtil.copy(base), theirs);
        assertEquals(List.of(), comparison.taken());
        assertEquals(List.of(), comparison.bothChanged());
    }

    private static Meeting meeting() {
        Meeting meeting = MODEL.createMeeting();
        meeting.setId("m1");
        meeting.setVersion(4);
        meeting.setTitle("Nätverksträff");
        var group = MODEL.createCooperationGroup();
        group.setId("g1");
        group.setName("Länsnätverket");
        meeting.setCooperationGroup(group);
        AgendaItem item = MODEL.createAgendaItem();
        item.setId("a1");
        item.setTitle("Lägesbild");
        meeting.getAgendaItems().add(item);
        return meeting;
    }
}
