package se.samverka.meetings.internal.actions;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Objects;

import se.samverka.model.ActionItem;
import se.samverka.model.Person;

/**
 * The description of a follow-up agenda item: one line per open action item with its owner, due date and the
 * meeting it was made at. Meeting content, written in Swedish as the meeting's other text is, and printed in the
 * kallelse as it stands.
 */
final class FollowUpText {

    static final String NONE = "Inga öppna åtgärder.";

    private FollowUpText() {
    }

    static String of(List<ActionItem> open) {
        if (open.isEmpty()) {
            return NONE;
        }
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
        StringBuilder out = new StringBuilder("Öppna åtgärder:");
        for (ActionItem item : open) {
            out.append("\n• ").append(Objects.toString(item.getDescription(), "").strip());
            out.append(" – ").append(name(item.getOwner()));
            if (item.getDueDate() != null) {
                out.append(", senast ").append(day.format(item.getDueDate()));
            }
            if (item.getMeeting() != null && item.getMeeting().getMeetingDate() != null) {
                out.append(" (från mötet ").append(day.format(item.getMeeting().getMeetingDate())).append(')');
            }
        }
        return out.toString();
    }

    static String name(Person person) {
        if (person == null) {
            return "?";
        }
        return (Objects.toString(person.getFirstName(), "") + " " + Objects.toString(person.getLastName(), ""))
                .strip();
    }
}
