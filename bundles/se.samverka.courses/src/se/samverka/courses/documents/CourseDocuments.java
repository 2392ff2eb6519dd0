package se.samverka.courses.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import se.samverka.reports.DocumentInfo;
import se.samverka.reports.Report;
import se.samverka.reports.Table;
import se.samverka.reports.TextStyle;
import se.samverka.reports.TextStyle.Align;

/**
 * The courses' documents as PDF/A-2u, in the user's language (Swedish, or English): the signature list of a session
 * day and the certificates of an offering, one per file or all in one file (a page each). Made from plain content
 * ({@link SignatureList}, {@link CertificateContent}); no store, no UI.
 */
public final class CourseDocuments {

    /** Empty rows after the participants of a signature list, for those who come without being enrolled. */
    public static final int WALK_IN_ROWS = 5;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Locale locale;
    private final String creatorTool;
    private final ResourceBundle texts;
    private final DateTimeFormatter longDate;

    /**
     * @param locale      the language of the documents; English for a locale whose language is English, else
     *                    Swedish
     * @param creatorTool the application writing them, e.g. "Samverka 0.1.0"
     */
    public CourseDocuments(Locale locale, String creatorTool) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("sv", "SE");
        this.creatorTool = creatorTool;
        this.texts = ResourceBundle.getBundle("se.samverka.courses.documents.documents", this.locale,
                CourseDocuments.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale);
    }

    /** The language the documents are written in (sv-SE or en-GB). */
    public Locale locale() {
        return locale;
    }

    /**
     * Writes the signature list of a session day: a heading with the course, the day, the place and the trainers,
     * then the participants with an empty column to sign in and {@link #WALK_IN_ROWS} empty rows; the table's header
     * on every page and "Sida n av m" at the foot of each.
     */
    public void signatureList(SignatureList list, OutputStream out) throws IOException {
        String title = text("signatureList.title");
        String date = longDate.format(list.date());
        try (Report report = Report.create(info(title + " – " + list.course() + ", " + date, list.offering()))) {
            report.text(title, TextStyle.bold(20));
            report.space(2);
            report.text(list.course(), TextStyle.bold(13));
            if (!list.offering().isBlank() && !list.offering().equals(list.course())) {
                report.text(list.offering(), TextStyle.regular(11));
            }
            report.space(3);
            report.text(label("signatureList.date") + weekdayAndDate(list.date())
                    + (list.days() > 1 ? " (" + text("signatureList.day", list.day(), list.days()) + ")" : ""),
                    TextStyle.BODY);
            if (list.start() != null && list.end() != null) {
                report.text(label("signatureList.time") + time(list.start()) + "–" + time(list.end()),
                        TextStyle.BODY);
            }
            if (!list.place().isBlank()) {
                report.text(label("signatureList.place") + list.place(), TextStyle.BODY);
            }
            if (!list.trainers().isEmpty()) {
                report.text(label("signatureList.trainers") + String.join(", ", list.trainers()), TextStyle.BODY);
            }
            report.space(5);
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < list.participants().size(); i++) {
                Participant p = list.participants().get(i);
                rows.add(List.of(Integer.toString(i + 1), p.lastName() + ", " + p.firstName(), p.organisation(),
                        p.municipality(), ""));
            }
            report.table(new Table(List.of(
                    // Widths in millimetres of the 170 mm text column, measured at 10 pt: "Hälsinglands fastigheter"
                    // and "Östhammars kommun" on one line, the most room left to sign in.
                    new Table.Column(text("signatureList.number"), 9),
                    new Table.Column(text("signatureList.name"), 40),
                    new Table.Column(text("signatureList.organisation"), 41),
                    new Table.Column(text("signatureList.municipality"), 38),
                    new Table.Column(text("signatureList.signature"), 42)), rows, WALK_IN_ROWS, 10));
            report.space(2);
            report.text(text("signatureList.walkIns"), TextStyle.regular(8.5f));
            String footerName = list.course();
            String footerDate = list.date().toString();
            report.pageNumbers((page, pages) -> text("signatureList.footer", footerName, footerDate, page, pages));
            report.save(out);
        }
    }

    /** Writes one certificate as a document of one page. */
    public void certificate(CertificateContent certificate, OutputStream out) throws IOException {
        try (Report report = Report.create(info(text("certificate.title") + " – " + certificate.participant().name()
                + ", " + certificate.course(), certificate.number()))) {
            certificatePage(report, certificate);
            report.save(out);
        }
    }

    /**
     * Writes certificates as one document, a page each.
     *
     * @param worked    told after each certificate (1)
     * @param cancelled asked before each certificate
     * @throws CancellationException when {@code cancelled} said so; nothing useful was written then
     */
    public void certificates(String offering, List<CertificateContent> certificates, OutputStream out,
            IntConsumer worked, BooleanSupplier cancelled) throws IOException {
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("No certificates to write");
        }
        try (Report report = Report.create(info(text("certificates.title", offering), offering))) {
            boolean first = true;
            for (CertificateContent certificate : certificates) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                if (!first) {
                    report.newPage();
                }
                first = false;
                certificatePage(report, certificate);
                worked.accept(1);
            }
            report.save(out);
        }
    }

    private void certificatePage(Report report, CertificateContent c) throws IOException {
        String issuer = c.issuer().isBlank() ? text("certificate.defaultIssuer") : c.issuer();
        report.text(issuer, TextStyle.bold(12).centered());
        report.space(36);
        report.text(text("certificate.title").toUpperCase(locale), TextStyle.bold(30).centered());
        report.space(16);
        report.text(text("certificate.certifies"), TextStyle.regular(12).centered());
        report.space(4);
        report.text(c.participant().name(), TextStyle.bold(22).centered());
        String where = c.participant().organisation().isEmpty() ? c.participant().municipality()
                : c.participant().organisation();
        if (!where.isEmpty()) {
            report.text(where, TextStyle.regular(11).centered());
        }
        report.space(6);
        report.text(text("certificate.completed"), TextStyle.regular(12).centered());
        report.space(4);
        report.text(c.course(), TextStyle.bold(16).centered());
        if (!c.offering().isBlank() && !c.offering().equals(c.course())) {
            report.text(c.offering(), TextStyle.regular(11).centered());
        }
        report.space(3);
        report.text(length(c), TextStyle.regular(11).centered());
        if (c.expires() != null) {
            report.text(text("certificate.expires", longDate.format(c.expires())), TextStyle.regular(11).centered());
        }
        report.space(22);
        if (!c.trainers().isEmpty()) {
            report.text(text("certificate.trainers", String.join(", ", c.trainers())),
                    TextStyle.regular(11).centered());
        }
        report.text(text("certificate.issued", issuer, longDate.format(c.issued())),
                TextStyle.regular(11).centered());
        // The verification block sits at the foot of the page, whatever the length of the text above.
        float block = 62;
        if (report.remaining() > block) {
            report.space(report.remaining() - block);
        }
        report.qrCode(c.verificationCode(), 32, Align.CENTER);
        report.space(1);
        report.text(label("certificate.number") + c.number(), TextStyle.regular(10).centered());
        report.text(label("certificate.code") + c.verificationCode(), TextStyle.bold(12).centered());
        report.space(2);
        report.text(text("certificate.verify"), TextStyle.regular(8.5f).centered());
    }

    private String length(CertificateContent c) {
        StringBuilder length = new StringBuilder();
        if (c.firstDay() != null) {
            length.append(period(c.firstDay(), c.lastDay()));
        }
        if (c.days() > 0) {
            length.append(length.isEmpty() ? "" : " · ").append(text("certificate.days", c.days()));
        }
        long minutes = c.duration().toMinutes();
        if (minutes > 0) {
            length.append(" · ");
            if (minutes % 60 == 0) {
                length.append(text("certificate.hours", minutes / 60));
            } else {
                length.append(text("certificate.hours", minutes / 60.0).replaceAll("(\\d+)[.,](\\d)\\d*",
                        "$1" + ("en".equals(locale.getLanguage()) ? "." : ",") + "$2"));
            }
        }
        return length.toString();
    }

    /** "9–11 mars 2027", "30 mars – 1 april 2027", "30 december 2026 – 2 januari 2027" or one date. */
    private String period(LocalDate first, LocalDate last) {
        if (last == null || first.equals(last)) {
            return longDate.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return text("certificate.period", longDate.format(first), longDate.format(last));
        }
        DateTimeFormatter start = DateTimeFormatter.ofPattern(first.getMonth() == last.getMonth() ? "d" : "d MMMM",
                locale);
        String end = longDate.format(last);
        return first.getMonth() == last.getMonth() ? start.format(first) + "–" + end
                : text("certificate.period", start.format(first), end);
    }

    private String weekdayAndDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }

    private DocumentInfo info(String title, String subject) {
        return new DocumentInfo(title, text("document.author"), subject == null || subject.isBlank() ? null : subject,
                locale, creatorTool, ZonedDateTime.now());
    }

    private String label(String key) {
        return text(key) + ": ";
    }

    private String text(String key, Object... arguments) {
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
