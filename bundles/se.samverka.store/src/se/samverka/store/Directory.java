package se.samverka.store;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

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
        return sorted(store.findAll(Person.class), Person::getLastName, Person::getFirstName);
    }

    /** Every organisation (municipalities, police, region, associations …), by name. */
    public static List<Organisation> organisations(LocalStore store) {
        return sorted(store.findAll(Organisation.class), Organisation::getName, o -> "");
    }

    /** Every group and network, by name. */
    public static List<CooperationGroup> groups(LocalStore store) {
        return sorted(store.findAll(CooperationGroup.class), CooperationGroup::getName, g -> "");
    }

    /**
     * The records by one name and then another, in Swedish collation. Each name's collation key is made once: a
     * collator comparing the names themselves works each out again at every comparison, several times per record
     * (a few ms for the large county's groups, a choice made on every meeting page).
     */
    private static <T> List<T> sorted(List<T> records, Function<T, String> first, Function<T, String> then) {
        Collator collator = Collator.getInstance(Locale.of("sv", "SE"));
        record Keyed<T>(T record, CollationKey first, CollationKey then) {
        }
        return records.stream()
                .map(r -> new Keyed<>(r, collator.getCollationKey(text(first.apply(r))),
                        collator.getCollationKey(text(then.apply(r)))))
                .sorted(Comparator.comparing((Keyed<T> k) -> k.first()).thenComparing(Keyed::then))
                .map(Keyed::record).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
