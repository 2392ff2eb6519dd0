package se.samverka.demo.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import se.samverka.model.certificates.VerificationCode;

/** Swedish names and the other small pieces of made-up text, drawn from a seeded random generator. */
final class Names {

    static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva",
            "Johan", "Sara", "Per", "Emma", "Mikael", "Lena", "Fredrik", "Kristina", "Jonas", "Helena", "Magnus",
            "Sofia", "Henrik", "Ingrid", "Daniel", "Malin", "Mattias", "Elin", "Peter", "Linnea", "Oskar", "Amira",
            "Ahmed", "Hanna", "Niklas", "Josefin", "Patrik", "Ida", "Tobias", "Camilla", "Stefan", "Therese",
            "Ali", "Marie", "Björn", "Frida", "Olof", "Jenny", "Gustav", "Annika", "Samir", "Lisa", "Viktor");
    static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson",
            "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson",
            "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist",
            "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin",
            "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
            "Holm", "Wikström", "Samuelsson", "Isaksson", "Hassan", "Ali", "Mohammed", "Nyström", "Holmberg");
    static final List<String> STAFF_TITLES = List.of("Fritidsledare", "Rektor", "Socialsekreterare",
            "Fältassistent", "Säkerhetssamordnare", "Enhetschef socialtjänsten", "Folkhälsostrateg",
            "Bostadsområdesvärd", "Skolkurator", "Ungdomssamordnare", "Kommunikatör", "ANDT-samordnare");

    private final Random random;
    /** The draws of the certificates' codes beyond what {@link #random} gives them. */
    private final Random codes = new Random(14);

    Names(Random random) {
        this.random = random;
    }

    /** An id that is the same in every run with the same seed. */
    String id() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    String firstName() {
        return pick(FIRST_NAMES);
    }

    String lastName() {
        return pick(LAST_NAMES);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A fictional Swedish phone number: a landline with the area code, or a mobile. */
    String phone(String areaCode) {
        return chance(0.5)
                ? String.format(Locale.ROOT, "%s-%02d %02d %02d", areaCode, between(10, 99), between(10, 99), between(10, 99))
                : String.format(Locale.ROOT, "07%d-%03d %02d %02d", between(0, 6), between(100, 999), between(10, 99),
                        between(10, 99));
    }

    /**
     * A verification code for a certificate as the courses plugin makes one ({@link VerificationCode}: 14 symbols of
     * Crockford's base 32). The first eight symbols take the draws from the demo's random that the codes always took,
     * so the rest of the demo county stays as it was; the other six come from a random of the codes' own.
     */
    String code() {
        String crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(crockford.charAt(random.nextInt(crockford.length())));
        }
        for (int i = 8; i < VerificationCode.SYMBOLS; i++) {
            code.append(crockford.charAt(codes.nextInt(crockford.length())));
        }
        return VerificationCode.format(code.toString());
    }

    /** "Östhammar" → "osthammar", for e-mail addresses. */
    static String asciiLower(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace(' ', '.');
    }

    Random random() {
        return random;
    }
}
