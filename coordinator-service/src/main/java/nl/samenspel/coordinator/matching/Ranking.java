package nl.samenspel.coordinator.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the eligible supporters for a case, best first, and explains every score component. A pure function over
 * a {@link NetworkSnapshot}: no database, no clock, so it is fast and easy to test.
 */
public final class Ranking {

    static final double RESIDENT_CHOSE_SUPPORTER = 100;
    static final double RESIDENT_CHOSE_ORGANISATION = 50;
    static final double RESIDENT_CHOSE_KIND = 10;
    static final double CONTINUITY = 20;
    static final double SUPPORT_KIND_FIRST = 15;
    static final double FIT = 10;
    static final double SERVES_MUNICIPALITY = 10;
    static final double SERVES_DISTRICT = 5;
    static final double LANGUAGE = 8;
    static final double CAPACITY = 5;

    private Ranking() {
    }

    /** The best {@code limit} eligible supporters. */
    public static List<RankedSupporter> rank(NetworkSnapshot network, Map<String, Integer> placesTaken, CaseProfile c, int limit) {
        return candidates(network, placesTaken, c, limit).candidates();
    }

    /**
     * The best {@code limit} eligible supporters, and every supporter who is not eligible with the reasons. For a
     * complaint against a care provider, supporters of organisations that deliver no care come first whatever their
     * score: the resident should not be supported by the side they complain about.
     */
    public static CandidateList candidates(NetworkSnapshot network, Map<String, Integer> placesTaken, CaseProfile c, int limit) {
        List<RankedSupporter> ranked = new ArrayList<>();
        List<ExcludedSupporter> excluded = new ArrayList<>();
        Map<String, Boolean> independent = new HashMap<>();
        for (SupporterCard supporter : network.supporters()) {
            int open = placesTaken.getOrDefault(supporter.supporterId(), 0);
            OrganisationCard organisation = network.organisation(supporter.organisationId());
            List<Exclusion> exclusions = Eligibility.exclusions(supporter, organisation, open, c);
            if (exclusions.isEmpty()) {
                ranked.add(score(supporter, organisation, open, c));
                independent.put(supporter.supporterId(), organisation != null && !organisation.deliversCare());
            } else {
                excluded.add(new ExcludedSupporter(supporter.supporterId(), supporter.organisationId(),
                        supporter.profile().kind(), exclusions));
            }
        }
        Comparator<RankedSupporter> byScore = Comparator.comparingDouble(RankedSupporter::score).reversed();
        Comparator<RankedSupporter> order = c.complaintAgainstCare()
                ? Comparator.<RankedSupporter, Boolean>comparing(r -> independent.get(r.supporterId())).reversed().thenComparing(byScore)
                : byScore;
        ranked.sort(order.thenComparing(RankedSupporter::supporterId));
        excluded.sort(Comparator.comparing(ExcludedSupporter::supporterId));
        return new CandidateList(ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked, excluded);
    }

    /** Why this supporter may not take the case; empty if they may. Unknown supporters are never eligible. */
    public static List<String> ineligibility(NetworkSnapshot network, Map<String, Integer> placesTaken, CaseProfile c,
                                             String supporterId) {
        SupporterCard supporter = network.supporter(supporterId);
        if (supporter == null) {
            return List.of("not a supporter of this network");
        }
        return Eligibility.reasons(supporter, network.organisation(supporter.organisationId()),
                placesTaken.getOrDefault(supporterId, 0), c);
    }

    static RankedSupporter score(SupporterCard supporter, OrganisationCard organisation, int placesTaken, CaseProfile c) {
        SupporterProfile p = supporter.profile();
        List<ScoreComponent> parts = new ArrayList<>(8);
        if (supporter.supporterId().equals(c.preferredSupporterId())) {
            parts.add(new ScoreComponent("RESIDENT_CHOICE", RESIDENT_CHOSE_SUPPORTER, "the resident asked for this supporter"));
        } else if (supporter.organisationId().equals(c.preferredOrganisationId())) {
            parts.add(new ScoreComponent("RESIDENT_CHOICE", RESIDENT_CHOSE_ORGANISATION, "the resident asked for this organisation"));
        }
        if (c.preferredKind() != null && c.preferredKind() == p.kind()) {
            parts.add(new ScoreComponent("RESIDENT_CHOICE", RESIDENT_CHOSE_KIND, "the resident prefers " + p.kind() + " support"));
        }
        if (c.previousSupporters().contains(supporter.supporterId())) {
            parts.add(new ScoreComponent("CONTINUITY", CONTINUITY, "supported this resident before"));
        }
        boolean informal = p.kind() != SupportKind.FORMAL;
        if (c.hasComplexityFlags() != informal) {
            parts.add(new ScoreComponent("SUPPORT_KIND", SUPPORT_KIND_FIRST, c.hasComplexityFlags()
                    ? "formal support first: the case has complexity flags"
                    : "informal support first: the case has no complexity flags"));
        }
        parts.add(fit("LIFE_DOMAINS", p.lifeDomains(), c.lifeDomains(), "life domains"));
        parts.add(fit("TARGET_GROUPS", p.targetGroups(), c.targetGroups(), "target groups"));
        if (Eligibility.servesArea(p, c)) {
            parts.add(new ScoreComponent("AREA", SERVES_MUNICIPALITY, "serves " + c.municipalityCode()));
            if (p.districts().isEmpty() || p.districts().contains(c.districtCode())) {
                parts.add(new ScoreComponent("AREA", SERVES_DISTRICT, "serves the district"));
            }
        } else {
            parts.add(new ScoreComponent("AREA", 0, "does not serve " + c.municipalityCode()
                    + "; a candidate because it is the resident's own choice"));
        }
        if (c.complaintAgainstCare()) {
            boolean deliversCare = organisation != null && organisation.deliversCare();
            parts.add(new ScoreComponent("INDEPENDENCE", 0, deliversCare
                    ? "ranked below organisations that deliver no care: the complaint is against a care provider"
                    : "ranked above organisations that deliver care: the complaint is against a care provider"));
        }
        if (c.language() != null && p.languages().contains(c.language())) {
            parts.add(new ScoreComponent("LANGUAGE", LANGUAGE, "speaks " + c.language()));
        }
        double free = p.capacity() == 0 ? 0 : (double) (p.capacity() - placesTaken) / p.capacity();
        parts.add(new ScoreComponent("CAPACITY", CAPACITY * free, (p.capacity() - placesTaken) + " of " + p.capacity() + " places free"));
        double total = 0;
        for (ScoreComponent part : parts) {
            total += part.points();
        }
        return new RankedSupporter(supporter.supporterId(), supporter.organisationId(), p.kind(), total, parts);
    }

    private static ScoreComponent fit(String component, Set<String> offered, Set<String> asked, String what) {
        if (asked.isEmpty()) {
            return new ScoreComponent(component, 0, "the case names no " + what);
        }
        int covered = 0;
        for (String a : asked) {
            if (offered.contains(a)) {
                covered++;
            }
        }
        return new ScoreComponent(component, FIT * covered / asked.size(), covered + " of " + asked.size() + " " + what + " covered");
    }
}
