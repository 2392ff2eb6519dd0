package se.samverka.reports.tests;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** What the tests read back from a PDF: its text per page and the QR code on a page. */
final class Pdfs {

    private Pdfs() {
    }

    /** The folder the tests leave their documents in (checked by veraPDF after the tests). */
    static Path folder() throws IOException {
        Path folder = Path.of(System.getProperty("samverka.documents", "target/documents"));
        Files.createDirectories(folder);
        return folder;
    }

    /** The text of one page (from 1), as PDFBox extracts it. */
    static String text(Path file, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    static int pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** The text of the QR code on a page (from 1), rendered at 100 dpi and decoded by ZXing. */
    static String qrCode(Path file, int page) throws IOException {
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            image = new PDFRenderer(document).renderImageWithDPI(page - 1, 100, ImageType.RGB);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("No readable QR code on page " + page + " of " + file, e);
        }
    }
}
