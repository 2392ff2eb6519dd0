package se.samverka.courses.internal.certificates;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Certificate numbers ({@code 2026-3F9A1C7B-0007}): the year of issue, the first eight hex digits of the issuing
 * laptop database's replica id, and that database's sequence within the year. Unique in the county without asking
 * the server, so laptops can issue offline: two databases differ in their replica id (a random UUID; eight hex
 * digits are 32 random bits, so among 300 laptops two share them with a chance of about 1 in 100 000), and one
 * database counts on from the highest number it holds with its own part. The replica part also tells support which
 * laptop issued a certificate (the server knows each replica id).
 */
final class CertificateNumbers {

    private static final Pattern NUMBER = Pattern.compile("(\\d{4})-([0-9A-F]{8})-(\\d{4,})");

    private final String prefix;
    private int last;

    /** Numbers of {@code year} for the database {@code replicaId}, after those in {@code existing}. */
    CertificateNumbers(int year, String replicaId, Collection<String> existing) {
        String replica = replicaId.replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        prefix = String.format(Locale.ROOT, "%04d-%s-", year, replica);
        for (String number : existing) {
            Matcher m = number == null ? null : NUMBER.matcher(number);
            if (m != null && m.matches() && number.startsWith(prefix)) {
                last = Math.max(last, Integer.parseInt(m.group(3)));
            }
        }
    }

    /** The next number. */
    String next() {
        last++;
        return prefix + String.format(Locale.ROOT, "%04d", last);
    }
}
