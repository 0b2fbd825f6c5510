package nl.samenspel.benchmarks.matching;

import nl.samenspel.benchmarks.report.Latencies;
import nl.samenspel.coordinator.matching.Availability;
import nl.samenspel.coordinator.matching.CaseProfile;
import nl.samenspel.coordinator.matching.NetworkSnapshot;
import nl.samenspel.coordinator.matching.OrganisationCard;
import nl.samenspel.coordinator.matching.OrganisationStatus;
import nl.samenspel.coordinator.matching.Ranking;
import nl.samenspel.coordinator.matching.SupportKind;
import nl.samenspel.coordinator.matching.SupporterCard;
import nl.samenspel.coordinator.matching.SupporterProfile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The coordinator's ranking function called in-process, as the coordinator calls it for every dispatch: a pure
 * function over an in-memory snapshot of the network, here with a synthetic network of the given size.
 */
public final class MatchingBenchmark {

    private static final List<String> MUNICIPALITIES = List.of("GM1525", "GM0553", "GM0534", "GM0575");
    private static final List<String> LIFE_DOMAINS = List.of("CARE_AND_SUPPORT", "HOUSING", "WORK_AND_INCOME",
            "MONEY_AND_DEBTS", "EDUCATION", "PARENTING_AND_YOUTH", "PARTICIPATION_AND_DAY_ACTIVITIES", "TRANSPORT",
            "LAWS_RULES_AND_OBJECTIONS");
    private static final List<String> TARGET_GROUPS = List.of("OLDER_PEOPLE", "YOUNG_PEOPLE",
            "MILD_INTELLECTUAL_DISABILITY", "MENTAL_HEALTH", "HOMELESS", "MIGRATION_BACKGROUND", "INFORMAL_CARERS",
            "PHYSICAL_OR_SENSORY_IMPAIRMENT", "MULTI_PROBLEM_FAMILIES");
    private static final List<String> OTHER_LANGUAGES = List.of("en", "pl", "tr", "ar", "de");

    private final NetworkSnapshot network;
    private final Map<String, Integer> openCases = new HashMap<>();
    private final Random random;
    private final LocalDate today = LocalDate.now();

    public MatchingBenchmark(int supporters, long seed) {
        random = new Random(seed);
        Map<String, OrganisationCard> organisations = new LinkedHashMap<>();
        for (int o = 0; o < Math.max(1, supporters / 5); o++) {
            String id = "organisation-" + o;
            organisations.put(id, new OrganisationCard(id, String.valueOf(80_000_000 + o), o % 4 == 0,
                    o % 50 == 0 ? OrganisationStatus.SUSPENDED : OrganisationStatus.ADMITTED));
        }
        List<SupporterCard> cards = new ArrayList<>();
        SupportKind[] kinds = SupportKind.values();
        for (int s = 0; s < supporters; s++) {
            SupportKind kind = kinds[s % kinds.length];
            String id = "supporter-" + s;
            SupporterProfile profile = new SupporterProfile(kind, some(LIFE_DOMAINS, 3), some(TARGET_GROUPS, 2),
                    Set.of("nl", OTHER_LANGUAGES.get(random.nextInt(OTHER_LANGUAGES.size()))), some(MUNICIPALITIES, 2), Set.of(),
                    4 + random.nextInt(9), Set.of(), Set.of(),
                    kind == SupportKind.FORMAL ? today.plusDays(random.nextInt(700) - 30) : null,
                    kind == SupportKind.FORMAL ? null : today.minusMonths(3));
            Availability availability = s % 20 == 0
                    ? new Availability("ON_LEAVE", today.minusDays(3), today.plusDays(10)) : Availability.ACTIVE;
            cards.add(new SupporterCard(id, "organisation-" + (s % organisations.size()), profile, availability,
                    false, s % 100 == 0));
            openCases.put(id, random.nextInt(8));
        }
        network = new NetworkSnapshot(cards, organisations);
    }

    /** {@code calls} rankings of random cases (top 10), after as many unmeasured ones to warm up the JIT. */
    public Latencies measure(int calls) {
        for (int i = 0; i < calls; i++) {
            Ranking.rank(network, openCases, randomCase(), 10);
        }
        Latencies latencies = new Latencies();
        for (int i = 0; i < calls; i++) {
            CaseProfile c = randomCase();
            long start = System.nanoTime();
            Ranking.rank(network, openCases, c, 10);
            latencies.record(System.nanoTime() - start);
        }
        return latencies;
    }

    private CaseProfile randomCase() {
        return new CaseProfile(pick(MUNICIPALITIES), null, Set.of(pick(LIFE_DOMAINS)), Set.of(pick(TARGET_GROUPS)), "nl",
                random.nextInt(5) == 0 ? Set.of(String.valueOf(80_000_000 + random.nextInt(100))) : Set.of(), null,
                random.nextInt(10) == 0, random.nextInt(5) == 0, random.nextInt(20) == 0, null, null, null, Set.of(), today);
    }

    private Set<String> some(List<String> values, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(pick(values));
        }
        return Set.copyOf(picked);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
