package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;

/** Makes the organisations, the people, the county's groups and who is a member of them when. */
final class PeopleMaker {

    private final Builder county;
    private final Names names;
    private final Set<String> usedNames = new HashSet<>();

    PeopleMaker(Builder county) {
        this.county = county;
        this.names = county.names;
    }

    void make() {
        county.countyBoard = organisation(OrganisationKind.COUNTY_BOARD, "Länsstyrelsen i Uppsala län", null);
        List<Organisation> partners = new ArrayList<>();
        for (String partner : List.of("Region Uppsala", "Brottsofferjouren Uppsala län", "Räddningstjänsten",
                "Uppsalahem", "Svensk Handel", "Föreningen Vuxenvandring")) {
            partners.add(organisation(OrganisationKind.PARTNER, partner, null));
        }
        java.util.Map<String, Organisation> policeAreas = new java.util.LinkedHashMap<>();
        for (Municipality m : county.municipalities) {
            Organisation municipality = organisation(OrganisationKind.MUNICIPALITY, m.name(), m.code());
            county.municipalityOrgs.put(m, municipality);
            policeAreas.computeIfAbsent(m.policeArea(), name -> organisation(OrganisationKind.POLICE_AREA, name,
                    null));
        }

        Person anna = person("Anna", "Lindqvist", "Länssamordnare brottsförebyggande arbete", county.countyBoard,
                null, "lansstyrelsen.se", "010");
        county.countyStaff.add(anna);
        county.countyStaff.add(person(names.firstName(), names.lastName(), "Utredare", county.countyBoard, null,
                "lansstyrelsen.se", "010"));
        county.countyStaff.add(person(names.firstName(), names.lastName(), "Länsråd", county.countyBoard, null,
                "lansstyrelsen.se", "010"));
        for (int i = 0; i < 3; i++) {
            county.trainers.add(person(names.firstName(), names.lastName(), "Utbildare", county.countyBoard, null,
                    "lansstyrelsen.se", "010"));
        }
        for (Organisation partner : partners) {
            county.partnerPeople.add(person(names.firstName(), names.lastName(), "Kontaktperson", partner, null,
                    Names.asciiLower(partner.getName().split(" ")[0]) + ".se", "018"));
        }
        for (Municipality m : county.municipalities) {
            Organisation municipality = county.municipalityOrgs.get(m);
            county.coordinators.put(m, person(names.firstName(), names.lastName(),
                    "Kommunal samordnare brottsförebyggande och trygghet", municipality, municipality, m.domain(),
                    "0" + (171 + county.municipalities.indexOf(m) % 20)));
            county.communityPolice.put(m, person(names.firstName(), names.lastName(), "Kommunpolis",
                    policeAreas.get(m.policeArea()), municipality, "polisen.se", "010"));
            List<Person> staff = new ArrayList<>();
            for (int i = 0; i < 4 + m.weight(); i++) {
                staff.add(person(names.firstName(), names.lastName(), names.pick(Names.STAFF_TITLES), municipality,
                        municipality, m.domain(), "0" + (171 + county.municipalities.indexOf(m) % 20)));
            }
            county.staff.put(m, staff);
        }
        makeGroups(anna);
    }

