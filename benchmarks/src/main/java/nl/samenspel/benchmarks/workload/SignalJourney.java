package nl.samenspel.benchmarks.workload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A supporter filing a signal (signalering) about a bottleneck they see; enough alike ones become collective. */
final class SignalJourney {

    private static final List<String> CATEGORIES = List.of("ACCESS_AND_PROCEDURES", "WAITING_TIMES",
            "TREATMENT_AND_COMMUNICATION", "MISSING_PROVISION", "RULES_AND_POLICY", "COOPERATION_BETWEEN_ORGANISATIONS");

    private SignalJourney() {
    }

    /** A signal by one of {@code supporters} (a worker's own), for their organisation. */
    static Journey file(List<SupporterSeat> supporters, Random random) {
        SupporterSeat supporter = supporters.get(random.nextInt(supporters.size()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", supporter.organisationId);
        body.put("municipalityCode", pick(ScaledRegion.MUNICIPALITIES, random));
        body.put("categoryCode", pick(CATEGORIES, random));
        body.put("lifeDomain", pick(ScaledRegion.LIFE_DOMAINS, random));
        body.put("targetGroup", pick(ScaledRegion.TARGET_GROUPS, random));
        body.put("description", "Bewoners wachten lang op het keukentafelgesprek; de wachttijd loopt op.");
        body.put("residentsConcerned", 1 + random.nextInt(5));
        return Journeys.single(new Command("file signal", "signalling", "POST", "/signals", body, false,
                Actor.supporter(supporter.organisationId, supporter.id)), answer -> { });
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
