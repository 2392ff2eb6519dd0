package se.samverka.pdfa.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks PDF files with veraPDF as PDF/A-2u (the flavour Samverka's documents claim).
 *
 * <p>
 * As a program: {@code PdfACheck <folder> [<required file> …]} checks every {@code .pdf} in the folder. A file whose
 * name begins with {@code control-} is a deliberately broken control and must FAIL; every other file must pass; each
 * required file must be there. It prints one line per file, writes them to {@code pdfa-check.txt} in the folder and
 * throws when any expectation is not met (which fails the build that runs it with exec-maven-plugin's java goal, in
 * Maven's own JVM, where exiting is not allowed).
 */
public final class PdfACheck {

    /** The outcome for one file: compliant or not, and the rules broken (veraPDF's rule ids with their counts). */
    public record Result(Path file, boolean compliant, Map<String, Integer> failedRules) {
    }

    private PdfACheck() {
    }

    /** Validates one file as PDF/A-2u. */
    public static Result validate(Path file) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (InputStream in = Files.newInputStream(file);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_U)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            result.getFailedChecks().forEach((rule, count) -> failed
                    .put(rule.getClause() + "-" + rule.getTestNumber(), count));
            return new Result(file, result.isCompliant(), failed);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("Usage: PdfACheck <folder> [<required file> ...]");
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
            files = list.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        if (files.isEmpty()) {
            lines.add("NO PDF   in " + folder);
            ok = false;
        }
        boolean sawControl = false;
        for (Path file : files) {
            boolean control = file.getFileName().toString().startsWith("control-");
            sawControl |= control;
            Result result = validate(file);
            boolean expected = result.compliant() != control;
            ok &= expected;
            lines.add((expected ? "OK       " : "WRONG    ") + (result.compliant() ? "PDF/A-2u " : "FAILS    ")
                    + file.getFileName() + (control ? " (broken control, must fail)" : "")
                    + (result.failedRules().isEmpty() ? "" : " " + result.failedRules()));
        }
        lines.add(ok ? "PDF/A check: " + files.size() + " files as expected" + (sawControl ? "" : " (no control)")
                : "PDF/A check FAILED");
        lines.forEach(System.out::println);
        if (Files.isDirectory(folder)) {
            Files.write(folder.resolve("pdfa-check.txt"), lines);
        }
        if (!ok) {
            throw new IllegalStateException("PDF/A check failed in " + folder + ": " + lines);
        }
    }

}
