package se.samverka.store;

/**
 * A record or a part that refers to another record or part through one of its references (not a containment): what
 * removing the other would touch. Found by {@link LocalStore#referrers}.
 *
 * @param type       the referrer's class, such as {@code ActionItem}
 * @param id         the referrer's id
 * @param label      the referrer's own text (its first required text field, such as a title or a description),
 *                   or its id when it has none
 * @param reference  the reference, such as {@code agendaItem}
 * @param required   true when the reference must have a value: the referrer cannot stay valid without it
 * @param recordType the class of the top-level record the referrer is (or is a part of)
 * @param recordId   the id of that record
 */
public record Referrer(String type, String id, String label, String reference, boolean required, String recordType,
        String recordId) {
}
