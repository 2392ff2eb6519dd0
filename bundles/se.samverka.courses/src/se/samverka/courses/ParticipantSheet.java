package se.samverka.courses;

import java.util.List;

/**
 * A participant list read from a spreadsheet (CSV) and checked against the register and an offering: for every
 * row what importing it would do, and every problem that stops the import. Nothing has been saved.
 *
 * @param offeringId the offering the participants are to be enrolled in
 * @param rows       the rows with data, in the order of the file
 * @param problems   what is wrong, in the order of the file: the file's own problems (line 1 for the header) and
 *                   every bad row's
 */
public record ParticipantSheet(String offeringId, List<Row> rows, List<Problem> problems) {

    public ParticipantSheet {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** True when the file has no problem: only then can it be imported. */
    public boolean clean() {
        return problems.isEmpty();
    }

    /** How many rows will do this. */
    public long count(Action action) {
        return rows.stream().filter(row -> row.action() == action).count();
    }

    /** What importing a row does. */
    public enum Action {
        /** A new person is added to the register and enrolled. */
        NEW_PERSON,
        /** A person already in the register (same e-mail, or same name and organisation) is enrolled. */
        EXISTING_PERSON,
        /** The person already has an enrolment in the offering: nothing happens. */
        ALREADY_ENROLLED,
        /** The row has a problem: nothing can be imported until it is corrected. */
        INVALID
    }

    /**
     * One row of the file.
     *
     * @param line         the line of the file the row starts on (1 is the header)
     * @param firstName    the values of the row's columns, stripped; empty when the column is missing
     * @param personId     the person in the register the row matches, or null for a new person
     * @param organisation the organisation's name as in the register (or as given, for a new one)
     * @param newOrganisation true when the organisation is not in the register and will be added
     */
    public record Row(int line, String firstName, String lastName, String email, String organisation,
            String municipality, String phone, Action action, String personId, boolean newOrganisation) {
    }

    /**
     * Something that stops the import.
     *
     * @param line   the line of the file it is on (1 is the header; 0 for the file as a whole)
     * @param kind   what is wrong
     * @param detail the value or name the problem is about (a column header, an e-mail, a municipality, the line of
     *               the row it repeats), for the message; may be empty
     */
    public record Problem(int line, Kind kind, String detail) {
    }

    /** What can be wrong with a participant file. */
    public enum Kind {
        /** The file holds no header line. */
        EMPTY_FILE,
        /** The file is not text in a character set a spreadsheet writes. */
        NOT_TEXT,
        /** A quoted field is not closed before the end of the file; the line is where it starts. */
        UNTERMINATED_QUOTE,
        /** A header names no column Samverka knows. */
        UNKNOWN_COLUMN,
        /** A column appears twice in the header. */
        DUPLICATE_COLUMN,
        /** A column that must be there (first name, last name) is not. */
        MISSING_COLUMN,
        /** A row has more values than the header has columns. */
        TOO_MANY_FIELDS,
        /** A row has no first or no last name. */
        MISSING_NAME,
        /** A row's e-mail is not an e-mail address. */
        BAD_EMAIL,
        /** A row's municipality is not a municipality of the county. */
        UNKNOWN_MUNICIPALITY,
        /** A row's person is in another municipality than the only one the user may enrol from. */
        OTHER_MUNICIPALITY,
        /** A row names the same person as an earlier row (the detail is that row's line). */
        DUPLICATE_ROW,
        /** The offering is not in the register. */
        UNKNOWN_OFFERING
    }
}
