package se.samverka.ui.start;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A card on the start page, contributed by a plugin as an OSGi service (a DS component, usually with a mandatory
 * reference to the plugin's own service, so that the card appears once the user has signed in). The start page knows
 * no plugin: it takes every registered card, asks each for its {@link #content} in a background job, and draws them
 * alike, in {@link #order}. Clicking a row opens what the row names.
 * <p>
 * No SWT here: a card says what to show, the start page shows it.
 */
public interface StartCard {

    /** A stable id ("courses.coming"), also the widget name of the card for tests. */
    String id();

    /** Where the card goes: lower first. The core's cards leave gaps of 100 for plugins. */
    int order();

    /**
     * What the card shows now, for this viewer. Called off the UI thread, and again when records change; may read
     * the database.
     */
    Content content(Viewer viewer);

    /**
     * Who looks at the start page.
     *
     * @param userName the name the user signed in with
     * @param personId the person in the register the user is, or null when the laptop does not know it (a card
     *                 then shows what the laptop holds: a trainer's laptop holds only their own offerings)
     * @param locale   the language of the user interface
     */
    record Viewer(String userName, String personId, Locale locale) {
    }

    /**
     * What a card shows.
     *
     * @param title     the card's heading, in the viewer's language
     * @param rows      its rows, in order
     * @param emptyText what to say when there are no rows
     */
    record Content(String title, List<Row> rows, String emptyText) {

        public Content {
            Objects.requireNonNull(title);
            rows = List.copyOf(rows);
            emptyText = emptyText == null ? "" : emptyText;
        }
    }

    /**
     * A row of a card: a link text, a line of detail under it, and what clicking it opens.
     *
     * @param text   the row's main text (a link)
     * @param detail a second, quieter line (dates, place, counts); may be empty
     * @param opens  what clicking the row opens
     */
    record Row(String text, String detail, Target opens) {

        public Row {
            Objects.requireNonNull(text);
            detail = detail == null ? "" : detail;
            Objects.requireNonNull(opens);
        }
    }

    /**
     * What a row opens: a record in the editor the window has for its type (see
     * {@code se.samverka.ui.forms.Editors#recordEditors}), or a command.
     *
     * @param recordType the model class's name ("CourseOffering"), for a record
     * @param recordId   the record's id, for a record
     * @param commandId  the command to run, for a command
     */
    record Target(String recordType, String recordId, String commandId) {

        /** Opens a record in its editor. */
        public static Target record(String recordType, String recordId) {
            return new Target(Objects.requireNonNull(recordType), Objects.requireNonNull(recordId), null);
        }

        /** Runs a command. */
        public static Target command(String commandId) {
            return new Target(null, null, Objects.requireNonNull(commandId));
        }

        public boolean isRecord() {
            return recordId != null;
        }
    }
}
