package se.samverka.courses.internal.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.rules.Labels;

/**
 * Writes participants as a CSV file that Swedish Excel opens by a double click: UTF-8 with a byte order mark (Excel
 * reads UTF-8 only with it), semicolons (the list separator of Swedish Windows), CRLF, fields quoted when they hold a
 * semicolon, quote or line break, dates as yyyy-MM-dd, which Swedish Excel reads as dates, and phone numbers of
 * digits alone kept as text.
 */
final class ParticipantListWriter {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final List<Column> COLUMNS = List.of(Column.FIRST_NAME, Column.LAST_NAME, Column.EMAIL,
            Column.ORGANISATION, Column.MUNICIPALITY, Column.PHONE, Column.STATUS, Column.REQUESTED);

    private ParticipantListWriter() {
    }

    /** Writes the enrolments that are not cancelled, by last and first name; returns how many. */
    static int write(List<Enrolment> enrolments, OutputStream out) throws IOException {
        Collator collator = Collator.getInstance(SWEDISH);
        List<Enrolment> listed = enrolments.stream().filter(e -> e.getStatus() != EnrolmentStatus.CANCELLED)
                .filter(e -> e.getPerson() != null)
                .sorted(Comparator.comparing((Enrolment e) -> text(e.getPerson().getLastName()), collator)
                        .thenComparing(e -> text(e.getPerson().getFirstName()), collator))
                .toList();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(QuoteStrategies.REQUIRED).build(writer);
        csv.writeRecord(COLUMNS.stream().map(Column::header).toList());
        for (Enrolment enrolment : listed) {
            Person person = enrolment.getPerson();
            csv.writeRecord(text(person.getFirstName()), text(person.getLastName()), text(person.getEmail()),
                    name(person.getOrganisation()), name(person.getMunicipality()), phone(person.getPhone()),
                    enrolment.getStatus() == null ? "" : Labels.of(enrolment.getStatus(), SWEDISH),
                    date(enrolment.getRequestedAt()));
        }
        csv.flush();
        return listed.size();
    }

    /**
     * A phone number of digits alone ("0701234567") as a formula giving the text, so that Excel keeps it as written
     * rather than as the number 701234567; the import reads it back as the number written.
     */
    static String phone(String phone) {
        String text = text(phone).strip();
        return text.matches("[0+][0-9]+") ? "=\"" + text + "\"" : text;
    }

    private static String name(Organisation organisation) {
        return organisation == null ? "" : text(organisation.getName());
    }

    private static String date(Date date) {
        return date == null ? "" : DATE.format(date.toInstant().atZone(ZONE).toLocalDate());
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
