package se.samverka.inventory.partners;

import java.util.Date;

import se.samverka.model.ProjectStatus;

/** One row of a project's status history: the day, the status it got, the note and who changed it. */
public record StatusChangeRow(String id, Date changedOn, ProjectStatus status, String note, String changedBy) {
}
