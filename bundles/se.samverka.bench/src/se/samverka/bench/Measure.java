package se.samverka.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** How the benchmarks measure: a piece of work timed, the median of some rounds after a warm-up, a result line. */
final class Measure {

    private Measure() {
    }

    /** How long a piece of work takes, in ms. */
    static double time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The median of {@code rounds} measurements, after one warm-up that is not counted. */
    static double median(int rounds, Supplier<Double> measurement) {
        measurement.get();
        double[] values = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            values[i] = measurement.get();
        }
        Arrays.sort(values);
        return values[rounds / 2];
    }

    /** A result line: what, its time and its ratio to the baseline of the same run. */
    static String line(String what, double millis, double baseline) {
        return String.format(Locale.ROOT, "%s: %.0f ms (%.2f x baseline)", what, millis, millis / baseline);
    }
}
