package se.samverka.inventory.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.samverka.model.MunicipalRecord;
import se.samverka.store.StoreException;

/**
 * The municipalities' statutory records (lägesbild, åtgärdsplan, samverkansöverenskommelse, medborgarlöfte) and the
 * law's rule on them ({@link RecordRule}): the municipality page, recording a new record, and the county overview.
 * An OSGi service, available once the user has signed in. Every read model is loaded in a few statements.
 */
public interface MunicipalityService {

    /**
     * The municipalities the user sees (a coordinator their own, county staff every one), by name, each with its
     * state on {@code day}.
     */
    List<MunicipalityRow> municipalities(LocalDate day);

    /** The municipality page: its records by kind, the rule's findings on {@code day} and its projects. */
    Optional<MunicipalityPage> page(String municipalityId, LocalDate day);

    /**
     * Records a new record of a municipality after checking it.
     *
     * @throws InvalidRecordException when the record is incomplete or wrong; nothing is saved
     */
    MunicipalRecord record(String municipalityId, NewRecord record) throws InvalidRecordException, StoreException;

    /**
     * The county overview for a year: every municipality the user sees × record kind, in the state at the end of the
     * year (today for the current year or a later one), and the projects active in the year by focus area and method.
     */
    CountyOverview overview(int year, LocalDate today);

    /** The day the overview of {@code year} judges the records on: the year's last day, or today in that year. */
    static LocalDate overviewDay(int year, LocalDate today) {
        return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
    }
}
