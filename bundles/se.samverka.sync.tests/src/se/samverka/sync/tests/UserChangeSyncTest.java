package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.internal.records.MunicipalityServiceComponent;
import se.samverka.inventory.records.MunicipalityRow;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.RecordsChanged;
import se.samverka.store.SyncPort;

/**
 * A shared laptop on which county staff sync, then a coordinator, then county staff again (or whose user's role
 * changes): each sync that says the user is someone else tells what is open, even when its answer writes no record,
 * so that the pages that show what the user may see (the start page's card, the municipalities, the support rounds)
 * read again as the new user. Before, such a sync told nobody, and the window kept showing the coordinator's one
 * municipality to county staff until some record changed.
 */
class UserChangeSyncTest {

    /** Classes whose lists and pages follow who the user is. */
    private static final List<String> SHOWN_BY_USER = List.of("Organisation", "MunicipalRecord", "MunicipalSupport",
            "LocalProject", "Meeting", "Enrolment");

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void syncingAsACoordinatorAndBackTellsWhatIsOpenEachTimeSoThatItReadsAsTheNewUser() throws Exception {
        try (LocalStore laptop = county.laptop("lan1")) {
            county.sync(laptop, "lan1");
            county.sync(laptop, "lan1"); // nothing left to take in: the next answers write no record
            MunicipalityService municipalities = new MunicipalityServiceComponent(laptop,
                new se.samverka.inventory.internal.budgets.BudgetServiceComponent(laptop));
            long all = laptop.findAll(Organisation.class).stream()
                    .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY).count();
            assertEquals(all, municipalities.municipalities(County.TODAY).size(), "county staff see every one");

            // A page open in the window reads again on each notice, as the start page's card does.
            List<RecordsChanged> notices = new CopyOnWriteArrayList<>();
            List<List<MunicipalityRow>> shown = new CopyOnWriteArrayList<>();
            Runnable stopListening = laptop.onChange(notice -> {
                notices.add(notice);
                shown.add(municipalities.municipalities(County.TODAY));
            });
            try {
                county.sync(laptop, "samordnare");
                assertEquals(new SyncPort.User(Role.COORDINATOR, null, county.municipality.getId()),
                        laptop.sync().user());
                assertTold(notices, "the coordinator's sync");
                assertEquals(List.of(county.municipality.getId()),
                        shown.get(shown.size() - 1).stream().map(MunicipalityRow::id).toList(),
                        "the open page reads the coordinator's own municipality");

                notices.clear();
                county.sync(laptop, "samordnare");
                assertTrue(notices.isEmpty(), "the same user again, with nothing new: nothing to tell " + notices);

                county.sync(laptop, "lan1");
                assertEquals(new SyncPort.User(Role.COUNTY, null, null), laptop.sync().user());
                assertTold(notices, "county staff's sync after the coordinator's");
                assertEquals(all, shown.get(shown.size() - 1).size(),
                        "the open page reads every municipality again, as county staff see them");
            } finally {
                stopListening.run();
            }
        }
    }

    @Test
    void countyStaffGetBackWhatChangedOutsideTheCoordinatorsMunicipalityWhileTheLaptopWasTheirs() throws Exception {
        try (LocalStore office = county.laptop("lan2"); LocalStore laptop = county.laptop("lan1")) {
            county.sync(office, "lan2");
            county.sync(laptop, "lan1");
            county.sync(laptop, "samordnare");
            // While the laptop is the coordinator's, the county office changes another municipality's project.
            LocalProject theirs = office.findAll(LocalProject.class).stream()
                    .filter(p -> p.getMunicipality() != null
                            && p.getMunicipality().getId().equals(county.otherMunicipality.getId())).findFirst()
                    .orElseThrow();
            String partners = "Polisen och skolan (ändrat av länet medan datorn var samordnarens)";
            theirs.setPartners(partners);
            office.save(theirs);
            county.sync(office, "lan2");
            county.sync(laptop, "samordnare");
            assertTrue(!partners.equals(laptop.find(LocalProject.class, theirs.getId()).map(LocalProject::getPartners)
                    .orElse(null)), "not the coordinator's to receive");

            county.sync(laptop, "lan1");
            assertEquals(partners, laptop.find(LocalProject.class, theirs.getId()).orElseThrow().getPartners(),
                    "county staff get the change the coordinator could not see");
        }
    }

    /** One notice, from the sync, naming every class whose pages follow the user (and no record: none changed). */
    private static void assertTold(List<RecordsChanged> notices, String after) {
        assertEquals(1, notices.size(), "one notice after " + after + ": " + notices);
        RecordsChanged notice = notices.get(0);
        assertEquals(RecordsChanged.Cause.SYNC, notice.cause());
        for (String type : SHOWN_BY_USER) {
            assertTrue(notice.touchesAny(List.of(type)), type + " named after " + after + ": " + notice.types());
        }
    }
}
