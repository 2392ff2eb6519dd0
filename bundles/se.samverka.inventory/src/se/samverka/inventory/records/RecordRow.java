package se.samverka.inventory.records;

import java.time.LocalDate;

import se.samverka.model.MunicipalRecordKind;

/** A municipal record as the municipality page shows it. */
public record RecordRow(String id, MunicipalRecordKind kind, String title, LocalDate adoptedOn, LocalDate validFrom,
        LocalDate validTo, String summary, String documentLink) {

    /** The record as the rule sees it. */
    public RecordRule.Dated dated() {
        return new RecordRule.Dated(kind, adoptedOn, validFrom, validTo);
    }
}
