package se.samverka.meetings.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import se.samverka.meetings.documents.MeetingContent.Action;
import se.samverka.meetings.documents.MeetingContent.Decision;
import se.samverka.meetings.documents.MeetingContent.Invitee;
import se.samverka.meetings.documents.MeetingContent.Item;
import se.samverka.model.MembershipRole;
import se.samverka.reports.DocumentInfo;
import se.samverka.reports.Report;
import se.samverka.reports.Table;
import se.samverka.reports.TextStyle;

/**
 * The meeting's documents as PDF/A-2u, in the user's language (Swedish, or English): the kallelse (notice: the
 * group, title, time, place or link, the agenda with presenters and times, the invitees and the group's open action
 * items with their owners and due dates) and the protokoll (minutes: present and apologised, each agenda item with
 * its decisions by number and action items, the minutes, all action items, room to sign "Justeras"). Made from a
 * {@link MeetingContent}; no store, no UI.
 */
public final class MeetingDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Locale locale;
    private final String creatorTool;
    private final ResourceBundle texts;
    private final DateTimeFormatter fullDate;
    private final DateTimeFormatter shortDate = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * @param locale      the language of the documents; English for a locale whose language is English, else
     *                    Swedish
     * @param creatorTool the application writing them, e.g. "Samverka 0.1.0"
     */
    public MeetingDocuments(Locale locale, String creatorTool) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("sv", "SE");
        this.creatorTool = creatorTool;
        this.texts = ResourceBundle.getBundle("se.samverka.meetings.documents.documents", this.locale,
                MeetingDocuments.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(this.locale);
    }

    /** The language the documents are written in (sv-SE or en-GB). */
    public Locale locale() {
        return locale;
    }

    /** Writes the kallelse (notice of the meeting). */
    public void notice(MeetingContent m, OutputStream out) throws IOException {
        String title = text("notice.title");
        try (Report report = Report.create(info(title + " – " + m.heading() + ", " + m.start().toLocalDate(), m))) {
            head(report, title, m);
            if (!m.agenda().isEmpty()) {
                section(report, text("notice.agenda"));
                List<List<String>> rows = new ArrayList<>();
                for (Item item : m.agenda()) {
                    String what = item.description().isEmpty() ? item.title()
                            : item.title() + "\n" + item.description();
                    rows.add(List.of(item.number() + ".", item.startsAt() == null ? "" : TIME.format(item.startsAt()),
                            what, item.presenter(), item.minutesOfTime() > 0 ? item.minutesOfTime() + " min" : ""));
                }
                report.table(new Table(List.of(new Table.Column(text("column.number"), 8),
                        new Table.Column(text("column.time"), 14), new Table.Column(text("column.item"), 88),
                        new Table.Column(text("column.presenter"), 42), new Table.Column(text("column.length"), 18)),
                        rows, 0, 0));
            }
            section(report, text("notice.invitees"));
            if (m.invitees().isEmpty()) {
                report.text(text("notice.noInvitees"), TextStyle.BODY);
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (Invitee invitee : m.invitees()) {
                    rows.add(List.of(invitee.person().name(), invitee.person().organisation(), role(invitee)));
                }
                report.table(new Table(List.of(new Table.Column(text("column.name"), 55),
                        new Table.Column(text("column.organisation"), 65), new Table.Column(text("column.role"), 50)),
                        rows, 0, 0));
            }
            section(report, text("notice.openActions"));
            if (m.openActions().isEmpty()) {
                report.text(text("notice.noOpenActions"), TextStyle.BODY);
            } else {
                report.text(text("notice.openActionsLead"), TextStyle.regular(9));
                report.space(1.5f);
                actions(report, m.openActions());
            }
            footer(report, title, m);
            report.save(out);
        }
    }

    /** Writes the protokoll (minutes of the meeting). */
    public void minutes(MeetingContent m, OutputStream out) throws IOException {
        String title = text("minutes.title");
        try (Report report = Report.create(info(title + " – " + m.heading() + ", " + m.start().toLocalDate(), m))) {
            head(report, title, m);
            section(report, text("minutes.present"));
            List<String> present = m.invitees().stream().filter(i -> Boolean.TRUE.equals(i.attended()))
                    .map(this::nameAndOrganisation).toList();
            report.text(present.isEmpty() ? text("minutes.none") : String.join("\n", present), TextStyle.BODY);
            List<String> apologised = m.invitees().stream()
                    .filter(i -> !Boolean.TRUE.equals(i.attended()) && i.apologised())
                    .map(i -> nameAndOrganisation(i) + (i.note().isEmpty() ? "" : " – " + i.note())).toList();
            section(report, text("minutes.apologised"));
            report.text(apologised.isEmpty() ? text("minutes.none") : String.join("\n", apologised), TextStyle.BODY);
            List<String> absent = m.invitees().stream()
                    .filter(i -> Boolean.FALSE.equals(i.attended()) && !i.apologised()).map(this::nameAndOrganisation)
                    .toList();
            if (!absent.isEmpty()) {
                section(report, text("minutes.absent"));
                report.text(String.join("\n", absent), TextStyle.BODY);
            }
            if (!m.agenda().isEmpty()) {
                section(report, text("minutes.items"));
                for (Item item : m.agenda()) {
                    report.keepTogether(18);
                    report.space(2);
                    report.text(item.number() + ". " + item.title(), TextStyle.bold(11));
                    if (!item.presenter().isEmpty()) {
                        report.text(label("column.presenter") + item.presenter(), TextStyle.regular(9));
                    }
                    if (!item.minutes().isEmpty()) {
                        report.text(item.minutes(), TextStyle.BODY);
                    } else if (!item.description().isEmpty()) {
                        report.text(item.description(), TextStyle.BODY);
                    }
                    for (Decision decision : item.decisions()) {
                        report.space(1);
                        report.text(text("minutes.decision", decision.number()), TextStyle.bold(10));
                        report.text(decision.text(), TextStyle.BODY);
                    }
                    for (Action action : item.actions()) {
                        report.space(1);
                        report.text(text("minutes.action", action.description(), owner(action), due(action)),
                                TextStyle.BODY);
                    }
                }
            }
            if (!m.minutes().isEmpty()) {
                section(report, text("minutes.notes"));
                report.text(m.minutes(), TextStyle.BODY);
            }
            if (!m.actions().isEmpty()) {
                section(report, text("minutes.actions"));
                actions(report, m.actions());
            }
            report.keepTogether(70);
            section(report, text("minutes.signatures"));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(text("minutes.chair"), "", signatory(m, MembershipRole.CHAIR), ""));
            rows.add(List.of(text("minutes.secretary"), "", signatory(m, MembershipRole.SECRETARY), ""));
            rows.add(List.of(text("minutes.adjuster"), "", "", ""));
            report.table(new Table(List.of(new Table.Column(text("column.signatoryRole"), 30),
                    new Table.Column(text("column.signature"), 60),
                    new Table.Column(text("column.nameClarification"), 50),
                    new Table.Column(text("column.date"), 30)), rows, 0, 14));
            footer(report, title, m);
            report.save(out);
        }
    }

    private void head(Report report, String title, MeetingContent m) throws IOException {
        report.text(title, TextStyle.bold(20));
        report.space(2);
        if (!m.group().isEmpty()) {
            report.text(m.group(), TextStyle.bold(14));
        }
        if (!m.title().isEmpty()) {
            report.text(m.title(), TextStyle.regular(12));
        }
        if (m.cancelled()) {
            report.space(2);
            report.text(text("document.cancelled"), TextStyle.bold(14));
        }
        report.space(3);
        String day = capitalised(fullDate.format(m.start()));
        report.text(label("document.time") + day + ", " + TIME.format(m.start())
                + (m.end() == null ? "" : "–" + TIME.format(m.end())), TextStyle.BODY);
        if (!m.place().isEmpty()) {
            report.text(label("document.place") + m.place(), TextStyle.BODY);
        }
        if (!m.link().isEmpty()) {
            report.text(label("document.link") + m.link(), TextStyle.BODY);
        }
        if (m.organizer() != null && !m.organizer().name().isEmpty()) {
            report.text(label("document.organizer") + m.organizer().name()
                    + (m.organizer().email().isEmpty() ? "" : ", " + m.organizer().email()), TextStyle.BODY);
        }
    }

    private void section(Report report, String heading) throws IOException {
        report.keepTogether(20);
        report.space(5);
        report.text(heading, TextStyle.bold(13));
        report.space(1.5f);
    }

    private void actions(Report report, List<Action> actions) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Action action : actions) {
            rows.add(List.of(action.description(), action.owner(), action.due() == null ? "" : shortDate.format(action.due()),
                    status(action)));
        }
        // The status column wide enough for "Ej påbörjad" on one line.
        report.table(new Table(List.of(new Table.Column(text("column.action"), 74),
                new Table.Column(text("column.owner"), 44), new Table.Column(text("column.due"), 28),
                new Table.Column(text("column.status"), 24)), rows, 0, 0));
    }

    private void footer(Report report, String title, MeetingContent m) {
        String heading = m.heading();
        String date = m.start().toLocalDate().toString();
        report.pageNumbers((page, pages) -> text("document.footer", title, heading, date, page, pages));
    }

    private String role(Invitee invitee) {
        if (!invitee.guestFor().isEmpty()) {
            return text("role.guest", invitee.guestFor());
        }
        return invitee.role() == null ? "" : text("role." + invitee.role().name());
    }

    private String status(Action action) {
        return action.status() == null ? "" : text("status." + action.status());
    }

    private String owner(Action action) {
        return action.owner().isEmpty() ? text("minutes.noOwner") : action.owner();
    }

    private String due(Action action) {
        return action.due() == null ? text("minutes.noDue") : shortDate.format(action.due());
    }

    private String nameAndOrganisation(Invitee invitee) {
        String organisation = invitee.person().organisation();
        return invitee.person().name() + (organisation.isEmpty() ? "" : ", " + organisation);
    }

    /** The group's member in that role among the invitees, for the name under the signature; empty if none. */
    private static String signatory(MeetingContent m, MembershipRole role) {
        return m.invitees().stream().filter(i -> i.role() == role).map(i -> i.person().name()).findFirst().orElse("");
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    private DocumentInfo info(String title, MeetingContent m) {
        return new DocumentInfo(title, text("document.author"), m.heading().isBlank() ? null : m.heading(), locale,
                creatorTool, ZonedDateTime.now());
    }

    private String label(String key) {
        return text(key) + ": ";
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
