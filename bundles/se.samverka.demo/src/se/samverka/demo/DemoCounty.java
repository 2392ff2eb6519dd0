package se.samverka.demo;

import java.time.LocalDate;

import se.samverka.demo.internal.Builder;
import se.samverka.demo.internal.Municipality;

/**
 * The demo county: Uppsala county with its eight municipalities, fictional coordinators and community police, the
 * county network meeting four times a year over three years (last year, this year and next), the steering group
 * and working groups, the basic course, PDV and MVP with enrolments, waitlists and attendance, about sixty local
 * projects with budgets and indicators, and the county programme budget 2010–2012.
 * <p>
 * The same date gives the same data, ids included, in any JVM of the same time zone (whatever its language or hash
 * codes): the county server and a laptop that each generate it hold the same records.
 */
public final class DemoCounty {

    /** The name shown to the user. */
    public static final String NAME = "Uppsala län (demo)";

    private static final long SEED = 20_101_110L;

    private DemoCounty() {
    }

    /** The demo county around {@code today}: past meetings and courses before it, planned ones after. */
    public static CountyData generate(LocalDate today) {
        return new Builder(Municipality.uppsalaCounty(), 3, today, SEED).build(true);
    }
}
