package se.samverka.demo;

import java.time.LocalDate;

import se.samverka.demo.internal.Builder;
import se.samverka.demo.internal.Municipality;

/**
 * A large county for benchmarks: the demo county's kinds of data for many made-up municipalities over many years
 * (the benchmarks use about fifty municipalities and ten years).
 */
public final class LargeCounty {

    private LargeCounty() {
    }

    /**
     * @param municipalities how many municipalities
     * @param years          how many years of meetings, courses and projects, up to the year after {@code today}'s
     * @param seed           the same seed (and date) gives the same data, in any JVM
     */
    public static CountyData generate(int municipalities, int years, LocalDate today, long seed) {
        return new Builder(Municipality.synthetic(municipalities), years, today, seed).build(false);
    }
}
