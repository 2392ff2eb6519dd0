package se.samverka.inventory.internal.partners;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.samverka.inventory.partners.PartnerException;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.ProjectStatus;
import se.samverka.model.ProjectStatusChange;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SyncedObject;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/**
 * How a project is saved, by the form and by the partner steps alike: its new partner organisations and a new
 * contact person (made on its page) saved first and with it in one transaction, a partner named twice refused, and a
 * change of its status recorded as a {@link ProjectStatusChange} in the same transaction.
 */
public final class ProjectWrites {

    private ProjectWrites() {
    }

    /**
     * Saves the project. A status different from the stored one (or the first status of a new project) gets a change
     * dated today with the note, unless the project already carries a new, unsaved change to that status (made with
     * its note where the user changed the status). Without a change of status, such unsaved changes are dropped.
     */
    public static LocalProject save(LocalStore store, LocalProject project, String note) throws StoreException {
        List<SyncedObject> writes = new ArrayList<>();
        // A contact person made on the project's page (not in the register before) is saved with it.
        if (project.getContact() != null && project.getContact().getId() == null) {
            writes.add(project.getContact());
        }
        Set<String> names = new HashSet<>();
        for (Organisation partner : project.getPartnerOrganisations()) {
            String name = partner.getName() == null ? "" : partner.getName().strip();
            if (partner.getId() == null && name.isEmpty()) {
                throw new PartnerException(PartnerException.Problem.NO_NAME);
            }
            if (!names.add(key(name))) {
                throw new PartnerException(PartnerException.Problem.ALREADY_PARTNER, name);
            }
            if (partner.getId() == null) {
                partner.setName(name);
                writes.add(partner);
            }
        }
        ProjectStatus before = project.getId() == null ? null
                : store.find(LocalProject.class, project.getId()).map(LocalProject::getStatus).orElse(null);
        record(project, before, note);
        writes.add(project);
        List<SyncedObject> saved = store.saveAll(writes);
        return (LocalProject) saved.get(saved.size() - 1);
    }

    private static void record(LocalProject project, ProjectStatus before, String note) {
        ProjectStatus now = project.getStatus();
        List<ProjectStatusChange> history = project.getStatusHistory();
        if (now == null || now == before) {
            // A note made ready for a change the user then took back: no change, so no row.
            history.removeIf(change -> change.getId() == null);
            return;
        }
        ProjectStatusChange last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last != null && last.getId() == null && last.getStatus() == now) {
            last.setChangedOn(today()); // the day it is saved, whatever the page said
            return;
        }
        ProjectStatusChange change = SamverkaFactory.eINSTANCE.createProjectStatusChange();
        change.setStatus(now);
        change.setChangedOn(today());
        change.setNote(note == null || note.isBlank() ? null : note.strip());
        history.add(change);
    }

    /** Today, at the start of the day where the laptop is. */
    public static Date today() {
        return Date.from(LocalDate.now().atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** How two names are the same organisation: regardless of case and surrounding spaces. */
    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
