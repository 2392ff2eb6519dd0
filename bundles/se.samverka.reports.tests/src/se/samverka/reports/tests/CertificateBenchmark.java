package se.samverka.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * test patterns): 200 certificates, each its own PDF/A file and all in one file, beside the baseline of 200 trivial
 * PDF/A files (metadata, output intent, two embedded subset fonts, one line) written the same way in the same rounds,
 * alternating. Wall time and this thread's CPU time are both given: on a shared machine the first grows with the
 * load, the second much less. The budget: 200 certificates in at most 5 s. Writes the figures to
 * {@code samverka.bench.results}.
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
        trivialPage(OutputStream.nullOutputStream());
        documents.certificate(certificates.get(0), OutputStream.nullOutputStream());

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] trivial = new long[rounds];
        long[] files = new long[rounds];
        long[] oneFile = new long[rounds];
        long[] trivialCpu = new long[rounds];
        long[] filesCpu = new long[rounds];
        long[] oneFileCpu = new long[rounds];
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CERTIFICATES; i++) {
                try (OutputStream out = Files.newOutputStream(folder.resolve("trivial-" + i + ".pdf"))) {
                    trivialPage(out);
                }
            }
            trivial[round] = System.nanoTime() - start;
            trivialCpu[round] = threads.getCurrentThreadCpuTime() - cpu;

            start = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CERTIFICATES; i++) {
                try (OutputStream out = Files.newOutputStream(folder.resolve("certificate-" + i + ".pdf"))) {
                    documents.certificate(certificates.get(i), out);
                }
            }
            files[round] = System.nanoTime() - start;
            filesCpu[round] = threads.getCurrentThreadCpuTime() - cpu;

            start = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            Path all = folder.resolve("certificates-all.pdf");
            try (OutputStream out = Files.newOutputStream(all)) {
                documents.certificates("Benchmark", certificates, out, n -> { }, () -> false);
            }
            oneFile[round] = System.nanoTime() - start;
            oneFileCpu[round] = threads.getCurrentThreadCpuTime() - cpu;
            bytes = Files.size(all);
        }
        assertEquals(CERTIFICATES, Pdfs.pages(folder.resolve("certificates-all.pdf")));
        long trivialMs = median(trivial) / 1_000_000;
        long filesMs = median(files) / 1_000_000;
        long oneFileMs = median(oneFile) / 1_000_000;
        List<String> lines = List.of(
                String.format(Locale.ROOT, "rounds: %d (after a warm-up), medians; wall time (this thread's CPU time)",
                        rounds),
                String.format(Locale.ROOT, "baseline, 200 trivial one-page PDF/A files: %6d ms (%5d ms cpu)", trivialMs,
                        median(trivialCpu) / 1_000_000),
                String.format(Locale.ROOT, "200 certificates, a file each:              %6d ms (%5d ms cpu)  %.2f x the baseline",
                        filesMs, median(filesCpu) / 1_000_000, (double) median(files) / median(trivial)),
                String.format(Locale.ROOT, "200 certificates, one file of 200 pages:    %6d ms (%5d ms cpu)  %.2f x the baseline, %d KB",
                        oneFileMs, median(oneFileCpu) / 1_000_000, (double) median(oneFile) / median(trivial),
                        bytes / 1024),
                "budget (issue 11), 200 certificates in at most 5 000 ms: a file each "
                        + (filesMs <= 5000 ? "met" : "NOT MET") + ", one file " + (oneFileMs <= 5000 ? "met" : "NOT MET"));
        lines.forEach(System.out::println);
        String results = System.getProperty("samverka.bench.results");
        if (results != null) {
            Files.write(Path.of(results), lines);
        }
    }

    private static void trivialPage(OutputStream out) throws IOException {
        try (Report report = Report.create(ReportTest.info("Baseline"))) {
            report.text("Samverka", TextStyle.BODY);
            report.save(out);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
