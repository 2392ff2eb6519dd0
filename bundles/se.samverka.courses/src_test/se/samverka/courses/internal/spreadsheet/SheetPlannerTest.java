package se.samverka.courses.internal.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.ParticipantSheet.Action;
import se.samverka.courses.ParticipantSheet.Kind;
import se.samverka.courses.ParticipantSheet.Problem;
import se.samverka.courses.ParticipantSheet.Row;
import se.samverka.courses.internal.spreadsheet.Register.OrganisationEntry;
import se.samverka.courses.internal.spreadsheet.Register.PersonEntry;
import se.samverka.model.OrganisationKind;

/** What each row of a participant file does against the register, and every bad row with its line. */
class SheetPlannerTest {

    private static final OrganisationEntry HEBY = new OrganisationEntry("m-heby", "Heby kommun",
            OrganisationKind.MUNICIPALITY, null);
    private static final OrganisationEntry TIERP = new OrganisationEntry("m-tierp", "Tierps kommun",
            OrganisationKind.MUNICIPALITY, null);
    private static final OrganisationEntry SOCIAL = new OrganisationEntry("o-social", "Socialtjänsten",
            OrganisationKind.OTHER, "m-heby");
    private static final PersonEntry ASA = new PersonEntry("p-asa", "Åsa", "Öberg", "asa.oberg@heby.se", "o-social",
            "m-heby");
    private static final PersonEntry BO = new PersonEntry("p-bo", "Bo", "Ek", null, "o-social", "m-heby");
    private static final PersonEntry CARL = new PersonEntry("p-carl", "Carl", "Ström", "carl@tierp.se", null,
            "m-tierp");

    private static ParticipantSheet plan(String text, String onlyMunicipality) {
        Register register = new Register(List.of(ASA, BO, CARL), List.of(HEBY, TIERP, SOCIAL), Set.of("p-carl"));
        return new SheetPlanner(register, onlyMunicipality)
                .plan("offering", SheetReader.read(text.getBytes(StandardCharsets.UTF_8))).sheet();
    }

    @Test
    void rowsAreMatchedByEmailOrByNameAndOrganisationAndTheEnrolledAreLeftAlone() {
        ParticipantSheet sheet = plan("Förnamn;Efternamn;E-post;Organisation;Kommun\n"
                + "Åsa;Öberg-Lind;ASA.OBERG@heby.se;;\n" // same e-mail, another name
                + "bo;EK;;socialtjänsten;Heby\n" // same name and organisation
                + "Carl;Ström;carl@tierp.se;;Tierps kommun\n" // already enrolled
                + "Dana;Ek;;Socialtjänsten;Heby\n" // new
                + "Bo;Ek;;Fritidsgården;Heby\n", null); // same name, other (new) organisation: new
        assertEquals(List.of(), sheet.problems());
        assertEquals(List.of(Action.EXISTING_PERSON, Action.EXISTING_PERSON, Action.ALREADY_ENROLLED,
                Action.NEW_PERSON, Action.NEW_PERSON), sheet.rows().stream().map(Row::action).toList());
        assertEquals("p-asa", sheet.rows().get(0).personId());
        assertEquals("Socialtjänsten", sheet.rows().get(0).organisation(), "as the register has it");
        assertEquals("Heby kommun", sheet.rows().get(0).municipality());
        assertEquals("p-bo", sheet.rows().get(1).personId());
        assertTrue(sheet.rows().get(4).newOrganisation());
        assertFalse(sheet.rows().get(3).newOrganisation());
        assertTrue(sheet.clean());
    }

    @Test
    void everyBadRowIsNamedWithItsLineAndWhatIsWrong() {
        ParticipantSheet sheet = plan("Förnamn;Efternamn;E-post;Organisation;Kommun\n"
                + "Eva;;eva@x.se;;\n" // 2: no last name
                + "Olle;Holm;olle.at.x.se;;\n" // 3: bad e-mail
                + "Kim;Lund;;;Stockholm\n" // 4: not a municipality of the county
                + "Eva;Berg;eva@x.se;;\n" // 5: a second person with line 2's e-mail
                + "\"Per\nOla\";Ek;;Polisen;\n" // 6-7: fine
                + "Ann;Alm;;Polisen;\n" // 8: fine
                + "ann;alm;;polisen;\n", null); // 9: the same as line 8
        assertEquals(List.of(new Problem(2, Kind.MISSING_NAME, "Eva"), new Problem(3, Kind.BAD_EMAIL, "olle.at.x.se"),
                new Problem(4, Kind.UNKNOWN_MUNICIPALITY, "Stockholm"), new Problem(5, Kind.DUPLICATE_ROW, "2"),
                new Problem(9, Kind.DUPLICATE_ROW, "8")), sheet.problems());
        assertEquals(List.of(Action.INVALID, Action.INVALID, Action.INVALID, Action.INVALID, Action.NEW_PERSON,
                Action.NEW_PERSON, Action.INVALID), sheet.rows().stream().map(Row::action).toList());
        assertFalse(sheet.clean());
    }

    @Test
    void aCoordinatorsFileMayNameOnlyTheirMunicipalitysPeople() {
        ParticipantSheet sheet = plan("Förnamn;Efternamn;E-post;Organisation;Kommun\n"
                + "Dana;Ek;;Socialtjänsten;\n" // Heby through the organisation
                + "Carl;Ström;carl@tierp.se;;\n" // Tierp through the person in the register
                + "Ulla;Ros;;;Tierp\n" // Tierp as written
                + "Nils;Ny;;;\n", "m-heby"); // no municipality at all
        assertEquals(List.of(new Problem(3, Kind.OTHER_MUNICIPALITY, "Tierps kommun"),
                new Problem(4, Kind.OTHER_MUNICIPALITY, "Tierps kommun"), new Problem(5, Kind.OTHER_MUNICIPALITY, "")),
                sheet.problems());
    }

    @Test
    void headerProblemsComeFirst() {
        ParticipantSheet sheet = plan("Förnamn;Efternamn;Skostorlek\nEva;;42\n", null);
        assertEquals(List.of(new Problem(1, Kind.UNKNOWN_COLUMN, "Skostorlek"), new Problem(2, Kind.MISSING_NAME,
                "Eva")), sheet.problems());
    }
}
