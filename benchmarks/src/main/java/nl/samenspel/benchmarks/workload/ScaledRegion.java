package nl.samenspel.benchmarks.workload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The demo region (Duin- en Bollenstreek: four municipalities, 8 organisations, 42 supporters) scaled up N times,
 * created through the network-service's REST API. All organisations and people are fictional.
 */
public final class ScaledRegion {

    static final List<String> MUNICIPALITIES = List.of("GM1525", "GM0553", "GM0534", "GM0575");
    static final List<String> LIFE_DOMAINS = List.of("CARE_AND_SUPPORT", "HOUSING", "WORK_AND_INCOME", "MONEY_AND_DEBTS",
            "EDUCATION", "PARENTING_AND_YOUTH", "PARTICIPATION_AND_DAY_ACTIVITIES", "TRANSPORT", "LAWS_RULES_AND_OBJECTIONS");
    static final List<String> TARGET_GROUPS = List.of("OLDER_PEOPLE", "YOUNG_PEOPLE", "MILD_INTELLECTUAL_DISABILITY",
            "MENTAL_HEALTH", "HOMELESS", "MIGRATION_BACKGROUND", "INFORMAL_CARERS", "PHYSICAL_OR_SENSORY_IMPAIRMENT",
            "MULTI_PROBLEM_FAMILIES");
    private static final List<String> ORGANISATION_KINDS = List.of("PROFESSIONAL", "MIXED", "VOLUNTEER", "EXPERIENCE_EXPERT");
    private static final List<String> LANGUAGES = List.of("en", "pl", "tr", "ar", "de", "ti");
    private static final int ORGANISATIONS_PER_REGION = 8;
    private static final int SUPPORTERS_PER_REGION = 42;

    private final List<RegionOrganisation> organisations = new CopyOnWriteArrayList<>();
    private final List<List<SupporterSeat>> seatsByWorker = new ArrayList<>();
    private final AtomicInteger nextOrganisation = new AtomicInteger();
    private final AtomicInteger nextSupporter = new AtomicInteger();
    private final LocalDate today = LocalDate.now();

    private ScaledRegion(int workers) {
        for (int w = 0; w < workers; w++) {
            seatsByWorker.add(new ArrayList<>());
        }
    }

