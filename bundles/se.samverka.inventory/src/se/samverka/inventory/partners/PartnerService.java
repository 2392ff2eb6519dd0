package se.samverka.inventory.partners;

import java.util.List;

import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.store.StoreException;

/**
 * A project's partner organisations (samverkansparter) and its status history (statushistorik). An OSGi service,
 * available once the user has signed in. Each step saves the project in one transaction, with a new organisation
 * made in place and with the status change it records; the ordinary save of a project
 * ({@link se.samverka.inventory.InventoryService#save}) keeps the same rules.
 */
public interface PartnerService {

    /** The organisations of the county's register that can be partners (all not deleted), by name. */
    List<Organisation> organisations();

    /**
     * An organisation by this name and kind, for a partner made in place: the register's organisation of that name
     * when there is one (found regardless of case and surrounding spaces), otherwise a new one, not yet saved.
     *
     * @throws PartnerException {@code NO_NAME} for a blank name
     */
    Organisation organisation(String name, OrganisationKind kind) throws PartnerException;

    /**
     * Adds a partner to the project and saves it (with the organisation, when it is new) in one transaction.
     *
     * @throws PartnerException {@code ALREADY_PARTNER}, {@code NO_NAME}, {@code NOT_FOUND}; nothing is written then
     */
    LocalProject addPartner(String projectId, Organisation organisation) throws StoreException;

    /** Removes a partner from the project and saves it; a project without that partner is saved unchanged. */
    LocalProject removePartner(String projectId, String organisationId) throws StoreException;

    /**
     * Gives the project a new status, today, with an optional note, and saves it with its status change in one
     * transaction. The same status again writes nothing.
     */
    LocalProject changeStatus(String projectId, ProjectStatus status, String note) throws StoreException;

    /** The project's status history, newest first (the latest change of a day first). */
    List<StatusChangeRow> history(String projectId);
}
