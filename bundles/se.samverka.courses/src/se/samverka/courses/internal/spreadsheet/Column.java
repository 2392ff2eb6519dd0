package se.samverka.courses.internal.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A column of a participant file, found by its header in Swedish or English, in any case, with or without hyphens
 * and spaces ("E-post", "epost", "E-mail", "email").
 */
enum Column {
    FIRST_NAME("Förnamn", "förnamn", "fornamn", "first name", "firstname", "given name"),
    LAST_NAME("Efternamn", "efternamn", "last name", "lastname", "surname", "family name"),
    EMAIL("E-post", "e-post", "epost", "e-postadress", "mejl", "e-mail", "email", "mail"),
    ORGANISATION("Organisation", "organisation", "organization", "arbetsplats", "employer"),
    MUNICIPALITY("Kommun", "kommun", "municipality"),
    PHONE("Telefon", "telefon", "telefonnummer", "mobil", "mobiltelefon", "phone", "telephone", "mobile"),
    /** Written by the export, read and ignored by the import. */
    STATUS("Status", "status"),
    /** Written by the export, read and ignored by the import. */
    REQUESTED("Anmäld", "anmäld", "anmäld datum", "requested", "registered");

    private final String header;
    private final List<String> names;

    Column(String header, String... names) {
        this.header = header;
        this.names = Stream.of(names).map(Column::normalise).toList();
    }

    /** The header the export writes. */
    String header() {
        return header;
    }

    /** The column a header names, if any. */
    static Optional<Column> named(String header) {
        String name = normalise(header);
        return Stream.of(values()).filter(column -> column.names.contains(name)).findFirst();
    }

    private static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", "")
                .replace(".", "");
    }
}
