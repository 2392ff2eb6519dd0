package se.samverka.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.model.CooperationGroup;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;

/** The directory's lists in the order people read names: Swedish collation, Å, Ä and Ö after Z, case aside. */
class DirectoryTest {

    private static final char[] PASSWORD = "Brottsförebygg4nde!".toCharArray();
    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;

    private LocalStore store;

    @BeforeEach
    void open() throws Exception {
        store = StoreTestSupport.stores().open(StoreTestSupport.newFolder("directory"), PASSWORD, "anna.lindqvist");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void peopleComeByLastNameThenFirstNameInSwedishOrder() throws Exception {
        store.saveAll(List.of(person("Östlund", "Bo"), person("Zetterlund", "Åsa"), person("åberg", "Karin"),
                person("Andersson", "Örjan"), person("Andersson", "Ebba"), person("Ärlig", "Nils"),
                person("Berg", "Anna")));

        assertEquals(List.of("Andersson Ebba", "Andersson Örjan", "Berg Anna", "Zetterlund Åsa",
                "åberg Karin", "Ärlig Nils", "Östlund Bo"),
                Directory.people(store).stream().map(p -> p.getLastName() + " " + p.getFirstName())
                        .toList());
    }

    @Test
    void groupsAndOrganisationsComeByNameInSwedishOrder() throws Exception {
        for (String name : List.of("Östhammars kommun", "Älvkarleby kommun", "Tierps kommun", "Ångermanlands BRÅ",
                "heby kommun")) {
            Organisation organisation = MODEL.createOrganisation();
            organisation.setName(name);
            organisation.setKind(OrganisationKind.MUNICIPALITY);
            store.save(organisation);
        }
        for (String name : List.of("Vuxenvandringsnätverket", "Arbetsutskottet", "Övergripande gruppen",
                "BOJ-nätverket", "Ämnesgruppen")) {
            CooperationGroup group = MODEL.createCooperationGroup();
            group.setName(name);
            store.save(group);
        }

        assertEquals(List.of("heby kommun", "Tierps kommun", "Ångermanlands BRÅ", "Älvkarleby kommun",
                "Östhammars kommun"), Directory.organisations(store).stream().map(Organisation::getName).toList());
        assertEquals(List.of("Arbetsutskottet", "BOJ-nätverket", "Vuxenvandringsnätverket", "Ämnesgruppen",
                "Övergripande gruppen"),
                Directory.groups(store).stream().map(CooperationGroup::getName).toList());
    }

    private static Person person(String lastName, String firstName) {
        Person person = MODEL.createPerson();
        person.setLastName(lastName);
        person.setFirstName(firstName);
        return person;
    }
}
