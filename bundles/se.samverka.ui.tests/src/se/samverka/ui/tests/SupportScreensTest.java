package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.SupportRound;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowTest;

/**
 * Support to municipalities in the real window, on the demo county's 2020 round: the list shows each municipality's
 * status and amounts the Swedish way; the round of support for a local resource opens on its page, where an
 * application and a decision are recorded for Tierp (which did not apply in the demo), a grant larger than the
 * application is refused in words at the top of the page, and the totals follow each step; a decision date typed
 * while the page reads itself again (another window's save, a sync) stays as typed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class SupportScreensTest extends WindowTest {

    private static final String ROUND = "Stöd till lokal resurs";

    @Test
    @Order(1)
    void theListShowsThe2020RoundWithStatusesAndAmounts() {
        window.selectRow("navigation.areas", "Stöd till kommuner");
        List<List<String>> rows = window.tableRows("support.list").stream().filter(row -> row.get(0).equals("2020"))
                .toList();
        assertEquals(8, rows.size(), "four municipalities in each of the two rounds: " + rows);
        List<String> osthammar = row(rows, "Östhammar");
        assertEquals(List.of("2020", ROUND, "Östhammar", "Beviljat", "150 000 kr", "150 000 kr", "150 000 kr"),
                osthammar);
        assertEquals(List.of("2020", ROUND, "Tierp", "Inte sökt", "150 000 kr", "", ""), row(rows, "Tierp"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "support-list.png"));
    }

    @Test
    @Order(2)
    void anApplicationAndADecisionChangeTheRoundsTotals() throws Exception {
        window.openRow("support.list", ROUND);
        assertTotals("Erbjudet 500 000 kr  ·  Sökt 250 000 kr  ·  Beviljat 250 000 kr");
        assertEquals(List.of("Heby kommun", "Tierps kommun", "Älvkarleby kommun", "Östhammars kommun"),
                window.tableColumn("support.municipalities"), "the four municipalities offered, in Swedish order");
        assertTrue(window.labelTexts().stream().anyMatch(text -> text.startsWith(
                "Betalas från: Länsprogrammet för brottsförebyggande arbete 2020 – Stöd till kommuner")),
                "the programme budget's expense line: " + window.labelTexts());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "support-round.png"));

        window.selectRow("support.municipalities", "Tierps kommun");
        window.type("support.appliedOn", "2020-03-18");
        window.type("support.amountApplied", "120 000");
        window.clickButtonAndWait("support.apply");
        assertTotals("Erbjudet 500 000 kr  ·  Sökt 370 000 kr  ·  Beviljat 250 000 kr");

        window.selectRow("support.municipalities", "Tierps kommun");
        window.type("support.decidedOn", "2020-04-14");
        // Another window saves the round meanwhile (a sync would do the same): the page reads itself again, and the
        // date the user typed stays (before, the page wrote today's date over it).
        org.eclipse.swt.widgets.Text typedIn = window.ui()
                .get(() -> window.find("support.decidedOn", org.eclipse.swt.widgets.Text.class));
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        store.save(store.findAll(SupportRound.class).stream()
                .filter(r -> r.getTitle().equals(ROUND) && r.getSupportYear() == 2020).findFirst().orElseThrow());
        window.ui().waitUntil("the page read again", () -> typedIn.isDisposed() && window.has("support.decidedOn"),
                Ui.DEFAULT_TIMEOUT);
        assertEquals("2020-04-14", window.textOf("support.decidedOn"), "the typed decision date stays");
        window.type("support.amountGranted", "150 000");
        window.clickButtonAndWait("support.grant");
        window.ui().waitUntil("the refusal", () -> plain(window.textOf("support.message"))
                .equals("Det går inte att bevilja 150 000 kr – Tierps kommun har sökt 120 000 kr."), Ui.DEFAULT_TIMEOUT);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "support-refused.png"));

        window.type("support.amountGranted", "100 000");
        window.clickButtonAndWait("support.grant");
        assertTotals("Erbjudet 500 000 kr  ·  Sökt 370 000 kr  ·  Beviljat 350 000 kr");
        List<String> tierp = window.tableRows("support.municipalities").stream()
                .filter(row -> row.get(0).equals("Tierps kommun")).findFirst().orElseThrow();
        assertEquals(List.of("Tierps kommun", "Beviljat", "150 000 kr", "2020-03-18", "120 000 kr", "2020-04-14",
                "100 000 kr"), tierp.subList(0, 7).stream().map(SupportScreensTest::plain).toList());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "support-decided.png"));

        window.selectRow("navigation.areas", "Stöd till kommuner");
        window.ui().waitUntil("the list shows the decision", () -> row(window.tableRows("support.list").stream()
                .filter(row -> row.get(0).equals("2020")).toList(), "Tierp").get(3).equals("Beviljat"),
                Ui.DEFAULT_TIMEOUT);
    }

    private static void assertTotals(String expected) {
        window.ui().waitUntil("the totals " + expected, () -> window.has("support.totals")
                && plain(window.textOf("support.totals")).equals(expected), Ui.DEFAULT_TIMEOUT);
        assertTrue(plain(window.textOf("support.totals")).equals(expected));
    }

    private static List<String> row(List<List<String>> rows, String municipality) {
        return rows.stream().filter(row -> row.get(2).equals(municipality)).findFirst()
                .map(row -> row.stream().map(SupportScreensTest::plain).toList())
                .orElseThrow(() -> new AssertionError("no row of " + municipality + ": " + rows));
    }

    /** The text with no-break spaces (between thousands and before "kr") as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ');
    }
}
