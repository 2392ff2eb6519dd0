package se.samverka.store;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import se.samverka.model.CooperationGroup;
import se.samverka.model.Organisation;
import se.samverka.model.Person;

/**
 * The county's directory as the plugins offer it where something is chosen: people, organisations and groups, not
 * deleted, sorted by name as people read names (Swedish collation, so Å, Ä and Ö come last). One home for these
 * lookups, which every plugin's service needs (a picker of people, an organisation chosen for a person made in
 * place, the group of a meeting).
 */
public final class Directory {

    private Directory() {
    }

    /** Everyone, by last name and first name. */
    public static List<Person> people(LocalStore store) {
        Collator collator = collator();
        return store.findAll(Person.class).stream()
                .sorted(Comparator.comparing((Person p) -> text(p.getLastName()), collator)
                        .thenComparing(p -> text(p.getFirstName()), collator))
                .toList();
    }

    /** Every organisation (municipalities, police, region, associations …), by name. */
    public static List<Organisation> organisations(LocalStore store) {
        Collator collator = collator();
        return store.findAll(Organisation.class).stream()
                .sorted(Comparator.comparing((Organisation o) -> text(o.getName()), collator)).toList();
    }

    /** Every group and network, by name. */
    public static List<CooperationGroup> groups(LocalStore store) {
        Collator collator = collator();
        return store.findAll(CooperationGroup.class).stream()
                .sorted(Comparator.comparing((CooperationGroup g) -> text(g.getName()), collator)).toList();
    }

    private static Collator collator() {
        return Collator.getInstance(java.util.Locale.of("sv", "SE"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
