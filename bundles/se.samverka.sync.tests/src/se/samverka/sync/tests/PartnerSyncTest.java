package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.internal.InventoryServiceComponent;
import se.samverka.inventory.internal.partners.PartnerServiceComponent;
import se.samverka.inventory.partners.PartnerService;
import se.samverka.inventory.partners.StatusChangeRow;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.store.LocalStore;

/**
 * Model 3 through a real county server: a project's partner organisations (one found in the register, one made in
 * place offline by a coordinator) and its status history reach the county and other laptops; a laptop database made
 * before model 3 upgrades when it is opened and syncs them both ways. Each test makes its own project, so it depends
 * on no record another test changes.
 */
class PartnerSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aCoordinatorsOfflinePartnersAndStatusChangeReachTheCountyAndAnotherLaptop() throws Exception {
        String projectId;
        String madeId;
        Organisation police;
        try (LocalStore laptop = county.laptop("samordnare")) {
            county.sync(laptop, "samordnare");
            LocalProject project = new InventoryServiceComponent(laptop).newProject();
            project.setTitle("Trygghetsvandringar (partnersynk)");
            project.setMunicipality(laptop.find(Organisation.class, county.municipality.getId()).orElseThrow());
            projectId = new InventoryServiceComponent(laptop).save(project).getId();
            county.sync(laptop, "samordnare");
            assertEquals(List.of(), laptop.sync().conflicts());

            // Offline: a partner from the register, one made in place, and a status change with a note.
            PartnerService partners = new PartnerServiceComponent(laptop);
            police = partners.organisations().stream().filter(o -> o.getKind() == OrganisationKind.POLICE_AREA)
                    .findFirst().orElseThrow();
            partners.addPartner(projectId, police);
            partners.addPartner(projectId,
                    partners.organisation("Fastighetsägarna i Uppland (synk)", OrganisationKind.PARTNER));
            partners.changeStatus(projectId, ProjectStatus.PLANNED, "Överenskommet med polisen");
            madeId = laptop.find(LocalProject.class, projectId).orElseThrow().getPartnerOrganisations().get(1)
                    .getId();

            county.sync(laptop, "samordnare");
            assertEquals(List.of(), laptop.sync().conflicts(), "a coordinator may make a partner with their project");
            assertEquals(0, laptop.sync().unsentChanges());
        }
        try (LocalStore other = county.laptop("lan1")) {
            county.sync(other, "lan1");
            LocalProject arrived = other.find(LocalProject.class, projectId).orElseThrow();
            assertEquals(List.of(police.getId(), madeId),
                    arrived.getPartnerOrganisations().stream().map(Organisation::getId).toList(), "both, in order");
            assertEquals("Fastighetsägarna i Uppland (synk)",
                    other.find(Organisation.class, madeId).orElseThrow().getName(), "the new one is in the register");
            List<StatusChangeRow> history = new PartnerServiceComponent(other).history(projectId);
            assertEquals(List.of(ProjectStatus.PLANNED, ProjectStatus.IDEA),
                    history.stream().map(StatusChangeRow::status).toList());
            assertEquals("Överenskommet med polisen", history.get(0).note());
            assertEquals("samordnare", history.get(0).changedBy(), "who changed it travels with it");
        }
    }

    @Test
    void aLaptopDatabaseFromBeforeModel3UpgradesOnOpenAndSyncsPartnersAndHistory() throws Exception {
        Path folder = LaptopFixture.unzip(county);
        String projectId;
        try (LocalStore old = County.stores().open(folder, LaptopFixture.PASSWORD, LaptopFixture.USER)) {
            assertEquals(LaptopFixture.UNSENT_CHANGES, old.sync().unsentChanges(), "its unsent changes are kept");
            LocalProject own = old.findAll(LocalProject.class).get(0);
            assertEquals(List.of(), own.getPartnerOrganisations(), "the new list is there, empty");
            assertEquals(List.of(), own.getStatusHistory());
            projectId = own.getId();

            PartnerService partners = new PartnerServiceComponent(old);
            ProjectStatus next = own.getStatus() == ProjectStatus.ONGOING ? ProjectStatus.COMPLETED
                    : ProjectStatus.ONGOING;
            partners.changeStatus(projectId, next, "Ändrat efter uppgraderingen");
            partners.addPartner(projectId, partners.organisation("Räddningstjänsten (uppgraderad)",
                    OrganisationKind.PARTNER));
            county.sync(old, "lan1");
            assertEquals(List.of(), old.sync().conflicts());
            assertEquals(0, old.sync().unsentChanges(), "its old and new changes went up");
            assertTrue(old.find(Meeting.class, LaptopFixture.MEETING).isPresent(), "its own records stay");
            assertTrue(old.findAll(LocalProject.class).stream()
                    .anyMatch(p -> !p.getPartnerOrganisations().isEmpty() && !p.getStatusHistory().isEmpty()
                            && !p.getId().equals(projectId)),
                    "the county's projects came down with their partners and history");
        }
        try (LocalStore other = county.laptop("lan2")) {
            county.sync(other, "lan2");
            LocalProject arrived = other.find(LocalProject.class, projectId).orElseThrow();
            assertEquals(List.of("Räddningstjänsten (uppgraderad)"),
                    arrived.getPartnerOrganisations().stream().map(Organisation::getName).toList());
            assertEquals("Ändrat efter uppgraderingen",
                    new PartnerServiceComponent(other).history(projectId).get(0).note());
        }
    }
}