    /** Creates {@code scale} times the demo region's organisations and supporters, {@code workers} requests at a time. */
    public static ScaledRegion seed(Api api, int scale, int workers) {
        ScaledRegion region = new ScaledRegion(workers);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> admitted = new ArrayList<>();
            for (int i = 0; i < scale * ORGANISATIONS_PER_REGION; i++) {
                admitted.add(pool.submit(() -> region.admitOrganisation(api)));
            }
            waitFor(admitted);
            List<Future<?>> registered = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                registered.add(pool.submit(() -> {
                    for (int i = worker; i < scale * SUPPORTERS_PER_REGION; i += workers) {
                        region.registerSupporter(api, region.organisations.get(i % region.organisations.size()), worker);
                    }
                }));
            }
            waitFor(registered);
            region.sendSomeOnLeave(api);
        } finally {
            pool.shutdownNow();
        }
        return region;
    }

    public int supporters() {
        return seatsByWorker.stream().mapToInt(List::size).sum();
    }

    public int organisations() {
        return organisations.size();
    }

    List<SupporterSeat> seatsOf(int worker) {
        return seatsByWorker.get(worker);
    }

    List<RegionOrganisation> admittedOrganisations() {
        return organisations;
    }

    /** Applying to join; the admission follows with the id from the answer. */
    Command apply() {
        int n = nextOrganisation.getAndIncrement();
        String kind = ORGANISATION_KINDS.get(n % ORGANISATION_KINDS.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Benchmarkorganisatie " + (n + 1) + " (fictional)");
        body.put("kvkNumber", String.valueOf(80_000_000 + n));
        body.put("kind", kind);
        body.put("municipalities", MUNICIPALITIES);
        body.put("contactPoint", "netwerk@benchmark.example");
        body.put("decidesOnAccess", false);
        body.put("careDelivered", List.of());
        body.put("covenantSignedOn", today.minusMonths(6));
        return new Command("apply to join", "network", "POST", "/organisations", body, false);
    }

    static Command admit(String organisationId) {
        return new Command("admit organisation", "network", "POST", "/organisations/" + organisationId + "/admission",
                null, true);
    }

    void admitted(String organisationId, String kind) {
        organisations.add(new RegionOrganisation(organisationId, kind));
    }

    /** Registering a new supporter under {@code organisation}; the kind follows the organisation's kind. */
    Command register(RegionOrganisation organisation, SupporterSeat seat) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", organisation.id());
        body.put("displayName", "Benchmarkondersteuner " + (seat.index + 1));
        body.put("kind", seat.kind);
        body.put("profile", profile(seat));
        if (seat.kind.equals("FORMAL")) {
            body.put("registration", Map.of("registerNumber", "BENCH-" + seat.index, "validUntil", today.plusYears(1)));
        }
        return new Command("register supporter", "network", "POST", "/supporters", body, true);
    }

    SupporterSeat newSeat(RegionOrganisation organisation) {
        int index = nextSupporter.getAndIncrement();
        String kind = switch (organisation.kind()) {
            case "PROFESSIONAL" -> "FORMAL";
            case "VOLUNTEER" -> "INFORMAL";
            case "EXPERIENCE_EXPERT" -> "EXPERIENCE_EXPERT";
            default -> index % 2 == 0 ? "FORMAL" : "INFORMAL";
        };
        return new SupporterSeat(null, organisation.id(), kind, index);
    }

    /** What the supporter offers; {@code profileVariant} rotates domains and groups on every profile change. */
    Map<String, Object> profile(SupporterSeat seat) {
        int i = seat.index + seat.profileVariant;
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("lifeDomains", rotate(LIFE_DOMAINS, i, 3));
        profile.put("targetGroups", rotate(TARGET_GROUPS, i * 7, 2));
        profile.put("languages", List.of("nl", LANGUAGES.get(i % LANGUAGES.size())));
        profile.put("municipalities", rotate(MUNICIPALITIES, seat.index, 2));
        profile.put("districts", List.of());
        profile.put("capacity", 4 + (i % 3) * 4);
        profile.put("careProvidersLinked", List.of());
        profile.put("accessTeams", List.of());
        profile.put("trainingCompletedOn", seat.kind.equals("FORMAL") ? null : today.minusMonths(3));
        return profile;
    }

    LocalDate today() {
        return today;
    }

    private void admitOrganisation(Api api) {
        Command apply = apply();
        @SuppressWarnings("unchecked")
        String kind = (String) ((Map<String, Object>) apply.body()).get("kind");
        String id = api.require("network", apply.method(), apply.path(), apply.body()).json().path("organisationId").asText();
        api.require("network", "POST", admit(id).path(), null);
        api.signIn(Actor.organisation(id));
        admitted(id, kind);
    }

    /** One supporter in ten is on leave next month, as in any real network (and the replay copies real changes). */
    private void sendSomeOnLeave(Api api) {
        for (List<SupporterSeat> seats : seatsByWorker) {
            for (int i = 0; i < seats.size(); i += 10) {
                SupporterSeat seat = seats.get(i);
                api.require("network", "PUT", "/supporters/" + seat.id + "/availability", Map.of("status", "ON_LEAVE",
                        "leaveFrom", today.plusDays(30), "leaveUntil", today.plusDays(44)));
                seat.onLeave = true;
            }
        }
    }

    private void registerSupporter(Api api, RegionOrganisation organisation, int worker) {
        SupporterSeat draft = newSeat(organisation);
        Command register = register(organisation, draft);
        String id = api.require("network", register.method(), register.path(), register.body()).json().path("supporterId").asText();
        api.signIn(Actor.supporter(organisation.id(), id));
        seatsByWorker.get(worker).add(new SupporterSeat(id, organisation.id(), draft.kind, draft.index));
    }

    private static <T> List<T> rotate(List<T> values, int offset, int count) {
        List<T> picked = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            picked.add(values.get(Math.floorMod(offset + k, values.size())));
        }
        return picked.stream().distinct().toList();
    }

    private static void waitFor(List<Future<?>> futures) {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException("Seeding the region failed", e);
            }
        }
    }

}
