package se.samverka.courses.documents;

import se.samverka.model.Person;

/** A participant as the documents name them: first and last name, organisation and municipality (may be empty). */
public record Participant(String firstName, String lastName, String organisation, String municipality) {

    public Participant {
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        organisation = organisation == null ? "" : organisation.strip();
        municipality = municipality == null ? "" : municipality.strip();
    }

    public static Participant of(Person person) {
        return new Participant(person.getFirstName(), person.getLastName(),
                person.getOrganisation() == null ? null : person.getOrganisation().getName(),
                person.getMunicipality() == null ? null : person.getMunicipality().getName());
    }

    /** "Förnamn Efternamn". */
    public String name() {
        return (firstName + " " + lastName).strip();
    }
}
