package nl.samenspel.coordinator.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hard rules: who may never take a case, each with a reason a coordinator can read. A pure function.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /** Every reason the supporter may not take the case; empty when eligible. */
    public static List<String> reasons(SupporterCard supporter, OrganisationCard organisation, int openCases, CaseProfile c) {
        List<String> reasons = new ArrayList<>(2);
        SupporterProfile p = supporter.profile();
        if (supporter.deactivated()) {
            reasons.add("deactivated");
        }
        if (organisation == null || organisation.status() == OrganisationStatus.LEFT) {
            reasons.add("the organisation is not a member of the network");
        } else if (organisation.status() == OrganisationStatus.SUSPENDED) {
            reasons.add("the organisation is suspended");
        }
        if (supporter.availability().awayOn(c.day())) {
            reasons.add("ON_LEAVE".equals(supporter.availability().status())
                    ? "on leave until " + supporter.availability().leaveUntil() : "inactive");
        }
        if (p.kind() == SupportKind.FORMAL && (supporter.registrationLapsed()
                || p.registrationValidUntil() == null || p.registrationValidUntil().isBefore(c.day()))) {
            reasons.add("professional registration lapsed");
        }
        if (p.kind() == SupportKind.INFORMAL && p.trainingCompletedOn() == null) {
            reasons.add("the network's training is not completed");
        }
        if (openCases >= p.capacity()) {
            reasons.add("no free capacity (" + openCases + " of " + p.capacity() + " cases open)");
        }
        if (intersects(p.careProvidersLinked(), c.careProviders()) || (organisation != null && organisation.deliversCare()
                && c.careProviders().contains(organisation.kvkNumber()))) {
            reasons.add("conflict of interest: linked to a care provider of this resident");
        }
        if (c.accessDecisionPendingIn() != null && p.accessTeams().contains(c.accessDecisionPendingIn())) {
            reasons.add("conflict of interest: in the access team of " + c.accessDecisionPendingIn()
                    + ", which decides on this resident");
        }
        if (c.needsFormal() && p.kind() != SupportKind.FORMAL) {
            reasons.add("the case has an objection deadline or a safety concern and needs a formal supporter");
        }
        return reasons;
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
