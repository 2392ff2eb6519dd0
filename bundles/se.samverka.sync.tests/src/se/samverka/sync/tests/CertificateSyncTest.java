package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.samverka.courses.CertificateService;
import se.samverka.model.Certificate;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.certificates.Verification;
import se.samverka.server.CountyAdmin;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;

/**
 * Certificates issued on laptops offline (through the courses plugin's {@link CertificateService}, on the laptop's
 * real encrypted store) and verified by the county server after the sync, as {@code samverka-server verify} asks it;
 * two laptops issuing offline give different numbers; a coordinator receives the certificates of their
 * municipality's people only.
 */
class CertificateSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    /** What {@code samverka-server verify} uses while the server runs: the owner's connection over TLS. */
    private static CountyAdmin commandsAdmin() {
        return CountyAdmin.remote(new ServerConfig(county.serverFolder(), "localhost", county.settings.port(),
                County.OWNER_PASSWORD.toCharArray(), County.KEY_PASSWORD.toCharArray(),
                County.BOOT_PASSWORD.toCharArray()));
    }

    @Test
    void aCertificateIssuedOfflineIsUnknownToTheServerUntilTheLaptopSyncsThenValid() throws Exception {
        try (LocalStore laptop = synced("lan1")) {
            Enrolment enrolment = completeOne(laptop, county.municipality);
            String offeringId = enrolment.getOffering().getId();
            Set<String> certified = laptop.findAll(Certificate.class).stream().map(c -> c.getEnrolment().getId())
                    .collect(Collectors.toSet());
            Set<String> uncertified = laptop.findAll(Enrolment.class).stream()
                    .filter(e -> e.getOffering().getId().equals(offeringId)
                            && e.getStatus() == EnrolmentStatus.COMPLETED && !certified.contains(e.getId()))
                    .map(Enrolment::getId).collect(Collectors.toSet());
            assertTrue(uncertified.contains(enrolment.getId()));
            List<Certificate> issued = withService(laptop,
                    certificates -> certificates.issueAll(enrolment.getOffering().getId()));
            Certificate certificate = issued.stream().filter(c -> c.getEnrolment().getId().equals(enrolment.getId()))
                    .findFirst().orElseThrow();
            assertEquals(uncertified, issued.stream().map(c -> c.getEnrolment().getId()).collect(Collectors.toSet()),
                    "a certificate for each completed participant that had none, and no other");
            assertTrue(withService(laptop, certificates -> certificates.issueAll(enrolment.getOffering().getId()))
                    .isEmpty(), "issuing again makes no second certificate");
            String code = certificate.getVerificationCode();
            LocalDate today = LocalDate.now();

            assertFalse(commandsAdmin().verify(code, today).known(), "not known before the laptop has synced");
            assertTrue(withService(laptop, certificates -> certificates.verify(code)).valid(),
                    "the laptop that issued it knows it at once");

            county.sync(laptop, "lan1");
            // Typed as a person reads it off the paper: small letters, spaces, O for 0 and L for 1.
            String typed = code.toLowerCase(Locale.ROOT).replace('0', 'o').replace('1', 'l').replace("-", " ");
            Verification answer = commandsAdmin().verify(typed, today);
            assertTrue(answer.valid(), answer.toString());
            assertEquals(certificate.getCertificateNumber(), answer.certificateNumber());
            assertEquals(enrolment.getPerson().getFirstName() + " " + enrolment.getPerson().getLastName(),
                    answer.participant());
            assertEquals(enrolment.getOffering().getCourse().getName(), answer.course());
            assertEquals(today, answer.issuedOn());
            assertNotNull(answer.firstDay());
            assertEquals(answer, county.server.admin().verify(code, today), "the server's own engine agrees");
            assertFalse(commandsAdmin().verify(code.substring(0, 16) + (code.endsWith("X") ? "Y" : "X"), today)
                    .known(), "a code one symbol off is unknown");
            county.sync(laptop, "lan1");
            assertEquals(1, laptop.findAll(Certificate.class).stream()
                    .filter(c -> c.getEnrolment().getId().equals(enrolment.getId())).count(),
                    "one certificate for the enrolment after syncing again");
        }
    }

    @Test
    void twoLaptopsIssuingOfflineGiveDifferentNumbersAndACoordinatorReceivesOnlyTheirMunicipalitys()
            throws Exception {
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
            Enrolment ours = completeOne(a, county.municipality);
            Enrolment theirs = completeOne(b, county.otherMunicipality);
            Certificate onA = withService(a, certificates -> certificates.issue(ours.getId()));
            Certificate onB = withService(b, certificates -> certificates.issue(theirs.getId()));
            String year = String.valueOf(LocalDate.now().getYear());
            assertTrue(onA.getCertificateNumber().matches(year + "-[0-9A-F]{8}-0001"), onA.getCertificateNumber());
            assertTrue(onB.getCertificateNumber().matches(year + "-[0-9A-F]{8}-0001"), onB.getCertificateNumber());
            assertNotEquals(onA.getCertificateNumber(), onB.getCertificateNumber(),
                    "each laptop's first number of the year, told apart by the laptop");
            assertEquals(onA.getCertificateNumber().substring(5, 13),
                    a.sync().replicaId().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT));

            county.sync(a, "lan1");
            county.sync(b, "lan2");
            county.sync(a, "lan1");
            Set<String> numbers = a.findAll(Certificate.class).stream().map(Certificate::getCertificateNumber)
                    .collect(Collectors.toSet());
            assertEquals(a.findAll(Certificate.class).size(), numbers.size(), "no number twice in the county");
            assertTrue(numbers.contains(onB.getCertificateNumber()), "B's certificate reached A");
            assertTrue(county.server.admin().verify(onB.getVerificationCode(), LocalDate.now()).valid());
            // A counts on from its own numbers, not from B's.
            Enrolment another = completeOne(a, county.municipality);
            assertTrue(withService(a, certificates -> certificates.issue(another.getId())).getCertificateNumber()
                    .endsWith(onA.getCertificateNumber().substring(4, 14) + "0002"));
            county.sync(a, "lan1");

            try (LocalStore coordinator = synced("samordnare")) {
                List<Certificate> received = coordinator.findAll(Certificate.class);
                assertTrue(received.stream().anyMatch(c -> c.getId().equals(onA.getId())),
                        "the certificate of the coordinator's municipality's person");
                assertFalse(received.stream().anyMatch(c -> c.getId().equals(onB.getId())),
                        "not another municipality's person's");
                for (Certificate certificate : received) {
                    assertEquals(county.municipality.getId(),
                            certificate.getEnrolment().getPerson().getMunicipality().getId());
                }
            }
        }
    }

    /**
     * A certificate of a course that must be refreshed is valid for the course's months from its issue and verifies
     * as expired after; one of a course without validity months has no end; a text that is not a code is unknown.
     */
    @Test
    void aCertificateExpiresAfterItsCoursesMonthsAndThenVerifiesAsExpired() throws Exception {
        try (LocalStore laptop = synced("lan1")) {
            Enrolment refreshed = completeOne(laptop, null, 1);
            Enrolment lasting = completeOne(laptop, null, 0);
            int months = refreshed.getOffering().getCourse().getCertificateValidityMonths();
            Certificate expiring = withService(laptop, certificates -> certificates.issue(refreshed.getId()));
            Certificate forever = withService(laptop, certificates -> certificates.issue(lasting.getId()));
            LocalDate today = LocalDate.now();
            assertEquals(today, Verification.local(expiring.getIssuedOn()));
            assertEquals(today.plusMonths(months), Verification.local(expiring.getExpiresOn()));
            assertEquals(null, forever.getExpiresOn());
            assertTrue(expiring.getVerificationCode().matches("([0-9A-HJKMNP-TV-Z]{4}-){3}[0-9A-HJKMNP-TV-Z]{2}"),
                    expiring.getVerificationCode());
            assertNotEquals(expiring.getVerificationCode(), forever.getVerificationCode());

            Verification valid = withService(laptop, certificates -> certificates.verify(
                    expiring.getVerificationCode()));
            assertTrue(valid.valid(), valid.toString());
            assertEquals(today.plusMonths(months), valid.expiresOn());
            assertEquals(expiring.getId(), withService(laptop, certificates -> certificates.issue(refreshed.getId()))
                    .getId(), "issuing for the enrolment again gives the certificate it has");

            Certificate aged = laptop.find(Certificate.class, expiring.getId()).orElseThrow();
            aged.setIssuedOn(Verification.date(today.minusMonths(months + 1)));
            aged.setExpiresOn(Verification.date(today.minusDays(1)));
            laptop.save(aged);
            Verification expired = withService(laptop, certificates -> certificates.verify(
                    expiring.getVerificationCode()));
            assertTrue(expired.known() && expired.expired() && !expired.valid(), expired.toString());
            assertEquals(Verification.UNKNOWN, withService(laptop, certificates -> certificates.verify("intyg 12")));
        }
    }

    /**
     * The product's own command line, in a process of its own beside a county server started with the demo county:
     * {@code samverka-server verify CODE} answers 1 for a certificate issued offline and not yet synced, 0 and the
     * participant, course and dates once the laptop has synced (the code typed as a person reads it), 1 for a wrong
     * code and 2 without one; a demo certificate's code verifies too.
     */
    @Test
    void theServersVerifyCommandAnswersValidOnlyOnceTheLaptopHasSynced() throws Exception {
        ChildServer countyServer = new ChildServer(county, "verify");
        ChildProcess server = countyServer.start(0, true);
        try (LocalStore laptop = County.stores().open(countyServer.work.resolve("laptop"), County.PASSWORD, "lan")) {
            countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            Enrolment enrolment = completeOne(laptop, null);
            Certificate certificate = withService(laptop, certificates -> certificates.issue(enrolment.getId()));
            String code = certificate.getVerificationCode();

            try (ChildProcess before = countyServer.command("verify-before", "verify", code)) {
                assertEquals(1, before.waitFor(120_000), before.output());
                assertTrue(before.output().contains("OGILTIGT"), before.output());
            }
            countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            String[] typed = code.toLowerCase(Locale.ROOT).split("-");
            try (ChildProcess after = countyServer.command("verify-after", "verify", typed[0], typed[1], typed[2],
                    typed[3])) {
                assertEquals(0, after.waitFor(120_000), after.output());
                String name = enrolment.getPerson().getFirstName() + " " + enrolment.getPerson().getLastName();
                assertTrue(after.output().contains("GILTIGT: intyg " + certificate.getCertificateNumber() + " för "
                        + name + ", " + enrolment.getOffering().getCourse().getName()), after.output());
                assertTrue(after.output().contains("Utfärdat " + LocalDate.now()), after.output());
            }
            try (ChildProcess wrong = countyServer.command("verify-wrong", "verify", "ABCD-EFGH-JKMN-PQ")) {
                assertEquals(1, wrong.waitFor(120_000), wrong.output());
            }
            try (ChildProcess usage = countyServer.command("verify-usage", "verify")) {
                assertEquals(2, usage.waitFor(120_000), usage.output());
            }
            Certificate demo = laptop.findAll(Certificate.class).stream()
                    .filter(c -> !c.getId().equals(certificate.getId()) && (c.getExpiresOn() == null
                            || Verification.local(c.getExpiresOn()).isAfter(LocalDate.now()))).findFirst()
                    .orElseThrow();
            try (ChildProcess demoCode = countyServer.command("verify-demo", "verify", demo.getVerificationCode())) {
                assertEquals(0, demoCode.waitFor(120_000), demoCode.output());
            }
        } finally {
            server.kill();
        }
    }

    /**
     * Sets an enrolled participant of {@code municipality} (any, if null; in an offering with session days) to
     * completed on the laptop, offline, and returns the enrolment.
     */
    static Enrolment completeOne(LocalStore laptop, Organisation municipality) throws Exception {
        return completeOne(laptop, municipality, -1);
    }

    /** As {@link #completeOne(LocalStore, Organisation)}, of a course with validity months (1), without (0) or any. */
    static Enrolment completeOne(LocalStore laptop, Organisation municipality, int validity) throws Exception {
        Enrolment enrolment = laptop.findAll(Enrolment.class).stream()
                .filter(e -> validity < 0 || (e.getOffering().getCourse().getCertificateValidityMonths() > 0 ? 1
                        : 0) == validity)
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                        && !e.getOffering().getSessionDays().isEmpty()
                        && (municipality == null || e.getPerson().getMunicipality() != null
                                && e.getPerson().getMunicipality().getId().equals(municipality.getId())))
                .findFirst().orElseThrow();
        enrolment.setStatus(EnrolmentStatus.COMPLETED);
        return laptop.save(enrolment);
    }

    /** Work of the certificate service on one laptop's store (the service as the application gets it, by DS). */
    interface Work<T> {
        T on(CertificateService certificates) throws Exception;
    }

    static <T> T withService(LocalStore laptop, Work<T> work) throws Exception {
        ServiceRegistration<LocalStore> registration = FrameworkUtil.getBundle(CertificateSyncTest.class)
                .getBundleContext().registerService(LocalStore.class, laptop, null);
        try {
            return work.on(County.service(CertificateService.class));
        } finally {
            registration.unregister();
        }
    }

    private static LocalStore synced(String user) throws Exception {
        LocalStore laptop = county.laptop(user);
        county.sync(laptop, user);
        return laptop;
    }
}
