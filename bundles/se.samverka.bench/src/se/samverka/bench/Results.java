package se.samverka.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

import se.samverka.testing.ui.ApplicationDriver;

/**
 * A benchmark's results: the baseline measured in the run, each figure beside it as a ratio (the median of the
 * benchmark's rounds after a warm-up), and lines saying what was measured on; printed and written to the benchmark's
 * file when it ends ({@link #write}).
 */
final class Results {

    private final String fileName;
    private final int rounds;
    private final List<String> lines = new ArrayList<>();
    private double baseline = Double.NaN;

    /** @param fileName the file, beside the list benchmark's, the results are written to */
    Results(String fileName, int rounds) {
        this.fileName = fileName;
        this.rounds = rounds;
    }

    /** A line of its own: what was measured on. */
    void note(String line) {
        lines.add(line);
    }

    /** Measures the baseline, a plain JFace table of {@code rows} rows ({@link PlainTable}), and says it. In ms. */
    double plainTableBaseline(ApplicationDriver app, Shell parent, int rows) {
        baseline = Measure.median(rounds, () -> PlainTable.millis(app, parent, rows));
        lines.add(String.format(Locale.ROOT, "baseline: plain JFace table of %d rows x 8 columns: %.0f ms", rows,
                baseline));
        return baseline;
    }

    /** Times a piece of work (the median of the rounds) and reports it. In ms. */
    double time(String what, Supplier<?> work) {
        return median(what, () -> Measure.time(work));
    }

    /** Takes the median of a measurement in ms (an opening, say) and reports it. */
    double median(String what, Supplier<Double> measurement) {
        return report(what, Measure.median(rounds, measurement));
    }

    /** The medians of a measurement of several figures, for {@link #report} one by one. */
    double[] medians(Supplier<double[]> measurement) {
        return Measure.medians(rounds, measurement);
    }

    /** Reports a figure measured otherwise, beside the baseline. In ms. */
    double report(String what, double millis) {
        lines.add(Measure.line(what, millis, baseline));
        return millis;
    }

    /** Prints the lines and writes them to the benchmark's file. */
    void write() throws IOException {
        Measure.write(fileName, lines);
    }
}
