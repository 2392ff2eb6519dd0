package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.model.ProjectStatusChange;

/**
 * Job "partners" (issue 13, model 3): each municipality's local partners as organisations of the register — its
 * police area, two schools, an association and the housing company — and each project's partner organisations
 * chosen among them and the county's (Region Uppsala, Brottsofferjouren …), with the free text kept for one other
 * partner now and then; and each project's status history, idé → planerat → pågående → avslutat (or avbrutet), dated
 * around its period and never after today. Made last, so what is made before keeps its ids and choices; a few list
 * additions per project, so the large county stays fast.
 */
final class PartnersMaker {

    private static final List<String> OTHER_PARTNERS = List.of("Svenska kyrkan", "Fritidsgården",
            "Handlarföreningen", "Fastighetsägarna", "Idrottsföreningen", "Föräldrar på stan");

    private final Builder county;
    private final Names names;

    PartnersMaker(Builder county) {
        this.county = county;
        this.names = county.names;
    }

    void make() {
        List<Organisation> countyWide = county.data.organisations.stream()
                .filter(o -> o.getKind() == OrganisationKind.PARTNER).toList();
        Map<Organisation, List<Organisation>> local = new LinkedHashMap<>();
        for (Municipality m : county.municipalities) {
            Organisation municipality = county.municipalityOrgs.get(m);
            List<Organisation> partners = new ArrayList<>();
            partners.add(county.communityPolice.get(m).getOrganisation());
            String place = m.places().get(0);
            partners.add(organisation(place.split(" ")[0] + "skolan", municipality));
            partners.add(organisation(m.places().get(Math.min(1, m.places().size() - 1)).split(" ")[0]
                    + " skola F–9", municipality));
            partners.add(organisation("Nattvandrarna i " + m.shortName(), municipality));
            partners.add(organisation("Bostadsbolaget i " + m.shortName(), municipality));
            local.put(municipality, partners);
        }
        for (LocalProject project : county.data.projects) {
            List<Organisation> ours = local.get(project.getMunicipality());
            if (ours == null) {
                continue;
            }
            List<Organisation> chosen = project.getPartnerOrganisations();
            if (names.chance(0.85)) {
                chosen.add(ours.get(0));
            }
            Organisation second = names.pick(ours.subList(1, ours.size()));
            chosen.add(second);
            if (names.chance(0.5) && !countyWide.isEmpty()) {
                chosen.add(names.pick(countyWide));
            }
            project.setPartners(names.chance(0.3) ? names.pick(OTHER_PARTNERS) : null);
            history(project);
        }
    }

    private Organisation organisation(String name, Organisation municipality) {
        Organisation organisation = MODEL.createOrganisation();
        organisation.setKind(OrganisationKind.PARTNER);
        organisation.setName(name);
        organisation.setParent(municipality);
        county.data.organisations.add(county.add(organisation));
        return organisation;
    }

    /** The steps to the project's status, each dated around its period. */
    private void history(LocalProject project) {
        LocalDate start = Builder.localDate(project.getStartsOn());
        LocalDate end = Builder.localDate(project.getEndsOn());
        ProjectStatus status = project.getStatus();
        change(project, ProjectStatus.IDEA, start.minusMonths(names.between(8, 12)), null);
        if (status == ProjectStatus.IDEA) {
            return;
        }
        if (status == ProjectStatus.CANCELLED) {
            change(project, ProjectStatus.CANCELLED, start.minusMonths(names.between(1, 4)),
                    "Finansieringen kom inte till stånd");
            return;
        }
        change(project, ProjectStatus.PLANNED, start.minusMonths(names.between(2, 5)), "Beslut i styrgruppen");
        if (status == ProjectStatus.PLANNED) {
            return;
        }
        change(project, ProjectStatus.ONGOING, start, names.chance(0.5) ? "Uppstart med samverkansparterna" : null);
        if (status == ProjectStatus.COMPLETED) {
            change(project, ProjectStatus.COMPLETED, end.plusDays(names.between(1, 45)), "Slutrapport inlämnad");
        }
    }

    private void change(LocalProject project, ProjectStatus status, LocalDate on, String note) {
        ProjectStatusChange change = MODEL.createProjectStatusChange();
        change.setId(names.id());
        change.setStatus(status);
        change.setChangedOn(Builder.date(on.isAfter(county.today) ? county.today : on));
        change.setNote(note);
        project.getStatusHistory().add(change);
    }
}
