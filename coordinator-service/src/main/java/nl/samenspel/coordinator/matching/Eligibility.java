package nl.samenspel.coordinator.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static nl.samenspel.coordinator.matching.ExclusionReason.*;

/**
 * The hard rules: who may never take a case, each with a reason a coordinator can read. A pure function. Fit is a hard
 * rule too: a supporter outside the case's municipality, or covering none of its life domains or none of its target
 * groups, is no candidate; only the resident's own choice of the supporter or their organisation overrides the area.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Every reason the supporter may not take the case, as sentences; empty when eligible. */
    public static List<String> reasons(SupporterCard supporter, OrganisationCard organisation, int placesTaken, CaseProfile c) {
        return exclusions(supporter, organisation, placesTaken, c).stream().map(Exclusion::explanation).toList();
    }

    /** Every reason the supporter may not take the case; empty when eligible. */
    public static List<Exclusion> exclusions(SupporterCard supporter, OrganisationCard organisation, int placesTaken,
                                             CaseProfile c) {
        List<Exclusion> reasons = new ArrayList<>(2);
        SupporterProfile p = supporter.profile();
        if (supporter.deactivated()) {
            reasons.add(new Exclusion(INACTIVE, "deactivated"));
        }
        if (organisation == null || organisation.status() == OrganisationStatus.LEFT) {
            reasons.add(new Exclusion(ORGANISATION_NOT_A_MEMBER, "the organisation is not a member of the network"));
        } else if (organisation.status() == OrganisationStatus.SUSPENDED) {
            reasons.add(new Exclusion(ORGANISATION_SUSPENDED, "the organisation is suspended"));
        }
        if (supporter.availability().awayOn(c.day())) {
            reasons.add("ON_LEAVE".equals(supporter.availability().status())
                    ? new Exclusion(ON_LEAVE, "on leave until " + supporter.availability().leaveUntil())
                    : new Exclusion(INACTIVE, "inactive"));
        }
        if (p.kind() == SupportKind.FORMAL && (supporter.registrationLapsed()
                || p.registrationValidUntil() == null || p.registrationValidUntil().isBefore(c.day()))) {
            reasons.add(new Exclusion(REGISTRATION_LAPSED, "professional registration lapsed"));
        }
        if (p.kind() == SupportKind.INFORMAL && p.trainingCompletedOn() == null) {
            reasons.add(new Exclusion(TRAINING_NOT_COMPLETED, "the network's training is not completed"));
        }
        if (placesTaken >= p.capacity()) {
            reasons.add(new Exclusion(AT_CAPACITY, "no free capacity (" + placesTaken + " of " + p.capacity() + " places taken)"));
        }
        if (intersects(p.careProvidersLinked(), c.careProviders()) || (organisation != null && organisation.deliversCare()
                && c.careProviders().contains(organisation.kvkNumber()))) {
            reasons.add(new Exclusion(CONFLICT_OF_INTEREST, "conflict of interest: linked to a care provider of this resident"));
        }
        if (c.accessDecisionPendingIn() != null && p.accessTeams().contains(c.accessDecisionPendingIn())) {
            reasons.add(new Exclusion(CONFLICT_OF_INTEREST, "conflict of interest: in the access team of "
                    + c.accessDecisionPendingIn() + ", which decides on this resident"));
        }
        if (c.needsFormal() && p.kind() != SupportKind.FORMAL) {
            reasons.add(new Exclusion(NEEDS_FORMAL_SUPPORTER,
                    "the case has an objection or complaint deadline or a safety concern and needs a formal supporter"));
        }
        if (!servesArea(p, c) && !residentChose(supporter, c)) {
            reasons.add(new Exclusion(OUTSIDE_AREA, "does not serve " + c.municipalityCode()));
        }
        if (coversNone(p.lifeDomains(), c.lifeDomains())) {
            reasons.add(new Exclusion(NO_MATCHING_DOMAIN_OR_TARGET_GROUP, "covers none of the life domains " + sorted(c.lifeDomains())));
        }
        if (coversNone(p.targetGroups(), c.targetGroups())) {
            reasons.add(new Exclusion(NO_MATCHING_DOMAIN_OR_TARGET_GROUP, "covers none of the target groups " + sorted(c.targetGroups())));
        }
        return reasons;
    }

    static boolean servesArea(SupporterProfile p, CaseProfile c) {
        return p.municipalities().contains(c.municipalityCode());
    }

    /** The resident asked for this supporter or for their organisation (keuzevrijheid). */
    static boolean residentChose(SupporterCard supporter, CaseProfile c) {
        return supporter.supporterId().equals(c.preferredSupporterId())
                || supporter.organisationId().equals(c.preferredOrganisationId());
    }

    /** A case that names no domain (or no target group) excludes nobody on it. */
    private static boolean coversNone(Set<String> offered, Set<String> asked) {
        return !asked.isEmpty() && !intersects(offered, asked);
    }

    private static List<String> sorted(Set<String> codes) {
        return codes.stream().sorted().toList();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
