package se.samverka.model.rules;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.Organisation;
import se.samverka.model.Person;

/**
 * The names of classes and fields as users read them, in Swedish or English, from the same message files as the
 * validation messages: one place for the words of the domain, used by validation and by forms.
 */
public final class Labels {

    private Labels() {
    }

    /** The label of a field, e.g. "Förnamn" for {@code Person.firstName}. */
    public static String of(EStructuralFeature feature, Locale locale) {
        return of(SamverkaValidator.bundle(locale), feature);
    }

    /** The label of a class, e.g. "Kurstillfälle" for {@code CourseOffering}. */
    public static String of(EClass eClass, Locale locale) {
        ResourceBundle messages = SamverkaValidator.bundle(locale);
        String key = "class." + eClass.getName();
        return messages.containsKey(key) ? messages.getString(key) : humanize(eClass.getName());
    }

    /** The label of a choice, e.g. "Reserv" for {@code EnrolmentStatus.WAITLISTED}. */
    public static String of(Enumerator value, Locale locale) {
        ResourceBundle messages = SamverkaValidator.bundle(locale);
        String key = "enum." + value.getClass().getSimpleName() + "." + value.getName();
        return messages.containsKey(key) ? messages.getString(key) : humanize(value.getName());
    }

    /**
     * A person as people name them: first and last name with their organisation, else their municipality ("Anna
     * Berg (Enköpings kommun)"). The one way the forms, the picker and the conflicts view write a person.
     */
    public static String name(Person person) {
        String name = (blankIfNull(person.getFirstName()) + " " + blankIfNull(person.getLastName())).strip();
        Organisation of = person.getOrganisation() != null ? person.getOrganisation() : person.getMunicipality();
        String where = of == null ? "" : blankIfNull(of.getName()).strip();
        return where.isEmpty() ? name : name + " (" + where + ")";
    }

    /** What a person is found by: their name, their organisation and their municipality, in one line. */
    public static String searchText(Person person) {
        String municipality = person.getMunicipality() == null ? "" : blankIfNull(person.getMunicipality().getName());
        return name(person) + " " + municipality;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    static String of(ResourceBundle messages, EStructuralFeature feature) {
        String specific = "label." + feature.getEContainingClass().getName() + "." + feature.getName();
        String general = "label." + feature.getName();
        if (messages.containsKey(specific)) {
            return messages.getString(specific);
        }
        return messages.containsKey(general) ? messages.getString(general) : humanize(feature.getName());
    }

    /** "firstName" → "First name", "NO_SHOW" → "No show": the last resort for a word without a label. */
    static String humanize(String name) {
        String words = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
