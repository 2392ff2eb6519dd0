package se.samverka.inventory.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.ProjectStatus;

/**
 * A municipality's page, read in one go: its records by kind (newest first), the rule's result on the day, and its
 * projects.
 */
public record MunicipalityPage(String id, String name, LocalDate day, Map<MunicipalRecordKind, List<RecordRow>> records,
        RecordRule.Result rule, List<ProjectLine> projects) {

    public MunicipalityPage {
        records = Map.copyOf(records);
        projects = List.copyOf(projects);
    }

    /** The records of a kind, newest first (empty when there are none). */
    public List<RecordRow> records(MunicipalRecordKind kind) {
        return records.getOrDefault(kind, List.of());
    }

    /** A project of the municipality. */
    public record ProjectLine(String id, String title, ProjectStatus status, LocalDate startsOn, LocalDate endsOn) {
    }
}
