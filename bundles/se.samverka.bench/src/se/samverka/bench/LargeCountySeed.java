package se.samverka.bench;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.samverka.demo.LargeCounty;
import se.samverka.model.SyncedObject;
import se.samverka.store.SeedData;

/**
 * The large county (50 municipalities, ten years) as the seed of the benchmark's database; ranked above the demo
 * county, so the application loads this one.
 */
@Component(service = SeedData.class, property = "service.ranking:Integer=100")
public final class LargeCountySeed implements SeedData {

    static final int MUNICIPALITIES = 50;
    static final int YEARS = 10;

    @Override
    public String name() {
        return "Stort län (" + MUNICIPALITIES + " kommuner, " + YEARS + " år)";
    }

    @Override
    public List<SyncedObject> records(LocalDate today) {
        return LargeCounty.generate(MUNICIPALITIES, YEARS, today, 42).all();
    }
}
