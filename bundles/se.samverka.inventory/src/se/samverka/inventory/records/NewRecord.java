package se.samverka.inventory.records;

import java.time.LocalDate;

import se.samverka.model.MunicipalRecordKind;

/**
 * What the user types for a new municipal record; checked by {@link MunicipalityService#record}.
 *
 * @param kind         the kind (required)
 * @param title        the title (required)
 * @param adoptedOn    the day it was adopted (required, not in the future)
 * @param validFrom    the first day it applies (may be empty)
 * @param validTo      the last day it applies (may be empty; not before validFrom)
 * @param summary      a summary (may be empty)
 * @param documentLink a link to the document: an http(s) address (may be empty)
 */
public record NewRecord(MunicipalRecordKind kind, String title, LocalDate adoptedOn, LocalDate validFrom,
        LocalDate validTo, String summary, String documentLink) {
}
