package se.samverka.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import se.samverka.reports.TextStyle.Align;
import se.samverka.reports.TextStyle.Weight;
import se.samverka.reports.internal.PdfAMetadata;
import se.samverka.reports.internal.QrModules;
import se.samverka.reports.internal.ReportFonts;

/**
 * A PDF/A-2u document being written, A4 portrait, from the top of the first page down: text that wraps, tables whose
 * header row repeats on every page, QR codes drawn as vectors, and a footer on every page made when the number of
 * pages is known. Liberation Sans Regular and Bold are embedded as subsets; a character they lack is written as its
 * base letter or "?" ({@link #printable}). Sizes are in millimetres, font sizes in points. Not thread-safe; one
 * document per thread at a time.
 *
 * <pre>
 * try (Report report = Report.create(info)) {
 *     report.text("Närvarolista", TextStyle.bold(18));
 *     report.table(table);
 *     report.pageNumbers((page, pages) -&gt; "Sida " + page + " av " + pages);
 *     report.save(out);
 * }
 * </pre>
 */
public final class Report implements AutoCloseable {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;

    private static final float MARGIN = 20 * MM;
    private static final float FOOTER_BASELINE = 11 * MM;
    private static final float CELL_PADDING = 1.6f * MM;
    private static final float LEADING = 1.25f;
    private static final float[] RULE_GREY = {0.35f, 0.35f, 0.35f};
    private static final float[] HEADER_FILL = {0.88f, 0.90f, 0.93f};

    private final PDDocument document;
    private final ReportFonts fonts;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream content;
    private float y;
    private PageNumbers pageNumbers;
    private TextStyle footerStyle = new TextStyle(Weight.REGULAR, 9, Align.CENTER);

    private Report(PDDocument document, ReportFonts fonts) throws IOException {
        this.document = document;
        this.fonts = fonts;
        this.regular = PDType0Font.load(document, fonts.regular(), true);
        this.bold = PDType0Font.load(document, fonts.bold(), true);
    }

    /** A new document with its metadata and its first page. */
    public static Report create(DocumentInfo info) throws IOException {
        PDDocument document = new PDDocument();
        try {
            document.setVersion(1.7f);
            PdfAMetadata.apply(document, info);
            Report report = new Report(document, ReportFonts.current());
            report.newPage();
            return report;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /** The width of the text column in millimetres. */
    public float width() {
        return (PDRectangle.A4.getWidth() - 2 * MARGIN) / MM;
    }

    /** The height left on the current page in millimetres. */
    public float remaining() {
        return (y - bottom()) / MM;
    }

    /** The number of pages so far. */
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Starts a new page; what follows is written from its top. */
    public void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless this many millimetres are left on the current one. */
    public void keepTogether(float heightMm) throws IOException {
        if (remaining() < heightMm) {
            newPage();
        }
    }

    /** Leaves this much room (or goes to the top of the next page). */
    public void space(float mm) throws IOException {
        if (remaining() < mm) {
            newPage();
        } else {
            y -= mm * MM;
        }
    }

    /**
     * Writes a text in the full width, wrapped at spaces (a word longer than the width is broken), a line break at
     * each {@code \n}; lines that do not fit go onto the next page.
     */
    public void text(String text, TextStyle style) throws IOException {
        PDType0Font font = font(style);
        float width = width() * MM;
        for (String line : lines(text, style, width)) {
            float height = style.size() * LEADING;
            if (y - height < bottom()) {
                newPage();
            }
            show(line, font, style.size(), MARGIN, width, style.align(), y - style.size());
            y -= height;
        }
    }

    /**
     * Writes a table in the full width. A row that does not fit on the page goes to the next one, under a repeated
     * header row.
     */
    public void table(Table table) throws IOException {
        float total = table.columns().stream().map(Table.Column::share).reduce(0f, Float::sum);
        float[] widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width() * MM * table.columns().get(i).share() / total;
        }
        TextStyle headerStyle = TextStyle.bold(10);
        TextStyle cellStyle = TextStyle.BODY;
        List<List<String>> header = cells(table.columns().stream().map(Table.Column::header).toList(), widths,
                headerStyle);
        float headerHeight = rowHeight(header, headerStyle, 0);
        float minRow = table.minRowHeight() * MM;
        List<List<String>> empty = table.columns().stream().map(c -> List.<String>of()).toList();
        List<List<List<String>>> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(cells(row, widths, cellStyle)));
        for (int i = 0; i < table.emptyRows(); i++) {
            rows.add(empty);
        }
        if (rows.isEmpty() || y - headerHeight - rowHeight(rows.get(0), cellStyle, minRow) < bottom()) {
            newPage();
        }
        drawRow(header, widths, headerStyle, headerHeight, true);
        for (List<List<String>> row : rows) {
            float height = rowHeight(row, cellStyle, minRow);
            if (y - height < bottom()) {
                newPage();
                drawRow(header, widths, headerStyle, headerHeight, true);
            }
            drawRow(row, widths, cellStyle, height, false);
        }
    }

