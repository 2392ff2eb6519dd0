package se.samverka.inventory.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.samverka.model.FocusArea;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.PreventionMethod;

/**
 * The county overview of a year, read in a few statements: each municipality the user sees with its records' state
 * by kind, and its projects active in the year counted by focus area and by method.
 *
 * @param year the year
 * @param day  the day the states are judged on
 * @param rows one per municipality, by name
 */
public record CountyOverview(int year, LocalDate day, List<Row> rows) {

    public CountyOverview {
        rows = List.copyOf(rows);
    }

    /** One municipality's line of the overview. */
    public record Row(String id, String name, Map<MunicipalRecordKind, RecordState> states, Severity severity,
            int activeProjects, Map<FocusArea, Integer> byFocusArea, Map<PreventionMethod, Integer> byMethod) {

        public Row {
            states = Map.copyOf(states);
            byFocusArea = Map.copyOf(byFocusArea);
            byMethod = Map.copyOf(byMethod);
        }

        public RecordState state(MunicipalRecordKind kind) {
            return states.get(kind);
        }
    }
}
