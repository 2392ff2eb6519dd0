package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.SupportService;
import se.samverka.inventory.internal.support.SupportServiceComponent;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;

/**
 * Support to municipalities through a real county server: rounds and supports arrive both ways; a coordinator's
 * laptop receives its own municipality's support only, may record the application, and is refused by the server
 * when it decides (or offers) anyway, bypassing the service. Each test makes its own round, so it depends on no
 * record another test changes.
 */
class SupportSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void supportRecordsArriveBothWays() throws Exception {
        try (LocalStore lan1 = county.laptop("lan1"); LocalStore lan2 = county.laptop("lan2")) {
            county.sync(lan1, "lan1");
            SupportService offering = new SupportServiceComponent(lan1);
            SupportRound round = offering.offer("Stöd till lokal resurs (synk)", 2027, null,
                    amounts(lan1, county.municipality, "150000", county.otherMunicipality, "100000"), null);
            county.sync(lan1, "lan1");
            assertEquals(List.of(), lan1.sync().conflicts());

            county.sync(lan2, "lan2");
            SupportService deciding = new SupportServiceComponent(lan2);
            List<MunicipalSupport> arrived = deciding.round(round.getId()).orElseThrow().supports();
            assertEquals(2, arrived.size(), "the round and both municipalities' support arrived");
            MunicipalSupport support = arrived.stream()
                    .filter(s -> s.getMunicipality().getId().equals(county.municipality.getId())).findFirst()
                    .orElseThrow();
            deciding.apply(support.getId(), LocalDate.of(2027, 3, 1), new BigDecimal("150000"));
            deciding.decide(support.getId(), SupportStatus.GRANTED, LocalDate.of(2027, 4, 1),
                    new BigDecimal("140000"));
            county.sync(lan2, "lan2");
            assertEquals(List.of(), lan2.sync().conflicts());

            county.sync(lan1, "lan1");
            MunicipalSupport back = lan1.find(MunicipalSupport.class, support.getId()).orElseThrow();
            assertEquals(SupportStatus.GRANTED, back.getStatus());
            assertEquals(0, new BigDecimal("140000").compareTo(back.getAmountGranted()));
            assertEquals(0, new BigDecimal("140000").compareTo(offering.round(round.getId()).orElseThrow().totals()
                    .granted()), "the totals on the first laptop follow the decision made on the second");
        }
    }

    @Test
    void aCoordinatorReceivesOnlyTheirMunicipalitysSupportAppliesAndCannotDecide() throws Exception {
        SupportRound round;
        try (LocalStore lan = county.laptop("lan1")) {
            county.sync(lan, "lan1");
            round = new SupportServiceComponent(lan).offer("Stöd till fördjupat utvecklingsarbete (synk)", 2027,
                    null, amounts(lan, county.municipality, "250000", county.otherMunicipality, "200000"), null);
            county.sync(lan, "lan1");
        }
        try (LocalStore laptop = county.laptop("samordnare")) {
            county.sync(laptop, "samordnare");
            SupportService service = new SupportServiceComponent(laptop);
            assertFalse(service.mayDecide());
            assertTrue(laptop.find(SupportRound.class, round.getId()).isPresent(), "rounds are shared");
            List<MunicipalSupport> received = laptop.findAll(MunicipalSupport.class);
            assertFalse(received.isEmpty());
            assertTrue(received.stream().allMatch(s -> s.getMunicipality().getId().equals(county.municipality.getId())),
                    "only the coordinator's municipality's support: " + received.stream()
                            .map(s -> s.getMunicipality().getName()).distinct().toList());
            MunicipalSupport own = service.round(round.getId()).orElseThrow().supports().get(0);

            service.apply(own.getId(), LocalDate.of(2027, 3, 2), new BigDecimal("240000"));
            county.sync(laptop, "samordnare");
            assertEquals(List.of(), laptop.sync().conflicts(), "the application is the coordinator's to make");

            // Past the service, as a changed client or a raw edit would: the server keeps the decision the county's.
            MunicipalSupport forged = laptop.find(MunicipalSupport.class, own.getId()).orElseThrow();
            forged.setStatus(SupportStatus.GRANTED);
            forged.setAmountGranted(new BigDecimal("240000"));
            laptop.save(forged);
            MunicipalSupport selfMade = SamverkaFactory.eINSTANCE.createMunicipalSupport();
            selfMade.setRound(laptop.find(SupportRound.class, round.getId()).orElseThrow());
            selfMade.setMunicipality(laptop.find(Organisation.class, county.municipality.getId()).orElseThrow());
            selfMade.setAmountOffered(new BigDecimal("1000000"));
            selfMade.setStatus(SupportStatus.OFFERED);
            String selfMadeId = laptop.save(selfMade).getId();
            county.sync(laptop, "samordnare");
            List<SyncPort.Conflict> conflicts = laptop.sync().conflicts();
            assertTrue(conflicts.stream().anyMatch(c -> c.recordId().equals(own.getId())
                    && c.reason().equals("REFUSED")), "the decision refused: " + conflicts);
            assertTrue(conflicts.stream().anyMatch(c -> c.recordId().equals(selfMadeId)
                    && c.reason().equals("REFUSED")), "the offer refused: " + conflicts);
            MunicipalSupport after = laptop.find(MunicipalSupport.class, own.getId()).orElseThrow();
            assertEquals(SupportStatus.APPLIED, after.getStatus(), "the server's record came back");
            assertNull(after.getAmountGranted());
        }
        try (LocalStore lan = county.laptop("lan2")) {
            county.sync(lan, "lan2");
            SupportService county2 = new SupportServiceComponent(lan);
            List<MunicipalSupport> supports = county2.round(round.getId()).orElseThrow().supports();
            assertEquals(2, supports.size(), "the coordinator's own offer was not taken");
            MunicipalSupport applied = supports.stream()
                    .filter(s -> s.getMunicipality().getId().equals(county.municipality.getId())).findFirst()
                    .orElseThrow();
            assertEquals(SupportStatus.APPLIED, applied.getStatus());
            assertEquals(0, new BigDecimal("240000").compareTo(applied.getAmountApplied()));
        }
    }

    @Test
    void aLaptopOfModel1ReceivesNoSupportUntilItSpeaksModel2() throws Exception {
        try (LocalStore laptop = county.laptop("lan2")) {
            new se.samverka.sync.SyncClient(county.settings, se.samverka.model.sync.ModelVersion.released(1))
                    .sync(laptop, "lan2", County.PASSWORD);
            assertEquals(List.of(), laptop.findAll(MunicipalSupport.class), "model 1 has no support");
            assertEquals(List.of(), laptop.findAll(SupportRound.class));
            assertTrue(laptop.findAll(Organisation.class).size() > 8, "the rest of the county arrived");

            county.sync(laptop, "lan2");
            assertTrue(laptop.findAll(MunicipalSupport.class).size() >= county.data.supports.size(),
                    "updated, it receives the support it could not hold before");
            assertTrue(laptop.findAll(SupportRound.class).size() >= county.data.supportRounds.size());
            assertEquals(List.of(), laptop.sync().conflicts());
        }
    }

    /** The two municipalities as the laptop holds them, each with an amount. */
    private static Map<Organisation, BigDecimal> amounts(LocalStore laptop, Organisation first, String firstAmount,
            Organisation second, String secondAmount) {
        Map<Organisation, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put(laptop.find(Organisation.class, first.getId()).orElseThrow(), new BigDecimal(firstAmount));
        amounts.put(laptop.find(Organisation.class, second.getId()).orElseThrow(), new BigDecimal(secondAmount));
        return amounts;
    }
}
