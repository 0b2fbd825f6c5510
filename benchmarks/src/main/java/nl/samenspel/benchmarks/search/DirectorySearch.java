package nl.samenspel.benchmarks.search;

import nl.samenspel.benchmarks.report.Latencies;
import nl.samenspel.benchmarks.workload.Api;
import nl.samenspel.benchmarks.workload.ApiResponse;

import java.util.List;
import java.util.Random;

/** The coordinator looking for a supporter: GET /supporters with the filters a real search uses. */
public final class DirectorySearch {

    private static final List<String> MUNICIPALITIES = List.of("GM1525", "GM0553", "GM0534", "GM0575");
    private static final List<String> LIFE_DOMAINS = List.of("CARE_AND_SUPPORT", "HOUSING", "WORK_AND_INCOME",
            "MONEY_AND_DEBTS", "PARENTING_AND_YOUTH", "LAWS_RULES_AND_OBJECTIONS");
    private static final List<String> TARGET_GROUPS = List.of("OLDER_PEOPLE", "YOUNG_PEOPLE", "MENTAL_HEALTH",
            "MIGRATION_BACKGROUND", "INFORMAL_CARERS", "MULTI_PROBLEM_FAMILIES");

    private DirectorySearch() {
    }

    /** {@code searches} searches one after the other, filters drawn from {@code seed}. */
    public static Latencies measure(Api api, int searches, long seed) {
        Random random = new Random(seed);
        Latencies latencies = new Latencies();
        for (int i = 0; i < searches; i++) {
            String query = "/supporters?municipality=" + pick(MUNICIPALITIES, random)
                    + "&lifeDomain=" + pick(LIFE_DOMAINS, random)
                    + "&targetGroup=" + pick(TARGET_GROUPS, random)
                    + (random.nextBoolean() ? "&availableNow=true" : "")
                    + "&size=20";
            ApiResponse response = api.get("network", query);
            if (!response.ok()) {
                throw new IllegalStateException(query + " answered " + response.status() + ": " + response.body());
            }
            latencies.record(response.nanos());
        }
        return latencies;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
