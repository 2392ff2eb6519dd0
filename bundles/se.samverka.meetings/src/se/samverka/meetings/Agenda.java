package se.samverka.meetings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;

import se.samverka.model.AgendaItem;
import se.samverka.model.Meeting;

/**
 * A meeting's agenda as rules on the meeting in hand, without the store: the items in order, reordered with their
 * numbers kept dense (1, 2, 3 …), and the time each item starts from the meeting's start. The meeting page edits its
 * meeting through these and saves it; {@link MeetingPlanning} uses them too. No item's number is trusted as unique:
 * the order is by number, then by the order the list has them in.
 */
public final class Agenda {

    private Agenda() {
    }

    /** The meeting's items in agenda order. */
    public static List<AgendaItem> items(Meeting meeting) {
        List<AgendaItem> items = new ArrayList<>(meeting.getAgendaItems());
        items.sort(Comparator.comparingInt(AgendaItem::getSeq));
        return items;
    }

    /** Puts the items in agenda order and numbers them 1, 2, 3 … in that order. */
    public static void renumber(Meeting meeting) {
        put(meeting, items(meeting));
    }

    /** Adds an item at the end of the agenda and returns it. */
    public static AgendaItem append(Meeting meeting, AgendaItem item) {
        List<AgendaItem> items = items(meeting);
        items.add(item);
        put(meeting, items);
        return item;
    }

    /** Removes an item and closes the gap in the numbers. */
    public static void remove(Meeting meeting, AgendaItem item) {
        List<AgendaItem> items = items(meeting);
        if (!items.remove(item)) {
            throw new IllegalArgumentException("Not an item of this meeting");
        }
        put(meeting, items);
    }

    /**
     * Moves an item to a place on the agenda (1 is first; a place beyond the end means last) and numbers all items
     * again.
     */
    public static void move(Meeting meeting, AgendaItem item, int position) {
        List<AgendaItem> items = items(meeting);
        if (!items.remove(item)) {
            throw new IllegalArgumentException("Not an item of this meeting");
        }
        items.add(Math.max(0, Math.min(items.size(), position - 1)), item);
        put(meeting, items);
    }

    /** Moves an item one place up (-1) or down (+1); at the top or the bottom it stays. */
    public static void step(Meeting meeting, AgendaItem item, int by) {
        move(meeting, item, items(meeting).indexOf(item) + 1 + by);
    }

    /** The planned minutes of all items. */
    public static int totalMinutes(Meeting meeting) {
        return meeting.getAgendaItems().stream().mapToInt(AgendaItem::getDurationMinutes).sum();
    }

    /** The meeting's length in minutes; 0 when it has no start or end. */
    public static int meetingMinutes(Meeting meeting) {
        if (meeting.getMeetingDate() == null || meeting.getEndsAt() == null) {
            return 0;
        }
        return (int) Duration.between(meeting.getMeetingDate().toInstant(), meeting.getEndsAt().toInstant())
                .toMinutes();
    }

    /**
     * When each item starts, in agenda order: the meeting's start, then each item after the minutes of the ones
     * before it. Empty when the meeting has no start.
     */
    public static List<Date> startTimes(Meeting meeting) {
        List<Date> starts = new ArrayList<>();
        if (meeting.getMeetingDate() == null) {
            return starts;
        }
        long at = meeting.getMeetingDate().getTime();
        for (AgendaItem item : items(meeting)) {
            starts.add(new Date(at));
            at += item.getDurationMinutes() * 60_000L;
        }
        return starts;
    }

    private static void put(Meeting meeting, List<AgendaItem> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getSeq() != i + 1) {
                ordered.get(i).setSeq(i + 1);
            }
        }
        ECollections.setEList(meeting.getAgendaItems(), ordered);
    }
}
