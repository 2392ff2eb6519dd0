package se.samverka.courses.internal.spreadsheet;

import java.util.List;
import java.util.Set;

import se.samverka.model.OrganisationKind;

/**
 * What the import checks a file against, read as projections (no object graphs): the people and organisations of
 * the register and who already has an enrolment in the offering.
 */
record Register(List<PersonEntry> people, List<OrganisationEntry> organisations, Set<String> enrolledPersonIds) {

    record PersonEntry(String id, String firstName, String lastName, String email, String organisationId,
            String municipalityId) {
    }

    record OrganisationEntry(String id, String name, OrganisationKind kind, String parentId) {

        /** The municipality the organisation belongs to: itself for a municipality, else its parent (or none). */
        String municipalityId() {
            return kind == OrganisationKind.MUNICIPALITY ? id : parentId;
        }
    }
}