    private void makeGroups(Person anna) {
        LocalDate start = LocalDate.of(county.years.get(0), 1, 1);
        List<Person> network = new ArrayList<>();
        for (Municipality m : county.municipalities) {
            network.add(county.coordinators.get(m));
            network.add(county.communityPolice.get(m));
        }
        CooperationGroup networkGroup = group("Länsnätverket", GroupKind.NETWORK,
                "Länets nätverk av kommunala samordnare och kommunpoliser. Träffas fyra gånger om året.");
        member(networkGroup, anna, MembershipRole.CONVENER, start, null);
        for (Person person : network) {
            member(networkGroup, person, MembershipRole.MEMBER, start, null);
        }
        // Some coordinators left during the period and someone new took over.
        for (int i = 0; i < Math.max(1, county.municipalities.size() / 4); i++) {
            Municipality m = county.municipalities.get(i * 3 % county.municipalities.size());
            Membership old = county.data.memberships.stream()
                    .filter(ms -> ms.getPerson() == county.coordinators.get(m)).findFirst().orElseThrow();
            LocalDate left = LocalDate.of(county.years.get(county.years.size() / 2), 6, 30);
            old.setValidTo(Builder.date(left));
            Person successor = person(names.firstName(), names.lastName(),
                    "Kommunal samordnare brottsförebyggande och trygghet", county.municipalityOrgs.get(m),
                    county.municipalityOrgs.get(m), m.domain(), "018");
            member(networkGroup, successor, MembershipRole.MEMBER, left.plusDays(1), null);
            county.staff.get(m).add(county.coordinators.get(m));
            county.coordinators.put(m, successor);
        }

        CooperationGroup steering = group("Styrgruppen", GroupKind.STEERING_GROUP,
                "Styr länets gemensamma brottsförebyggande arbete: prioriteringar, budget och uppföljning.");
        member(steering, county.countyStaff.get(2), MembershipRole.CHAIR, start, null);
        member(steering, anna, MembershipRole.SECRETARY, start, null);
        for (Municipality m : county.municipalities.subList(0, Math.min(5, county.municipalities.size()))) {
            member(steering, county.communityPolice.get(m), MembershipRole.MEMBER, start, null);
        }
        CooperationGroup committee = group("Arbetsutskottet", GroupKind.WORKING_COMMITTEE,
                "Bereder styrgruppens ärenden.");
        member(committee, anna, MembershipRole.CHAIR, start, null);
        member(committee, county.countyStaff.get(1), MembershipRole.SECRETARY, start, null);
        CooperationGroup officials = group("Tjänstemannagruppen", GroupKind.OFFICIALS_GROUP,
                "Kommunernas tjänstemän med ansvar för trygghet och brottsförebyggande arbete.");
        member(officials, anna, MembershipRole.CONVENER, start, null);
        for (Municipality m : county.municipalities) {
            member(officials, county.coordinators.get(m), MembershipRole.MEMBER, start, null);
        }
        String[][] workingGroups = {
            { "Butiksgruppen", "Butiksrån och inbrott: certifierar butiker mot 13 brottsförebyggande punkter." },
            { "Kvinnofridsgruppen", "Våld i nära relationer: samordning mellan kommuner, polis och region." },
            { "Metodgruppen", "Sprider kunskap om metoder som EST, GVI och medborgarlöften." },
            { "BOJ-nätverket", "Stöd till brottsoffer och vittnen." },
            { "Vuxenvandringsnätverket", "Nattvandrare och vuxenvandrare i länets kommuner." },
            { "ANDT-nätverket", "Alkohol, narkotika, dopning och tobak." } };
        List<Person> municipal = county.municipalPeople();
        for (String[] wg : workingGroups) {
            CooperationGroup group = group(wg[0], GroupKind.WORKING_GROUP, wg[1]);
            member(group, names.pick(county.countyStaff), MembershipRole.CONVENER, start, null);
            Set<Person> chosen = new LinkedHashSet<>();
            while (chosen.size() < 5) {
                chosen.add(names.pick(municipal));
            }
            chosen.add(names.pick(county.partnerPeople));
            chosen.forEach(person -> member(group, person, MembershipRole.MEMBER, start, null));
        }
        if (county.municipalities.size() > 8) {
            // In a large county the county board follows the municipalities' local councils too.
            for (Municipality m : county.municipalities) {
                CooperationGroup council = group("Lokala BRÅ " + m.shortName(), GroupKind.OTHER,
                        "Kommunens lokala brottsförebyggande råd.");
                member(council, county.coordinators.get(m), MembershipRole.CONVENER, start, null);
                member(council, county.communityPolice.get(m), MembershipRole.MEMBER, start, null);
                county.staff.get(m).stream().limit(3)
                        .forEach(person -> member(council, person, MembershipRole.MEMBER, start, null));
            }
        }
    }

    private Organisation organisation(OrganisationKind kind, String name, String code) {
        Organisation organisation = MODEL.createOrganisation();
        organisation.setKind(kind);
        organisation.setName(name);
        organisation.setMunicipalityCode(code);
        county.data.organisations.add(county.add(organisation));
        return organisation;
    }

    private Person person(String first, String last, String title, Organisation organisation,
            Organisation municipality, String domain, String areaCode) {
        String firstName = first;
        String lastName = last;
        while (!usedNames.add(firstName + " " + lastName)) {
            firstName = names.firstName();
            lastName = names.lastName();
        }
        Person person = MODEL.createPerson();
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setTitle(title);
        person.setOrganisation(organisation);
        person.setMunicipality(municipality);
        person.setEmail(Names.asciiLower(firstName) + "." + Names.asciiLower(lastName) + "@" + domain);
        person.setPhone(names.phone(areaCode));
        county.data.people.add(county.add(person));
        return person;
    }

    private CooperationGroup group(String name, GroupKind kind, String description) {
        CooperationGroup group = MODEL.createCooperationGroup();
        group.setName(name);
        group.setKind(kind);
        group.setDescription(description);
        county.data.groups.add(county.add(group));
        return group;
    }

    private void member(CooperationGroup group, Person person, MembershipRole role, LocalDate from, LocalDate to) {
        Membership membership = MODEL.createMembership();
        membership.setCooperationGroup(group);
        membership.setPerson(person);
        membership.setMemberRole(role);
        membership.setValidFrom(Builder.date(from));
        if (to != null) {
            membership.setValidTo(Builder.date(to));
        }
        county.data.memberships.add(county.add(membership));
    }
}
