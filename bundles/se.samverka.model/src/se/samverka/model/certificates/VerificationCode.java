package se.samverka.model.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A certificate's verification code: 70 random bits written as 14 symbols of Crockford's base 32 in groups that
 * people can read aloud and type ({@code 7KQ3-M2XD-9TBH-4R}): digits and capital letters without I, L, O and U, so
 * that no two symbols are mistaken for each other. Reading a typed code back is tolerant: any case, spaces and dashes
 * anywhere, O read as 0 and I or L as 1.
 * <p>
 * Shared by the laptop (which makes the codes) and the county server (which finds a certificate by its code), so
 * both read a code the same way. Hand-written rather than a library's: the base-32 codecs at hand (Apache Commons
 * Codec, Guava) write RFC 4648's alphabet, not Crockford's, and none reads O, I and L as digits.
 */
public final class VerificationCode {

    /** Crockford's base 32: a symbol's value is its index. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Symbols in a code; each carries 5 bits. */
    public static final int SYMBOLS = 14;

    /** The random bits in a code (at least 64, so that a code cannot be guessed). */
    public static final int BITS = SYMBOLS * 5;

    private static final int GROUP = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    /** A new code from the platform's {@link SecureRandom}, written in groups. */
    public static String generate() {
        return generate(RANDOM);
    }

    /** A new code drawn from {@code random} (a {@link SecureRandom} for real codes), written in groups. */
    public static String generate(RandomGenerator random) {
        StringBuilder compact = new StringBuilder(SYMBOLS);
        for (int i = 0; i < SYMBOLS; i++) {
            compact.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return format(compact.toString());
    }

    /**
     * The code someone typed or pasted, as its 14 symbols without separators (the form a code is looked up by), or
     * empty when it is not a code: a wrong length or a character that is not a symbol.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(SYMBOLS);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013') {
                continue;
            }
            char symbol = switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
            };
            if (ALPHABET.indexOf(symbol) < 0) {
                return Optional.empty();
            }
            compact.append(symbol);
        }
        return compact.length() == SYMBOLS ? Optional.of(compact.toString()) : Optional.empty();
    }

    /** A code in groups of four symbols ({@code XXXX-XXXX-XXXX-XX}); {@code code} may be typed in any form. */
    public static String format(String code) {
        String compact = normalise(code).orElseThrow(() -> new IllegalArgumentException("Not a code: " + code));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < compact.length(); i += GROUP) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(compact, i, Math.min(compact.length(), i + GROUP));
        }
        return grouped.toString();
    }
}
