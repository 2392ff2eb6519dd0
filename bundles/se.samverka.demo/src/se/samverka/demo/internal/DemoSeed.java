package se.samverka.demo.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.samverka.demo.DemoCounty;
import se.samverka.demo.LargeCounty;
import se.samverka.model.SyncedObject;
import se.samverka.store.SeedData;

/**
 * The demo county as seed data for a new database (used when Samverka is started with {@code -demo}). With the
 * system property {@code samverka.demo.size=large} it is the large county of the benchmarks instead (50
 * municipalities, ten years).
 */
@Component(service = SeedData.class)
public final class DemoSeed implements SeedData {

    static final String SIZE_PROPERTY = "samverka.demo.size";
    static final int LARGE_MUNICIPALITIES = 50;
    static final int LARGE_YEARS = 10;

    private final boolean large = "large".equals(System.getProperty(SIZE_PROPERTY));

    @Override
    public String name() {
        return large ? "Stort län (" + LARGE_MUNICIPALITIES + " kommuner, " + LARGE_YEARS + " år)" : DemoCounty.NAME;
    }

    @Override
    public List<SyncedObject> records(LocalDate today) {
        return large ? LargeCounty.generate(LARGE_MUNICIPALITIES, LARGE_YEARS, today, 42).all()
                : DemoCounty.generate(today).all();
    }
}
