package nl.samenspel.coordinator.matching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");
    private static final OrganisationCard VOLUNTEERS = new OrganisationCard("org-v", "11111111", false, OrganisationStatus.ADMITTED);
    private static final OrganisationCard PROFESSIONALS = new OrganisationCard("org-p", "22222222", false, OrganisationStatus.ADMITTED);
    private static final OrganisationCard CARE_PROVIDER = new OrganisationCard("org-c", "33333333", true, OrganisationStatus.ADMITTED);

    private static SupporterProfile profile(SupportKind kind) {
        return new SupporterProfile(kind, Set.of("CARE_AND_SUPPORT", "HOUSING", "LAWS_RULES_AND_OBJECTIONS"), Set.of("OLDER_PEOPLE"), Set.of("nl"),
                Set.of("GM1525", "GM0553"), Set.of(), 10, Set.of(), Set.of(),
                kind == SupportKind.FORMAL ? TODAY.plusYears(1) : null, kind == SupportKind.INFORMAL ? TODAY.minusYears(1) : null);
    }

    private static SupporterCard supporter(String id, OrganisationCard org, SupportKind kind) {
        return new SupporterCard(id, org.organisationId(), profile(kind), Availability.ACTIVE, false, false);
    }

    private static CaseProfile plainCase() {
        return new CaseProfile("GM1525", "WK152500", Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of(), null, false, false, false, null, null, null, Set.of(), TODAY);
    }

    private static CaseProfile objectionCase() {
        return new CaseProfile("GM1525", "WK152500", Set.of("LAWS_RULES_AND_OBJECTIONS"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of("33333333"), "GM1525", true, true, false, null, null, null, Set.of(), TODAY);
    }

    private static NetworkSnapshot network(SupporterCard... supporters) {
        return new NetworkSnapshot(Arrays.asList(supporters), Map.of(VOLUNTEERS.organisationId(), VOLUNTEERS,
                PROFESSIONALS.organisationId(), PROFESSIONALS, CARE_PROVIDER.organisationId(), CARE_PROVIDER));
    }

    private static List<String> reasons(SupporterCard s, OrganisationCard org, int open, CaseProfile c) {
        return Eligibility.reasons(s, org, open, c);
    }

    @Test
    void informalSupportIsProposedFirstForCasesWithoutComplexityFlags() {
        List<RankedSupporter> ranked = Ranking.rank(network(supporter("formal", PROFESSIONALS, SupportKind.FORMAL),
                supporter("informal", VOLUNTEERS, SupportKind.INFORMAL)), Map.of(), plainCase(), 10);

        assertThat(ranked).extracting(RankedSupporter::supporterId).containsExactly("informal", "formal");
        assertThat(ranked.get(0).explanation()).extracting(ScoreComponent::component).contains("SUPPORT_KIND",
                "LIFE_DOMAINS", "TARGET_GROUPS", "AREA", "LANGUAGE", "CAPACITY");
    }

    @Test
    void objectionDeadlineOrSafetyConcernNeedsAFormalSupporter() {
        assertThat(reasons(supporter("informal", VOLUNTEERS, SupportKind.INFORMAL), VOLUNTEERS, 0, objectionCase()))
                .contains("the case has an objection or complaint deadline or a safety concern and needs a formal supporter");
        assertThat(Ranking.rank(network(supporter("informal", VOLUNTEERS, SupportKind.INFORMAL)), Map.of(), objectionCase(), 5))
                .isEmpty();
    }

    @Test
    void residentsOwnChoiceComesFirst() {
        CaseProfile chosen = new CaseProfile("GM1525", null, Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of(), null, false, false, false, "formal", null, null, Set.of(), TODAY);
        List<RankedSupporter> ranked = Ranking.rank(network(supporter("formal", PROFESSIONALS, SupportKind.FORMAL),
                supporter("informal", VOLUNTEERS, SupportKind.INFORMAL)), Map.of(), chosen, 10);

        assertThat(ranked.get(0).supporterId()).isEqualTo("formal");
        assertThat(ranked.get(0).explanation()).anyMatch(p -> p.explanation().equals("the resident asked for this supporter"));
    }

    @Test
    void continuityWithThisResidentScores() {
        CaseProfile returning = new CaseProfile("GM1525", null, Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of(), null, false, false, false, null, null, null, Set.of("b"), TODAY);
        List<RankedSupporter> ranked = Ranking.rank(network(supporter("a", VOLUNTEERS, SupportKind.INFORMAL),
                supporter("b", VOLUNTEERS, SupportKind.INFORMAL)), Map.of(), returning, 10);

        assertThat(ranked.get(0).supporterId()).isEqualTo("b");
    }

    @Test
    void supporterLinkedToACareProviderOfTheResidentIsConflicted() {
        SupporterProfile p = profile(SupportKind.FORMAL);
        SupporterCard linked = new SupporterCard("s", "org-p", new SupporterProfile(p.kind(), p.lifeDomains(),
                p.targetGroups(), p.languages(), p.municipalities(), p.districts(), 10, Set.of("33333333"), Set.of(),
                p.registrationValidUntil(), null), Availability.ACTIVE, false, false);

        assertThat(reasons(linked, PROFESSIONALS, 0, objectionCase()))
                .contains("conflict of interest: linked to a care provider of this resident");
    }

    @Test
    void supporterOfAnOrganisationDeliveringCareToTheResidentIsConflicted() {
        assertThat(reasons(supporter("s", CARE_PROVIDER, SupportKind.FORMAL), CARE_PROVIDER, 0, objectionCase()))
                .contains("conflict of interest: linked to a care provider of this resident");
    }

    /** A formal supporter of the professionals in the access team of Teylingen. */
    private static SupporterCard inAccessTeam(String id) {
        SupporterProfile p = profile(SupportKind.FORMAL);
        return new SupporterCard(id, "org-p", new SupporterProfile(p.kind(), p.lifeDomains(),
                p.targetGroups(), p.languages(), p.municipalities(), p.districts(), 10, Set.of(), Set.of("GM1525"),
                p.registrationValidUntil(), null), Availability.ACTIVE, false, false);
    }

    @Test
    void supporterInTheAccessTeamOfTheDecidingMunicipalityIsConflicted() {
        SupporterCard inAccessTeam = inAccessTeam("s");

        assertThat(reasons(inAccessTeam, PROFESSIONALS, 0, objectionCase()))
                .containsExactly("conflict of interest: in the access team of GM1525, which decides on this resident");
    }

    @Test
    void formalSupporterWithLapsedRegistrationIsNotEligible() {
        SupporterCard lapsed = new SupporterCard("s", "org-p", profile(SupportKind.FORMAL), Availability.ACTIVE, true, false);
        assertThat(reasons(lapsed, PROFESSIONALS, 0, plainCase())).containsExactly("professional registration lapsed");
    }

    @Test
    void supporterAtCapacityIsNotEligible() {
        assertThat(reasons(supporter("s", VOLUNTEERS, SupportKind.INFORMAL), VOLUNTEERS, 10, plainCase()))
                .containsExactly("no free capacity (10 of 10 places taken)");
    }

    @Test
    void supporterOnLeaveIsNotEligibleDuringTheLeaveOnly() {
        SupporterCard onLeave = new SupporterCard("s", "org-v", profile(SupportKind.INFORMAL),
                new Availability("ON_LEAVE", TODAY, TODAY.plusDays(7)), false, false);
        SupporterCard laterLeave = new SupporterCard("s", "org-v", profile(SupportKind.INFORMAL),
                new Availability("ON_LEAVE", TODAY.plusDays(7), TODAY.plusDays(14)), false, false);

        assertThat(reasons(onLeave, VOLUNTEERS, 0, plainCase())).containsExactly("on leave until 2026-03-09");
        assertThat(reasons(laterLeave, VOLUNTEERS, 0, plainCase())).isEmpty();
    }

    @Test
    void supporterOfASuspendedOrganisationIsNotEligible() {
        OrganisationCard suspended = new OrganisationCard("org-v", "1", false, OrganisationStatus.SUSPENDED);
        assertThat(reasons(supporter("s", VOLUNTEERS, SupportKind.INFORMAL), suspended, 0, plainCase()))
                .containsExactly("the organisation is suspended");
    }

    @Test
    void untrainedInformalSupporterIsNotEligible() {
        SupporterProfile p = profile(SupportKind.INFORMAL);
        SupporterCard untrained = new SupporterCard("s", "org-v", new SupporterProfile(p.kind(), p.lifeDomains(),
                p.targetGroups(), p.languages(), p.municipalities(), p.districts(), 10, Set.of(), Set.of(), null, null),
                Availability.ACTIVE, false, false);
        assertThat(reasons(untrained, VOLUNTEERS, 0, plainCase())).containsExactly("the network's training is not completed");
    }

    @Test
    void unknownSupporterIsNeverEligible() {
        assertThat(Ranking.ineligibility(network(), Map.of(), plainCase(), "nobody")).containsExactly("not a supporter of this network");
    }

    // fit and the candidate list's exclusions

    private static SupporterCard serving(String id, OrganisationCard org, Set<String> municipalities, Set<String> domains,
                                         Set<String> groups) {
        SupporterProfile p = profile(SupportKind.FORMAL);
        return new SupporterCard(id, org.organisationId(), new SupporterProfile(p.kind(), domains, groups, p.languages(),
                municipalities, p.districts(), 10, Set.of(), Set.of(), p.registrationValidUntil(), null),
                Availability.ACTIVE, false, false);
    }

    private static CaseProfile choosing(String supporterId, String organisationId) {
        return new CaseProfile("GM1525", null, Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of(), null, false, false, false, supporterId, organisationId, null, Set.of(), TODAY);
    }

    @Test
    void supporterWhoDoesNotServeTheCasesMunicipalityIsNotACandidate() {
        SupporterCard elsewhere = serving("elsewhere", PROFESSIONALS, Set.of("GM0575"), Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"));

        CandidateList list = Ranking.candidates(network(elsewhere), Map.of(), plainCase(), 10);

        assertThat(list.candidates()).isEmpty();
        assertThat(list.excluded()).singleElement().satisfies(e -> assertThat(e.reasons())
                .containsExactly(new Exclusion(ExclusionReason.OUTSIDE_AREA, "does not serve GM1525")));
    }

    @Test
    void supporterCoveringNoneOfTheLifeDomainsOrNoneOfTheTargetGroupsIsNotACandidate() {
        SupporterCard otherDomains = serving("debts", PROFESSIONALS, Set.of("GM1525"), Set.of("MONEY_AND_DEBTS"), Set.of("OLDER_PEOPLE"));
        SupporterCard otherGroups = serving("youth", PROFESSIONALS, Set.of("GM1525"), Set.of("CARE_AND_SUPPORT"), Set.of("YOUNG_PEOPLE"));
        SupporterCard fits = serving("fits", PROFESSIONALS, Set.of("GM1525"), Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"));

        CandidateList list = Ranking.candidates(network(otherDomains, otherGroups, fits), Map.of(), plainCase(), 10);

        assertThat(list.candidates()).extracting(RankedSupporter::supporterId).containsExactly("fits");
        assertThat(list.excluded()).extracting(ExcludedSupporter::supporterId).containsExactly("debts", "youth");
        assertThat(list.excluded()).allSatisfy(e -> assertThat(e.reasons()).extracting(Exclusion::reason)
                .containsExactly(ExclusionReason.NO_MATCHING_DOMAIN_OR_TARGET_GROUP));
        assertThat(list.excluded().get(0).reasons().get(0).explanation()).isEqualTo("covers none of the life domains [CARE_AND_SUPPORT]");
        assertThat(list.excluded().get(1).reasons().get(0).explanation()).isEqualTo("covers none of the target groups [OLDER_PEOPLE]");
    }

    @Test
    void residentsOwnChoiceOverridesTheAreaWithTheReasonRecorded() {
        SupporterCard chosen = serving("chosen", PROFESSIONALS, Set.of("GM0575"), Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"));
        SupporterCard ofChosenOrganisation = serving("colleague", VOLUNTEERS, Set.of("GM0575"), Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"));
        NetworkSnapshot network = network(chosen, ofChosenOrganisation);

        assertThat(Ranking.candidates(network, Map.of(), choosing("chosen", null), 10).candidates())
                .singleElement().satisfies(r -> {
                    assertThat(r.supporterId()).isEqualTo("chosen");
                    assertThat(r.explanation()).contains(new ScoreComponent("AREA", 0,
                            "does not serve GM1525; a candidate because it is the resident's own choice"));
                });
        assertThat(Ranking.candidates(network, Map.of(), choosing(null, VOLUNTEERS.organisationId()), 10).candidates())
                .extracting(RankedSupporter::supporterId).containsExactly("colleague");
    }

    @Test
    void forAComplaintAgainstACareProviderOrganisationsThatDeliverNoCareRankFirst() {
        CaseProfile complaint = new CaseProfile("GM1525", null, Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of(), null, true, true, true, null, null, null, Set.of("care"), TODAY);
        SupporterCard ofCareProvider = supporter("care", CARE_PROVIDER, SupportKind.FORMAL);
        SupporterCard independent = supporter("independent", PROFESSIONALS, SupportKind.FORMAL);
        NetworkSnapshot network = network(ofCareProvider, independent);

        List<RankedSupporter> ranked = Ranking.rank(network, Map.of(), complaint, 10);

        assertThat(ranked.get(1).score()).as("continuity scores the care provider's supporter higher")
                .isGreaterThan(ranked.get(0).score());
        assertThat(ranked).extracting(RankedSupporter::supporterId).containsExactly("independent", "care");
        assertThat(ranked.get(0).explanation()).extracting(ScoreComponent::explanation)
                .contains("ranked above organisations that deliver care: the complaint is against a care provider");
        assertThat(ranked.get(1).explanation()).extracting(ScoreComponent::explanation)
                .contains("ranked below organisations that deliver no care: the complaint is against a care provider");
    }

    @Test
    void candidateListNamesEveryExcludedSupporterWithTheReason() {
        SupporterProfile p = profile(SupportKind.FORMAL);
        SupporterCard conflicted = inAccessTeam("conflicted");
        SupporterCard lapsed = new SupporterCard("lapsed", "org-p", p, Availability.ACTIVE, true, false);
        SupporterCard full = supporter("full", PROFESSIONALS, SupportKind.FORMAL);
        SupporterCard away = new SupporterCard("away", "org-p", p, new Availability("ON_LEAVE", TODAY, TODAY.plusDays(3)), false, false);
        SupporterCard suspended = supporter("suspended", new OrganisationCard("org-s", "44444444", false,
                OrganisationStatus.SUSPENDED), SupportKind.FORMAL);
        SupporterCard elsewhere = serving("elsewhere", PROFESSIONALS, Set.of("GM0575"), p.lifeDomains(), p.targetGroups());
        SupporterCard unfit = serving("unfit", PROFESSIONALS, Set.of("GM1525"), Set.of("MONEY_AND_DEBTS"), p.targetGroups());
        CaseProfile c = new CaseProfile("GM1525", null, Set.of("CARE_AND_SUPPORT"), Set.of("OLDER_PEOPLE"), "nl",
                Set.of(), "GM1525", false, false, false, null, null, null, Set.of(), TODAY);
        NetworkSnapshot network = new NetworkSnapshot(List.of(conflicted, lapsed, full, away, suspended, elsewhere, unfit),
                Map.of("org-p", PROFESSIONALS, "org-s", new OrganisationCard("org-s", "44444444", false, OrganisationStatus.SUSPENDED)));

        CandidateList list = Ranking.candidates(network, Map.of("full", 10), c, 10);

        assertThat(list.candidates()).isEmpty();
        Map<String, ExclusionReason> why = new HashMap<>();
        list.excluded().forEach(e -> why.put(e.supporterId(), e.reasons().get(0).reason()));
        assertThat(why).containsExactlyInAnyOrderEntriesOf(Map.of(
                "conflicted", ExclusionReason.CONFLICT_OF_INTEREST, "lapsed", ExclusionReason.REGISTRATION_LAPSED,
                "full", ExclusionReason.AT_CAPACITY, "away", ExclusionReason.ON_LEAVE,
                "suspended", ExclusionReason.ORGANISATION_SUSPENDED, "elsewhere", ExclusionReason.OUTSIDE_AREA,
                "unfit", ExclusionReason.NO_MATCHING_DOMAIN_OR_TARGET_GROUP));
    }

    /** Latency at this size is measured in the benchmark module; here only that the answer is right at scale. */
    @Test
    void ranksTenThousandSupportersBestFirstWithinTheLimit() {
        List<SupporterCard> supporters = new ArrayList<>();
        Map<String, Integer> open = new HashMap<>();
        SupportKind[] kinds = SupportKind.values();
        for (int i = 0; i < 10_000; i++) {
            OrganisationCard org = i % 2 == 0 ? VOLUNTEERS : PROFESSIONALS;
            supporters.add(supporter("s" + i, org, kinds[i % kinds.length]));
            open.put("s" + i, i % 12);
        }
        NetworkSnapshot network = network(supporters.toArray(SupporterCard[]::new));

        List<RankedSupporter> ranked = Ranking.rank(network, open, plainCase(), 20);

        assertThat(ranked).hasSize(20);
        assertThat(ranked).extracting(RankedSupporter::score)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
