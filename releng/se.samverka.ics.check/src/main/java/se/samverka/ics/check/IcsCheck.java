package se.samverka.ics.check;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads .ics files back with ical4j and checks them as an invitation Outlook and Thunderbird accept.
 *
 * <p>
 * As a program: {@code IcsCheck <folder> [<required file> …]} checks every {@code .ics} in the folder (a file whose
 * name begins with {@code control-} is a deliberately broken control and must FAIL): ical4j parses
 * it (unfolding, escapes) and its validator finds no error; METHOD is REQUEST or CANCEL (or none: a plain calendar
 * to import, then without organizer and attendees) and there is at least one VEVENT; each VEVENT has UID, DTSTAMP, SEQUENCE, SUMMARY,
 * ORGANIZER (not in a plain calendar), STATUS and DTSTART/DTEND; <b>every TZID a DTSTART or
 * DTEND names is a VTIMEZONE in the same file</b>, and that VTIMEZONE gives the time the UTC offset that
 * Europe/Stockholm really has then (so a Europe/Berlin alias or wrong summer-time rules fail); each event of an
 * invitation has ATTENDEEs, each with PARTSTAT, ROLE and a mailto: address. It prints one line per file (with what it read, for the test report),
 * writes them to {@code ics-check.txt} in the folder and throws when any check fails (failing the build that runs it
 * with exec-maven-plugin's java goal).
 */
public final class IcsCheck {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'");

    private IcsCheck() {
    }

    /** The problems found in one file; empty when it passes. What was read goes into {@code read}. */
    public static List<String> check(Path file, List<String> read) throws Exception {
        List<String> problems = new ArrayList<>();
        Calendar calendar;
        try (InputStream in = Files.newInputStream(file)) {
            calendar = new CalendarBuilder().build(in);
        }
        ValidationResult validation = calendar.validate();
        validation.getEntries().stream().filter(e -> e.getSeverity().name().equals("ERROR"))
                .forEach(e -> problems.add("ical4j: " + e.getMessage() + " (" + e.getContext() + ")"));
        String method = calendar.getProperty(Property.METHOD).map(Property::getValue).orElse("");
        boolean publish = method.isEmpty();
        if (!Set.of("REQUEST", "CANCEL", "").contains(method)) {
            problems.add("METHOD is '" + method + "'");
        }
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        Set<String> zoneIds = zones.stream()
                .map(z -> z.getProperty(Property.TZID).map(Property::getValue).orElse("")).collect(Collectors.toSet());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            problems.add("no VEVENT");
        }
        read.add("method=" + method + " timezones=" + zoneIds + " events=" + events.size());
        for (VEvent event : events) {
            String uid = event.getProperty(Property.UID).map(Property::getValue).orElse("");
            for (String required : publish
                    ? List.of(Property.UID, Property.DTSTAMP, Property.SEQUENCE, Property.SUMMARY, Property.DTSTART,
                            Property.DTEND, Property.STATUS)
                    : List.of(Property.UID, Property.DTSTAMP, Property.SEQUENCE, Property.SUMMARY, Property.ORGANIZER,
                            Property.DTSTART, Property.DTEND, Property.STATUS)) {
                if (event.getProperty(required).isEmpty()) {
                    problems.add(uid + ": no " + required);
                }
            }
            for (String name : List.of(Property.DTSTART, Property.DTEND)) {
                Optional<Property> time = event.getProperty(name);
                if (time.isEmpty()) {
                    continue;
                }
                Optional<String> tzid = time.get().getParameter(Parameter.TZID).map(p -> ((TzId) p).getValue());
                if (tzid.isEmpty()) {
                    problems.add(uid + ": " + name + " names no TZID");
                    continue;
                }
                if (!zoneIds.contains(tzid.get())) {
                    problems.add(uid + ": " + name + " names TZID " + tzid.get() + ", which is no VTIMEZONE in the file "
                            + zoneIds);
                    continue;
                }
                VTimeZone zone = zones.stream().filter(z -> tzid.get()
                        .equals(z.getProperty(Property.TZID).map(Property::getValue).orElse(""))).findFirst().get();
                LocalDateTime local = LocalDateTime.parse(time.get().getValue(),
                        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
                Observance observance = zone.getApplicableObservance((Temporal) local.atOffset(ZoneOffset.UTC));
                if (observance == null) {
                    problems.add(uid + ": no observance of " + tzid.get() + " for " + local);
                    continue;
                }
                ZoneOffset offset = observance.getProperty(Property.TZOFFSETTO)
                        .map(p -> ((net.fortuna.ical4j.model.property.TzOffsetTo) p).getOffset()).orElse(null);
                ZoneOffset real = ZoneId.of("Europe/Stockholm").getRules().getOffset(local);
                if (!real.equals(offset)) {
                    problems.add(uid + ": " + name + " " + local + " is at " + offset + " by the file's " + tzid.get()
                            + ", at " + real + " in Sweden");
                }
                if (name.equals(Property.DTSTART)) {
                    read.add("  " + uid + " " + local + " " + tzid.get() + " = "
                            + UTC.format(local.atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC)) + " seq="
                            + event.getProperty(Property.SEQUENCE).map(Property::getValue).orElse("?") + " status="
                            + event.getProperty(Property.STATUS).map(Property::getValue).orElse("?") + " attendees="
                            + event.getProperties(Property.ATTENDEE).size());
                }
            }
            List<Property> attendees = event.getProperties(Property.ATTENDEE);
            if (!publish && attendees.isEmpty()) {
                problems.add(uid + ": no ATTENDEE");
            }
            if (publish && !attendees.isEmpty()) {
                problems.add(uid + ": ATTENDEE in a calendar without METHOD");
            }
            for (Property attendee : attendees) {
                if (attendee.getParameter(Parameter.PARTSTAT).isEmpty() || attendee.getParameter(Parameter.ROLE).isEmpty()
                        || !attendee.getValue().startsWith("mailto:")) {
                    problems.add(uid + ": ATTENDEE without PARTSTAT, ROLE or mailto: " + attendee);
                }
            }
        }
        return problems;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Usage: IcsCheck <folder> [<required file> ...]");
        }
        Path folder = Path.of(args[0]);
        List<String> lines = new ArrayList<>();
        boolean ok = true;
        for (int i = 1; i < args.length; i++) {
            if (!Files.isRegularFile(folder.resolve(args[i]))) {
                lines.add("MISSING  " + args[i]);
                ok = false;
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.isDirectory(folder) ? Files.list(folder) : Stream.empty()) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".ics")).sorted().toList();
        }
        if (files.isEmpty()) {
            lines.add("NO ICS   in " + folder);
            ok = false;
        }
        for (Path file : files) {
            List<String> read = new ArrayList<>();
            List<String> problems;
            try {
                problems = check(file, read);
            } catch (Exception e) {
                problems = List.of("not parsed: " + e);
            }
            boolean control = file.getFileName().toString().startsWith("control-");
            boolean expected = problems.isEmpty() != control;
            ok &= expected;
            lines.add((expected ? "OK       " : "WRONG    ") + (problems.isEmpty() ? "PASSES   " : "FAILS    ")
                    + file.getFileName() + (control ? " (broken control, must fail)" : "")
                    + (problems.isEmpty() ? "" : " " + problems));
            read.forEach(r -> lines.add("         " + r));
        }
        lines.add(ok ? "ics check (ical4j): " + files.size() + " files as expected" : "ics check (ical4j) FAILED");
        lines.forEach(System.out::println);
        if (Files.isDirectory(folder)) {
            Files.write(folder.resolve("ics-check.txt"), lines);
        }
        if (!ok) {
            throw new IllegalStateException("ics check failed in " + folder + ": " + lines);
        }
    }
}
