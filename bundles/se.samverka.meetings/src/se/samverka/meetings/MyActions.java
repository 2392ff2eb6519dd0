package se.samverka.meetings;

import java.util.Date;
import java.util.List;

import se.samverka.model.ActionItemStatus;

/**
 * "Mina åtgärder": the signed-in person's open action items, overdue first, then by due date.
 *
 * @param personId the person the last sync said the user is, or null when the user is not a person in the register
 *                 (county staff without one, or before the first sync): then there are no rows
 * @param rows     the open items
 */
public record MyActions(String personId, List<Row> rows) {

    public MyActions {
        rows = List.copyOf(rows);
    }

    /** Whether the user is a person who can own action items. */
    public boolean hasPerson() {
        return personId != null;
    }

    /**
     * One open action item.
     *
     * @param overdue its due date has passed (before today)
     */
    public record Row(String id, String description, Date dueDate, ActionItemStatus status, boolean overdue,
            String meetingId, String meetingTitle, Date meetingDate, String group) {
    }
}