    /**
     * Draws a QR code of the text as filled rectangles, with its quiet zone of four modules included in the size.
     */
    public void qrCode(String text, float sizeMm, Align align) throws IOException {
        QrModules qr = QrModules.of(text);
        float size = sizeMm * MM;
        if (y - size < bottom()) {
            newPage();
        }
        float x0 = switch (align) {
            case LEFT -> MARGIN;
            case CENTER -> MARGIN + (width() * MM - size) / 2;
            case RIGHT -> MARGIN + width() * MM - size;
        };
        int n = qr.size();
        float module = size / (n + 8);
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            int x = 0;
            while (x < n) {
                if (!qr.dark(x, row)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && qr.dark(x, row)) {
                    x++;
                }
                content.addRect(x0 + (4 + start) * module, y - (4 + row + 1) * module, (x - start) * module, module);
            }
        }
        content.fill();
        y -= size;
    }

    // images: a picture (a chart drawn by the caller) placed in the text column (the follow-up report's chart).

    /**
     * Draws a raster image (opaque RGB, e.g. a chart drawn into a {@link java.awt.image.BufferedImage}) centred in the
     * text column at this size, on the next page when it does not fit on this one. Stored losslessly; PDF/A-2 allows
     * it as long as it has no transparency (give it no alpha channel).
     */
    public void image(java.awt.image.BufferedImage image, float widthMm, float heightMm) throws IOException {
        float width = Math.min(widthMm * MM, width() * MM);
        float height = heightMm * MM * width / (widthMm * MM);
        if (y - height < bottom()) {
            newPage();
        }
        PDImageXObject picture = LosslessFactory.createFromImage(document, image);
        content.drawImage(picture, MARGIN + (width() * MM - width) / 2, y - height, width, height);
        y -= height;
    }

    /**
     * The report's font (Liberation Sans, as the text is set in) as an AWT font of this size, for what the caller
     * draws into an image ({@link #image}): a chart whose words look like the page's.
     */
    public static java.awt.Font awtFont(boolean bold, float size) {
        return ReportFonts.awt(bold).deriveFont(size);
    }

    /** The footer each page gets when the document is saved, e.g. "Sida 1 av 2". */
    public void pageNumbers(PageNumbers numbers) {
        this.pageNumbers = numbers;
    }

    /** The text as this document writes it in that weight (see {@link ReportFonts#printable}). */
    public String printable(String text, Weight weight) {
        return fonts.printable(text, weight == Weight.BOLD);
    }

    /** Finishes the pages (their footers) and writes the document. The report can not be written to after this. */
    public void save(OutputStream out) throws IOException {
        content.close();
        content = null;
        if (pageNumbers != null) {
            int pages = document.getNumberOfPages();
            PDType0Font font = font(footerStyle);
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        AppendMode.APPEND, true, true)) {
                    content = footer;
                    show(printable(pageNumbers.footer(i + 1, pages), footerStyle.weight()), font,
                            footerStyle.size(), MARGIN, width() * MM, footerStyle.align(), FOOTER_BASELINE);
                }
            }
            content = null;
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        try {
            if (content != null) {
                content.close();
            }
        } finally {
            document.close();
        }
    }

    private float bottom() {
        return MARGIN;
    }

    private PDType0Font font(TextStyle style) {
        return style.weight() == Weight.BOLD ? bold : regular;
    }

    private List<List<String>> cells(List<String> texts, float[] widths, TextStyle style) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                cells.add(lines(texts.get(i), style, widths[i] - 2 * CELL_PADDING));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return cells;
    }

    private static float rowHeight(List<List<String>> cells, TextStyle style, float min) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(0);
        return Math.max(min, Math.max(1, lines) * style.size() * LEADING + 2 * CELL_PADDING);
    }

    private void drawRow(List<List<String>> cells, float[] widths, TextStyle style, float height, boolean header)
            throws IOException {
        float x = MARGIN;
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        if (header) {
            content.setNonStrokingColor(HEADER_FILL[0], HEADER_FILL[1], HEADER_FILL[2]);
            content.addRect(x, y - height, total, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.setStrokingColor(RULE_GREY[0], RULE_GREY[1], RULE_GREY[2]);
        content.setLineWidth(0.5f);
        PDType0Font font = font(style);
        float leading = style.size() * LEADING;
        for (int i = 0; i < widths.length; i++) {
            content.addRect(x, y - height, widths[i], height);
            List<String> lines = cells.get(i);
            // Vertically centred: a tall row (room to sign) keeps its text in the middle.
            float top = y - (height - lines.size() * leading) / 2;
            for (String line : lines) {
                show(line, font, style.size(), x + CELL_PADDING, widths[i] - 2 * CELL_PADDING, style.align(),
                        top - style.size());
                top -= leading;
            }
            x += widths[i];
        }
        content.stroke();
        y -= height;
    }

    private void show(String line, PDType0Font font, float size, float x, float width, Align align, float baseline)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        float lineWidth = font.getStringWidth(line) / 1000 * size;
        float start = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - lineWidth) / 2;
            case RIGHT -> x + width - lineWidth;
        };
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(start, baseline);
        content.showText(line);
        content.endText();
    }

    /** The text broken into lines no wider than the width (points), at spaces, or within a word that is too long. */
    private List<String> lines(String text, TextStyle style, float width) throws IOException {
        PDType0Font font = font(style);
        float size = style.size();
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : printable(paragraph, style.weight()).trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                String rest = word;
                // A hyphenated word ("Klercker-Gyllenhammar") is broken after a hyphen where it fits.
                int hyphen = hyphenFit(line.isEmpty() ? "" : line + " ", rest, font, size, width);
                if (hyphen > 0) {
                    lines.add((line.isEmpty() ? "" : line + " ") + rest.substring(0, hyphen));
                    rest = rest.substring(hyphen);
                } else if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                while (width(rest, font, size) > width) {
                    int fit = hyphenFit("", rest, font, size, width);
                    if (fit == 0) {
                        fit = 1;
                        while (fit < rest.length() && width(rest.substring(0, fit + 1), font, size) <= width) {
                            fit++;
                        }
                    }
                    if (Character.isHighSurrogate(rest.charAt(fit - 1)) && fit < rest.length()) {
                        fit++;
                    }
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The length of the longest start of the word ending in a hyphen that fits after the line's text; 0 for none. */
    private static int hyphenFit(String before, String word, PDType0Font font, float size, float width)
            throws IOException {
        for (int i = word.lastIndexOf('-', word.length() - 2); i > 0; i = word.lastIndexOf('-', i - 1)) {
            if (width(before + word.substring(0, i + 1), font, size) <= width) {
                return i + 1;
            }
        }
        return 0;
    }

    private static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
