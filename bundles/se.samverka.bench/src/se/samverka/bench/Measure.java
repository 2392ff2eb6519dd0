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

    /**
     * The medians, one by one, of {@code rounds} measurements of several figures each (a page drawn and the window
     * idle after it, say), after one warm-up that is not counted.
     */
    static double[] medians(int rounds, Supplier<double[]> measurement) {
        measurement.get();
        double[][] values = new double[rounds][];
        for (int i = 0; i < rounds; i++) {
            values[i] = measurement.get();
        }
        double[] medians = new double[values[0].length];
        for (int figure = 0; figure < medians.length; figure++) {
            double[] column = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                column[i] = values[i][figure];
            }
            Arrays.sort(column);
            medians[figure] = column[rounds / 2];
        }
        return medians;
    }

    /** An OSGi service of the running application, which must be registered. */
    static <S> S service(Class<S> type) {
        org.osgi.framework.BundleContext bundles = org.osgi.framework.FrameworkUtil.getBundle(Measure.class)
                .getBundleContext();
        var reference = bundles.getServiceReference(type);
        if (reference == null) {
            throw new AssertionError(type.getSimpleName() + " is not registered");
        }
        return bundles.getService(reference);
    }

    /** Prints the results and writes them to this file beside the benchmark's results file. */
    static void write(String fileName, java.util.List<String> results) throws java.io.IOException {
        java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("samverka.bench.results"))
                .resolveSibling(fileName), results);
        results.forEach(System.out::println);
    }

    /** A result line: what, its time and its ratio to the baseline of the same run. */
    static String line(String what, double millis, double baseline) {
        return String.format(Locale.ROOT, "%s: %.0f ms (%.2f x baseline)", what, millis, millis / baseline);
    }
}
