package se.samverka.demo.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.samverka.demo.DemoCounty;
import se.samverka.model.SyncedObject;
import se.samverka.store.SeedData;

/** The demo county as seed data for a new database (used when Samverka is started with {@code -demo}). */
@Component(service = SeedData.class)
public final class DemoSeed implements SeedData {

    @Override
    public String name() {
        return DemoCounty.NAME;
    }

    @Override
    public List<SyncedObject> records(LocalDate today) {
        return DemoCounty.generate(today).all();
    }
}
