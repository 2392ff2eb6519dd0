package se.samverka.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.model.AgendaItem;
import se.samverka.model.Decision;
import se.samverka.model.Meeting;
import se.samverka.model.SamverkaFactory;

/**
 * A meeting's minutes per agenda item and its decisions numbered through the whole meeting (§ 1, § 2 …), edited on
 * the meeting in memory and saved with it.
 * <p>
 * The model has one minutes field per meeting ({@code Meeting.minutes}) and none per agenda item, and the issue
 * allows no model change. So the minutes of each item live in that field as a section of their own, opened by a line
 * {@code [punkt:<agenda item id>] <title>}; text before the first such line is the meeting's general minutes. The
 * title on the line is only for a reader of the raw field: the id decides. A line of the text itself that looks like
 * an opening line is kept by a leading backslash. Sections of items no longer on the agenda are kept, last, so that
 * nothing typed is lost.
 */
public final class MeetingMinutes {

    private static final Pattern OPENING = Pattern.compile("^\\[punkt:([^\\]\\s]+)\\](?: .*)?$");
    private static final Pattern ESCAPED = Pattern.compile("^(\\\\*)\\[punkt:");

    private MeetingMinutes() {
    }

    /** The minutes of one agenda item; empty when it has none. */
    public static String minutes(Meeting meeting, AgendaItem item) {
        if (item.getId() == null) {
            return "";
        }
        return sections(meeting.getMinutes()).getOrDefault(item.getId(), "");
    }

    /** The meeting's general minutes: what is written before the first agenda item's section. */
    public static String general(Meeting meeting) {
        return sections(meeting.getMinutes()).getOrDefault("", "");
    }

    /** Sets the meeting's general minutes (before the items' sections); the items' sections stay as they are. */
    public static void setGeneral(Meeting meeting, String text) {
        Map<String, String> sections = sections(meeting.getMinutes());
        sections.put("", text == null ? "" : text.strip());
        put(meeting, join(meeting, sections));
    }

    /**
     * Sets the minutes of one agenda item of the meeting (giving a new item its id, so its section can name it); the
     * other sections stay as they are, in agenda order.
     */
    public static void setMinutes(Meeting meeting, AgendaItem item, String text) {
        if (item.getId() == null) {
            item.setId(UUID.randomUUID().toString());
        }
        Map<String, String> sections = sections(meeting.getMinutes());
        sections.put(item.getId(), text == null ? "" : text);
        put(meeting, join(meeting, sections));
    }

    private static void put(Meeting meeting, String joined) {
        if (!joined.equals(meeting.getMinutes() == null ? "" : meeting.getMinutes())) {
            meeting.setMinutes(joined.isEmpty() && meeting.getMinutes() == null ? null : joined);
        }
    }

    /** The meeting's decisions, numbered in agenda order. */
    public static List<Decision> decisions(Meeting meeting) {
        return agenda(meeting).stream().flatMap(i -> i.getDecisions().stream()).toList();
    }

    /** Adds a decision to an agenda item and numbers the meeting's decisions again, so the new one takes its place. */
    public static Decision addDecision(Meeting meeting, AgendaItem item, String text) {
        if (!meeting.getAgendaItems().contains(item)) {
            throw new IllegalArgumentException("The agenda item is not the meeting's");
        }
        Decision decision = SamverkaFactory.eINSTANCE.createDecision();
        decision.setText(text);
        item.getDecisions().add(decision);
        renumber(meeting);
        return decision;
    }

    /** Removes a decision and numbers the others again without a gap. */
    public static void removeDecision(Meeting meeting, Decision decision) {
        for (AgendaItem item : meeting.getAgendaItems()) {
            if (item.getDecisions().remove(decision)) {
                renumber(meeting);
                return;
            }
        }
        throw new IllegalArgumentException("The decision is not the meeting's");
    }

    /** Numbers the decisions § 1, § 2 … through the meeting: agenda items in order, decisions in theirs. */
    public static void renumber(Meeting meeting) {
        int seq = 0;
        for (Decision decision : decisions(meeting)) {
            seq++;
            if (decision.getSeq() != seq) {
                decision.setSeq(seq);
            }
        }
    }

    /** The agenda items in their order (by {@code seq}, then as stored). */
    public static List<AgendaItem> agenda(Meeting meeting) {
        List<AgendaItem> items = new ArrayList<>(meeting.getAgendaItems());
        items.sort(Comparator.comparingInt(AgendaItem::getSeq));
        return items;
    }

    /** The sections of a minutes field by agenda item id, the general text under "". */
    static Map<String, String> sections(String minutes) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        StringBuilder current = new StringBuilder();
        sections.put("", current);
        if (minutes != null && !minutes.isEmpty()) {
            for (String line : minutes.split("\n", -1)) {
                Matcher opening = OPENING.matcher(line);
                if (opening.matches()) {
                    current = sections.computeIfAbsent(opening.group(1), id -> new StringBuilder());
                    continue;
                }
                Matcher escaped = ESCAPED.matcher(line);
                if (escaped.find() && !escaped.group(1).isEmpty()) {
                    line = line.substring(1);
                }
                if (!current.isEmpty()) {
                    current.append('\n');
                }
                current.append(line);
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        sections.forEach((id, text) -> texts.put(id, text.toString().strip()));
        return texts;
    }

    private static String join(Meeting meeting, Map<String, String> sections) {
        StringBuilder out = new StringBuilder(escape(sections.getOrDefault("", "")));
        Map<String, String> rest = new LinkedHashMap<>(sections);
        rest.remove("");
        for (AgendaItem item : agenda(meeting)) {
            String text = item.getId() == null ? null : rest.remove(item.getId());
            if (text != null && !text.isEmpty()) {
                section(out, item.getId(), item.getTitle(), text);
            }
        }
        rest.forEach((id, text) -> {
            if (!text.isEmpty()) {
                section(out, id, null, text);
            }
        });
        return out.toString();
    }

    private static void section(StringBuilder out, String id, String title, String text) {
        if (!out.isEmpty()) {
            out.append("\n\n");
        }
        out.append("[punkt:").append(id).append(']');
        if (title != null && !title.isBlank()) {
            out.append(' ').append(title.replace('\n', ' ').strip());
        }
        out.append('\n').append(escape(text));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (ESCAPED.matcher(lines[i]).find()) {
                out.append('\\');
            }
            out.append(lines[i]);
        }
        return out.toString();
    }
}
