package se.samverka.meetings.calendar;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

import se.samverka.meetings.documents.MeetingContent;
import se.samverka.meetings.documents.MeetingContent.Invitee;
import se.samverka.meetings.documents.MeetingContent.Item;
import se.samverka.model.MembershipRole;

/**
 * Meetings as an iCalendar file (RFC 5545) that Outlook and Thunderbird take as an invitation (iTIP, RFC 5546):
 * {@code METHOD:REQUEST} (or {@code CANCEL} when every meeting in it is cancelled; a plain calendar without METHOD,
 * organizer and attendees when a meeting has no organizer with an address), one VEVENT per meeting with a UID
 * stable per meeting ({@code <id>@<domain>}), SEQUENCE from the record's version, times in {@code Europe/Stockholm}
 * with that VTIMEZONE in the file (CET/CEST rules, written here: ical4j's registry would name it Europe/Berlin),
 * ORGANIZER and an ATTENDEE per invitation with an e-mail address. Written by hand rather than with ical4j: a
 * hundred lines against seven libraries in the target platform and slf4j's service loader in OSGi, and the
 * time zone had to be written by hand either way. No store, no UI.
 */
public final class MeetingCalendar {

    /** The time zone every time in the file is given in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    /** Sweden's time zone since 1996: CET, and CEST from the last Sunday of March to the last Sunday of October. */
    static final String VTIMEZONE = String.join("\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Stockholm",
            "X-LIC-LOCATION:Europe/Stockholm",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "TZNAME:CEST",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "TZNAME:CET",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE") + "\r\n";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Locale.ROOT);

    private final String domain;
    private final String productVersion;
    private final ResourceBundle texts;

    /**
     * @param domain         the county's domain that makes the UIDs unique, e.g. "lansstyrelsen.se"
     * @param productVersion e.g. "0.1.0", written into PRODID
     * @param locale         the language of the description's words (Swedish, or English)
     */
    public MeetingCalendar(String domain, String productVersion, Locale locale) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.productVersion = Objects.requireNonNull(productVersion, "productVersion");
        Locale language = "en".equals(locale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("sv", "SE");
        this.texts = ResourceBundle.getBundle("se.samverka.meetings.documents.documents", language,
                MeetingCalendar.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The UID of a meeting's event: the same for every file made of it, so a new file updates the calendar entry. */
    public String uid(String meetingId) {
        return meetingId + "@" + domain;
    }

    /** Writes the meetings (one, or a series) as one calendar, stamped now. */
    public void write(List<MeetingContent> meetings, OutputStream out) throws IOException {
        write(meetings, Instant.now(), out);
    }

    /** Writes the meetings as one calendar with this DTSTAMP. */
    public void write(List<MeetingContent> meetings, Instant stamp, OutputStream out) throws IOException {
        if (meetings.isEmpty()) {
            throw new IllegalArgumentException("No meeting to write");
        }
        out.write(text(meetings, stamp).getBytes(StandardCharsets.UTF_8));
    }

    /** The calendar as text, lines folded at 75 octets and ended by CRLF. */
    public String text(List<MeetingContent> meetings, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        boolean allCancelled = meetings.stream().allMatch(MeetingContent::cancelled);
        // An invitation (iTIP REQUEST or CANCEL) needs an organizer with an address for every event; without one the
        // file is a plain calendar to import (no METHOD, no organizer or attendees): iTIP's PUBLISH needs one too.
        boolean invitation = meetings.stream()
                .allMatch(m -> m.organizer() != null && !m.organizer().email().isEmpty());
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Samverka//Samverka " + productVersion + "//SV");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        if (invitation) {
            line(ics, "METHOD:" + (allCancelled ? "CANCEL" : "REQUEST"));
        }
        ics.append(VTIMEZONE);
        String dtstamp = LOCAL.format(stamp.atZone(ZoneOffset.UTC)) + "Z";
        for (MeetingContent m : meetings) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + uid(m.id()));
            line(ics, "SEQUENCE:" + Math.max(0, m.version()));
            line(ics, "DTSTAMP:" + dtstamp);
            line(ics, "DTSTART;TZID=Europe/Stockholm:" + local(m.start()));
            ZonedDateTime end = m.end() == null || !m.end().isAfter(m.start()) ? m.start().plusHours(1) : m.end();
            line(ics, "DTEND;TZID=Europe/Stockholm:" + local(end));
            line(ics, "SUMMARY:" + escape(m.heading()));
            String location = m.place().isEmpty() || m.link().isEmpty() ? m.place() + m.link()
                    : m.place() + " / " + m.link();
            if (!location.isEmpty()) {
                line(ics, "LOCATION:" + escape(location));
            }
            if (!m.link().isEmpty()) {
                line(ics, "URL:" + m.link().replaceAll("[\\s\"<>]", ""));
            }
            line(ics, "DESCRIPTION:" + escape(description(m)));
            if (invitation) {
                attendees(ics, m);
            }
            line(ics, "STATUS:" + (m.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /**
     * ORGANIZER and an ATTENDEE per invitation with an address; the organizer as the one attendee when no invitee
     * has an address (an invitation must name one).
     */
    private static void attendees(StringBuilder ics, MeetingContent m) {
        line(ics, "ORGANIZER;CN=" + parameter(m.organizer().name()) + ":mailto:" + m.organizer().email());
        boolean any = false;
        for (Invitee invitee : m.invitees()) {
            if (invitee.person().email().isEmpty()) {
                continue;
            }
            String partstat = switch (invitee.response()) {
                case ACCEPTED -> "ACCEPTED";
                case DECLINED, APOLOGY -> "DECLINED";
                default -> "NEEDS-ACTION";
            };
            String role = invitee.role() == MembershipRole.CHAIR ? "CHAIR"
                    : invitee.role() == MembershipRole.ADJUNCT || !invitee.guestFor().isEmpty()
                            ? "OPT-PARTICIPANT"
                            : "REQ-PARTICIPANT";
            line(ics, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=" + role + ";PARTSTAT=" + partstat
                    + ("NEEDS-ACTION".equals(partstat) ? ";RSVP=TRUE" : "") + ";CN="
                    + parameter(invitee.person().name()) + ":mailto:" + invitee.person().email());
            any = true;
        }
        if (!any) {
            line(ics, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="
                    + parameter(m.organizer().name()) + ":mailto:" + m.organizer().email());
        }
    }

    /** The agenda, one item a line ("1. 09.00 Lägesbild (Anna Berg, 30 min)"), then the link. */
    private String description(MeetingContent m) {
        StringBuilder text = new StringBuilder();
        if (!m.agenda().isEmpty()) {
            text.append(texts.getString("notice.agenda")).append(":\n");
            for (Item item : m.agenda()) {
                text.append(item.number()).append(". ");
                if (item.startsAt() != null) {
                    text.append(TIME.format(item.startsAt())).append(' ');
                }
                text.append(item.title());
                String who = item.presenter();
                String length = item.minutesOfTime() > 0 ? item.minutesOfTime() + " min" : "";
                String extra = who.isEmpty() || length.isEmpty() ? who + length : who + ", " + length;
                if (!extra.isEmpty()) {
                    text.append(" (").append(extra).append(')');
                }
                text.append('\n');
            }
        }
        if (!m.link().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n").append(texts.getString("notice.link")).append(": ")
                    .append(m.link());
        }
        return text.toString().strip();
    }

    private static String local(ZonedDateTime time) {
        return LOCAL.format(time.withZoneSameInstant(ZONE));
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped (RFC 5545 3.3.11). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace("\r", "\n").replace("\n", "\\n");
    }

    /** A parameter value, always quoted: a double quote (which it cannot hold) becomes a single one. */
    static String parameter(String value) {
        return "\"" + value.replace('"', '\'').replaceAll("[\\p{Cntrl}]", " ") + "\"";
    }

    /** Appends a content line folded at 75 octets (never inside a UTF-8 character) and ended by CRLF. */
    static void line(StringBuilder ics, String line) {
        int octets = 0;
        for (int i = 0; i < line.length();) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append("\r\n");
    }
}
