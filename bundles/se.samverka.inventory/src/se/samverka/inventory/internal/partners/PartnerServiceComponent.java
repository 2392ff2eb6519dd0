package se.samverka.inventory.internal.partners;

import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.partners.PartnerException;
import se.samverka.inventory.partners.PartnerService;
import se.samverka.inventory.partners.StatusChangeRow;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The partner service on the local store. */
@Component(service = PartnerService.class)
public final class PartnerServiceComponent implements PartnerService {

    private final LocalStore store;

    @Activate
    public PartnerServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public List<Organisation> organisations() {
        return Directory.organisations(store);
    }

    @Override
    public Organisation organisation(String name, OrganisationKind kind) throws PartnerException {
        if (name == null || name.isBlank()) {
            throw new PartnerException(PartnerException.Problem.NO_NAME);
        }
        String key = ProjectWrites.key(name);
        for (Organisation known : organisations()) {
            if (ProjectWrites.key(known.getName()).equals(key)) {
                return known;
            }
        }
        Organisation made = SamverkaFactory.eINSTANCE.createOrganisation();
        made.setName(name.strip());
        made.setKind(kind == null ? OrganisationKind.PARTNER : kind);
        return made;
    }

    @Override
    public LocalProject addPartner(String projectId, Organisation organisation) throws StoreException {
        LocalProject project = project(projectId);
        if (organisation == null) {
            throw new PartnerException(PartnerException.Problem.NOT_FOUND);
        }
        if (organisation.getId() != null && project.getPartnerOrganisations().stream()
                .anyMatch(partner -> organisation.getId().equals(partner.getId()))) {
            throw new PartnerException(PartnerException.Problem.ALREADY_PARTNER, organisation.getName());
        }
        project.getPartnerOrganisations().add(organisation);
        return ProjectWrites.save(store, project, null);
    }

    @Override
    public LocalProject removePartner(String projectId, String organisationId) throws StoreException {
        LocalProject project = project(projectId);
        project.getPartnerOrganisations().removeIf(partner -> partner.getId().equals(organisationId));
        return ProjectWrites.save(store, project, null);
    }

    @Override
    public LocalProject changeStatus(String projectId, ProjectStatus status, String note) throws StoreException {
        LocalProject project = project(projectId);
        if (project.getStatus() == status) {
            return project;
        }
        project.setStatus(status);
        return ProjectWrites.save(store, project, note);
    }

    @Override
    public List<StatusChangeRow> history(String projectId) {
        return store.find(LocalProject.class, projectId).map(project -> {
            List<StatusChangeRow> rows = new java.util.ArrayList<>();
            var changes = project.getStatusHistory();
            for (int i = changes.size() - 1; i >= 0; i--) {
                var change = changes.get(i);
                if (!change.isDeleted()) {
                    rows.add(new StatusChangeRow(change.getId(), change.getChangedOn(), change.getStatus(),
                            change.getNote(), change.getModifiedBy()));
                }
            }
            // Newest day first; within a day, the later change (kept in order of writing) first.
            rows.sort(Comparator.comparing(StatusChangeRow::changedOn,
                    Comparator.nullsLast(Comparator.reverseOrder())));
            return List.copyOf(rows);
        }).orElse(List.of());
    }

    private LocalProject project(String id) throws PartnerException {
        return store.find(LocalProject.class, id)
                .orElseThrow(() -> new PartnerException(PartnerException.Problem.NOT_FOUND));
    }
}
