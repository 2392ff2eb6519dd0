package se.samverka.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The report fonts, Liberation Sans Regular and Bold 2.1.5 (SIL Open Font License 1.1, from Debian's
 * fonts-liberation2; the licence is beside them in {@code fonts/}), read from this bundle, without glyph
 * substitution. A parsed
 * {@link TrueTypeFont} is not thread-safe, so each thread parses its own once and reuses it for every document it
 * makes.
 */
public final class ReportFonts {

    /** The character written for one that neither font has. */
    public static final char REPLACEMENT = '?';

    private static final byte[] REGULAR = read("/fonts/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = read("/fonts/LiberationSans-Bold.ttf");

    private static final ThreadLocal<ReportFonts> PER_THREAD = ThreadLocal.withInitial(ReportFonts::new);

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;

    private ReportFonts() {
        try {
            regular = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR));
            bold = new TTFParser().parse(new RandomAccessReadBuffer(BOLD));
            // No glyph substitution (ligatures): Latin text needs none, and PDFBox applies it by matching every
            // line against a regular expression built per content stream, which made a certificate three times
            // as slow as a one-line page (seen in the certificate benchmark).
            regular.setEnableGsub(false);
            bold.setEnableGsub(false);
            regularCmap = regular.getUnicodeCmapLookup();
            boldCmap = bold.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("The report fonts cannot be read", e);
        }
    }

    /** This thread's fonts. */
    public static ReportFonts current() {
        return PER_THREAD.get();
    }

    public TrueTypeFont regular() {
        return regular;
    }

    public TrueTypeFont bold() {
        return bold;
    }

    /**
     * The text as the fonts can write it on one line: tabs and other white space as spaces, control characters left
     * out, a character the font lacks as its base letter when that has a glyph (a rare accent), else as
     * {@link #REPLACEMENT}. No-break spaces are kept.
     */
    public String printable(String text, boolean inBold) {
        CmapLookup cmap = inBold ? boldCmap : regularCmap;
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\u00A0' || c == '\u202F') {
                out.appendCodePoint(has(cmap, c) ? c : ' ');
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                // left out: nothing to see
            } else if (has(cmap, c)) {
                out.appendCodePoint(c);
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFD);
                int first = base.codePointAt(0);
                out.appendCodePoint(first != c && has(cmap, first) ? first : REPLACEMENT);
            }
        });
        return out.toString();
    }

    private static java.awt.Font awtRegular;
    private static java.awt.Font awtBold;

    /** The font as an AWT font of size 1 (derive the size wanted), made once from the same file. */
    public static synchronized java.awt.Font awt(boolean inBold) {
        try {
            if (inBold) {
                if (awtBold == null) {
                    awtBold = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(BOLD));
                }
                return awtBold;
            }
            if (awtRegular == null) {
                awtRegular = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                        new java.io.ByteArrayInputStream(REGULAR));
            }
            return awtRegular;
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("The report font cannot be read as an AWT font", e);
        }
    }

    private static boolean has(CmapLookup cmap, int c) {
        return cmap.getGlyphId(c) != 0;
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + resource + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
