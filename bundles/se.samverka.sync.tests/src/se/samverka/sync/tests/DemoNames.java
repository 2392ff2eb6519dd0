package se.samverka.sync.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import se.samverka.demo.CountyData;
import se.samverka.model.Organisation;
import se.samverka.model.Person;

/**
 * Looks for personal data in a database's files as someone holding a copy of them would: the demo county's
 * surnames and organisation names, as text and inside every gzip stream in the files (the server keeps record states
 * compressed, so a plain search alone would miss them even in an unencrypted database).
 */
final class DemoNames {

    private DemoNames() {
    }

    /** The surnames (of six letters or more) and organisation names of a demo county. */
    static Set<String> of(CountyData data) {
        Set<String> names = new TreeSet<>();
        data.people.stream().map(Person::getLastName).filter(n -> n != null && n.length() >= 6).forEach(names::add);
        data.organisations.stream().map(Organisation::getName).filter(n -> n != null && n.length() >= 6)
                .forEach(names::add);
        return names;
    }

    /** The names found in any file under {@code folder}. */
    static Set<String> foundIn(Path folder, Set<String> names) throws IOException {
        List<String> patterns = new ArrayList<>();
        names.forEach(n -> patterns.add(new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                search(bytes, names, patterns, found);
                for (int i = 0; i + 3 < bytes.length; i++) {
                    if ((bytes[i] & 0xff) == 0x1f && (bytes[i + 1] & 0xff) == 0x8b && bytes[i + 2] == 8) {
                        search(inflated(bytes, i), names, patterns, found);
                    }
                }
            }
        }
        return found;
    }

    /** What a gzip stream starting at {@code offset} holds, as far as it can be read. */
    private static byte[] inflated(byte[] bytes, int offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset))) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0 && out.size() < 1 << 20; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException brokenOff) {
            // A stream split over pages, or no stream at all: what was read so far counts.
        }
        return out.toByteArray();
    }

    private static void search(byte[] bytes, Set<String> names, List<String> patterns, Set<String> found) {
        // Bytes as Latin-1 characters, one for one, so that String.indexOf does the searching.
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int index = 0;
        for (String name : names) {
            if (!found.contains(name) && text.contains(patterns.get(index))) {
                found.add(name);
            }
            index++;
        }
    }
}
