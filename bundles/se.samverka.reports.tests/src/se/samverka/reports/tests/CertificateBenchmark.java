package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.courses.documents.CertificateContent;
import se.samverka.courses.documents.CourseDocuments;
import se.samverka.model.Enrolment;
import se.samverka.reports.Report;
import se.samverka.reports.TextStyle;

/**
 * The certificate benchmark (run only by {@code releng/bench/certificate-benchmark.sh}; its name does not match the
 * test patterns): 200 certificates, each its own PDF/A file and all in one file, beside the baseline of a trivial
 * PDF/A page (metadata, output intent, two embedded subset fonts, one line) measured in the same rounds, alternating.
 * The budget: 200 certificates in at most 5 s. Writes the figures to {@code samverka.bench.results}.
 */
class CertificateBenchmark {

    private static final int CERTIFICATES = 200;

    @Test
    void twoHundredCertificates() throws Exception {
        int rounds = Integer.getInteger("samverka.bench.rounds", 5);
        List<Enrolment> enrolments = new ArrayList<>();
        CourseDocumentsTest.offering(CERTIFICATES, enrolments);
        List<CertificateContent> certificates = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            certificates.add(CertificateContent.of(CourseDocumentsTest.certificate(enrolments.get(i), i + 1),
                    "Länsstyrelsen i Uppsala län"));
        }
        CourseDocuments documents = new CourseDocuments(Locale.of("sv", "SE"), "Samverka benchmark");
        Path folder = Files.createDirectories(Path.of(System.getProperty("samverka.documents", "target/documents"))
                .resolveSibling("benchmark-certificates"));
        // Warm-up: class loading and the fonts parsed once for this thread.
        trivialPage();
        documents.certificate(certificates.get(0), OutputStream.nullOutputStream());

        long[] trivial = new long[rounds];
        long[] files = new long[rounds];
        long[] oneFile = new long[rounds];
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            trivialPage();
            trivial[round] = System.nanoTime() - start;

            start = System.nanoTime();
            for (int i = 0; i < CERTIFICATES; i++) {
                try (OutputStream out = Files.newOutputStream(folder.resolve("certificate-" + i + ".pdf"))) {
                    documents.certificate(certificates.get(i), out);
                }
            }
            files[round] = System.nanoTime() - start;

            start = System.nanoTime();
            Path all = folder.resolve("certificates-all.pdf");
            try (OutputStream out = Files.newOutputStream(all)) {
                documents.certificates("Benchmark", certificates, out, n -> { }, () -> false);
            }
            oneFile[round] = System.nanoTime() - start;
            bytes = Files.size(all);
        }
        assertEquals(CERTIFICATES, Pdfs.pages(folder.resolve("certificates-all.pdf")));
        double trivialExact = median(trivial) / 1e6;
        long filesMs = median(files) / 1_000_000;
        long oneFileMs = median(oneFile) / 1_000_000;
        List<String> lines = List.of(
                String.format(Locale.ROOT, "rounds: %d (after a warm-up), medians", rounds),
                String.format(Locale.ROOT, "baseline, one trivial PDF/A page:       %6.1f ms", trivialExact),
                String.format(Locale.ROOT, "200 certificates, a file each:          %6d ms  (%.1f ms each = %.1f x the trivial page)%s",
                        filesMs, filesMs / 200.0, filesMs / 200.0 / trivialExact, filesMs <= 5000 ? "" : "  OVER 5 s"),
                String.format(Locale.ROOT, "200 certificates, one file of 200 pages: %6d ms  (%.1f ms a page = %.1f x the trivial page, %d KB)%s",
                        oneFileMs, oneFileMs / 200.0, oneFileMs / 200.0 / trivialExact, bytes / 1024,
                        oneFileMs <= 5000 ? "" : "  OVER 5 s"),
                "budget (issue 11): 200 certificates in at most 5 000 ms: "
                        + (Math.max(filesMs, oneFileMs) <= 5000 ? "met" : "NOT MET"));
        lines.forEach(System.out::println);
        String results = System.getProperty("samverka.bench.results");
        if (results != null) {
            Files.write(Path.of(results), lines);
        }
    }

    private static void trivialPage() throws IOException {
        try (Report report = Report.create(ReportTest.info("Baseline"))) {
            report.text("Samverka", TextStyle.BODY);
            report.save(new ByteArrayOutputStream());
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
