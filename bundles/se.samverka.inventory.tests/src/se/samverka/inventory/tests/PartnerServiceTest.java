package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.inventory.InventoryService;
import se.samverka.inventory.internal.InventoryServiceComponent;
import se.samverka.inventory.internal.partners.PartnerServiceComponent;
import se.samverka.inventory.internal.partners.ProjectWrites;
import se.samverka.inventory.partners.PartnerException;
import se.samverka.inventory.partners.PartnerService;
import se.samverka.inventory.partners.StatusChangeRow;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/** A project's partner organisations and status history (partners job) on a real encrypted laptop database. */
class PartnerServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private InventoryService inventory;
    private PartnerService partners;
    private Organisation tierp;
    private Organisation police;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(PartnerServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve("partners-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        inventory = new InventoryServiceComponent(store);
        partners = new PartnerServiceComponent(store);
        tierp = store.save(organisation("Tierps kommun", OrganisationKind.MUNICIPALITY));
        police = store.save(organisation("Lokalpolisområde Tierp", OrganisationKind.POLICE_AREA));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPartnerFoundOrMadeInPlaceIsSavedWithTheProject() throws Exception {
        LocalProject project = project("Trygg i Tierp");

        partners.addPartner(project.getId(), police);
        Organisation school = partners.organisation("  Vallaskolan ", OrganisationKind.PARTNER);
        assertNull(school.getId(), "made in place, not yet saved");
        partners.addPartner(project.getId(), school);

        LocalProject read = store.find(LocalProject.class, project.getId()).orElseThrow();
        assertEquals(List.of("Lokalpolisområde Tierp", "Vallaskolan"),
                read.getPartnerOrganisations().stream().map(Organisation::getName).toList(), "in order");
        Organisation saved = read.getPartnerOrganisations().get(1);
        assertEquals(OrganisationKind.PARTNER, saved.getKind());
        assertTrue(store.find(Organisation.class, saved.getId()).isPresent(),
                "the new organisation is in the register");
        assertEquals(saved.getId(), partners.organisation("VALLASKOLAN", OrganisationKind.OTHER).getId(),
                "the same name again finds the register's organisation instead of making a twin");

        partners.removePartner(project.getId(), police.getId());
        assertEquals(List.of("Vallaskolan"), store.find(LocalProject.class, project.getId()).orElseThrow()
                .getPartnerOrganisations().stream().map(Organisation::getName).toList());
        assertTrue(store.find(Organisation.class, police.getId()).isPresent(),
                "removing a partner keeps it in the register");
    }

    @Test
    void aContactPersonMadeOnThePageIsSavedWithTheProjectAndARefusedSaveWritesNeither() throws Exception {
        LocalProject project = project("Trygg i Tierp");
        LocalProject edited = store.find(LocalProject.class, project.getId()).orElseThrow();
        Person contact = F.createPerson();
        contact.setFirstName("Sara");
        contact.setLastName("Öberg");
        contact.setOrganisation(tierp);
        edited.setContact(contact);
        // A partner named twice: the save is refused, and the new person is not written either.
        edited.getPartnerOrganisations().add(partners.organisation("Vallaskolan", OrganisationKind.PARTNER));
        edited.getPartnerOrganisations().add(partners.organisation("vallaskolan", OrganisationKind.PARTNER));
        assertThrows(PartnerException.class, () -> inventory.save(edited));
        assertTrue(store.findAll(Person.class).isEmpty(), "no person written by the refused save");

        edited.getPartnerOrganisations().remove(1);
        LocalProject saved = inventory.save(edited);

        Person stored = store.find(Person.class, saved.getContact().getId()).orElseThrow();
        assertEquals("Sara Öberg, Tierps kommun",
                stored.getFirstName() + " " + stored.getLastName() + ", " + stored.getOrganisation().getName());
        assertEquals(stored.getId(),
                store.find(LocalProject.class, project.getId()).orElseThrow().getContact().getId(),
                "the project refers to the person in the register");
    }

    @Test
    void aBlankNameAndADuplicatePartnerAreRefusedAndNothingIsWritten() throws Exception {
        LocalProject project = project("Trygg i Tierp");
        partners.addPartner(project.getId(), police);
        int changes = store.changes().size();

        PartnerException blank = assertThrows(PartnerException.class,
                () -> partners.organisation("   ", OrganisationKind.PARTNER));
        assertEquals(PartnerException.Problem.NO_NAME, blank.problem());
        assertEquals("Skriv organisationens namn.", blank.getMessage());
        assertEquals("Type the organisation's name.", blank.message(Locale.ENGLISH));

        PartnerException twice = assertThrows(PartnerException.class,
                () -> partners.addPartner(project.getId(), police));
        assertEquals(PartnerException.Problem.ALREADY_PARTNER, twice.problem());
        assertEquals("Lokalpolisområde Tierp är redan samverkanspart i projektet.", twice.getMessage());
        assertEquals("Lokalpolisområde Tierp is already a partner of the project.", twice.message(Locale.ENGLISH));

        // Through the form's ordinary save: a blank organisation made in place, and one partner named twice.
        LocalProject edited = store.find(LocalProject.class, project.getId()).orElseThrow();
        edited.getPartnerOrganisations().add(organisation(" ", OrganisationKind.PARTNER));
        assertEquals(PartnerException.Problem.NO_NAME,
                assertThrows(PartnerException.class, () -> inventory.save(edited)).problem());
        LocalProject twin = store.find(LocalProject.class, project.getId()).orElseThrow();
        twin.getPartnerOrganisations().add(organisation("lokalpolisområde tierp", OrganisationKind.POLICE_AREA));
        assertEquals(PartnerException.Problem.ALREADY_PARTNER,
                assertThrows(PartnerException.class, () -> inventory.save(twin)).problem());

        assertEquals(changes, store.changes().size(), "nothing written");
        assertEquals(1, store.find(LocalProject.class, project.getId()).orElseThrow().getPartnerOrganisations()
                .size());
    }

    @Test
    void aStatusChangeIsRecordedWithTheProjectAlsoThroughTheOrdinarySave() throws Exception {
        LocalProject project = project("Trygg i Tierp");
        assertEquals(List.of(ProjectStatus.IDEA), statuses(project.getId()), "a new project's first status");

        partners.changeStatus(project.getId(), ProjectStatus.PLANNED, "  Beslut i styrgruppen ");
        LocalProject edited = store.find(LocalProject.class, project.getId()).orElseThrow();
        edited.setStatus(ProjectStatus.ONGOING);
        edited.setDescription("Startade efter sommaren");
        inventory.save(edited);
        LocalProject unchanged = store.find(LocalProject.class, project.getId()).orElseThrow();
        unchanged.setDescription("Bara beskrivningen ändrad");
        inventory.save(unchanged);
        partners.changeStatus(project.getId(), ProjectStatus.ONGOING, "samma status igen");

        List<StatusChangeRow> history = partners.history(project.getId());
        assertEquals(List.of(ProjectStatus.ONGOING, ProjectStatus.PLANNED, ProjectStatus.IDEA),
                history.stream().map(StatusChangeRow::status).toList(), "newest first, one row per change");
        assertNull(history.get(0).note(), "the form's save has no note");
        assertEquals("Beslut i styrgruppen", history.get(1).note());
        assertEquals(ProjectWrites.today(), history.get(0).changedOn(), "dated today");
        assertEquals("lansstyrelsen", history.get(0).changedBy(), "who changed it");
        assertNotNull(history.get(0).id());
    }

    @Test
    void aChangeMadeWithItsNoteBeforeTheSaveIsNotWrittenTwice() throws Exception {
        LocalProject project = project("Trygg i Tierp");
        LocalProject edited = store.find(LocalProject.class, project.getId()).orElseThrow();
        edited.setStatus(ProjectStatus.CANCELLED);
        var change = F.createProjectStatusChange();
        change.setStatus(ProjectStatus.CANCELLED);
        change.setNote("Ingen finansiering");
        edited.getStatusHistory().add(change);
        inventory.save(edited);

        List<StatusChangeRow> history = partners.history(project.getId());
        assertEquals(2, history.size());
        assertEquals("Ingen finansiering", history.get(0).note());
        assertEquals(ProjectWrites.today(), history.get(0).changedOn());

        // A note made ready, then the status taken back before the save: no change, so no row.
        LocalProject again = store.find(LocalProject.class, project.getId()).orElseThrow();
        var takenBack = F.createProjectStatusChange();
        takenBack.setStatus(ProjectStatus.CANCELLED);
        takenBack.setNote("Ångrat");
        again.getStatusHistory().add(takenBack);
        again.setDescription("Annat ändrat");
        inventory.save(again);
        assertEquals(2, partners.history(project.getId()).size());
    }

    @Test
    void aProjectThatIsGoneIsSaidSo() {
        PartnerException gone = assertThrows(PartnerException.class,
                () -> partners.changeStatus(UUID.randomUUID().toString(), ProjectStatus.PLANNED, null));
        assertEquals(PartnerException.Problem.NOT_FOUND, gone.problem());
        assertTrue(partners.history("saknas").isEmpty());
    }

    private List<ProjectStatus> statuses(String projectId) {
        return partners.history(projectId).stream().map(StatusChangeRow::status).toList();
    }

    private LocalProject project(String title) throws Exception {
        LocalProject project = inventory.newProject();
        project.setMunicipality(tierp);
        project.setTitle(title);
        return inventory.save(project);
    }

    private static Organisation organisation(String name, OrganisationKind kind) {
        Organisation organisation = F.createOrganisation();
        organisation.setName(name);
        organisation.setKind(kind);
        return organisation;
    }
}
