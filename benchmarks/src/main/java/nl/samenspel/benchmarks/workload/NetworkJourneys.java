package nl.samenspel.benchmarks.workload;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The network's share of the workload, for one worker: supporters going on leave and coming back, changing
 * their profile, new supporters registering and, now and then, an organisation joining.
 */
final class NetworkJourneys {

    private final ScaledRegion region;
    private final List<SupporterSeat> seats;
    private final Random random;

    NetworkJourneys(ScaledRegion region, int worker, Random random) {
        this.region = region;
        this.seats = region.seatsOf(worker);
        this.random = random;
    }

    Journey next() {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return availability(seats.get(random.nextInt(seats.size())));
        }
        if (roll < 75) {
            return profile(seats.get(random.nextInt(seats.size())));
        }
        if (roll < 95) {
            return registration();
        }
        return admission();
    }

    private Journey availability(SupporterSeat seat) {
        Map<String, Object> body = seat.onLeave ? Map.of("status", "ACTIVE")
                : Map.of("status", "ON_LEAVE", "leaveFrom", region.today().plusDays(30), "leaveUntil", region.today().plusDays(44));
        Command change = new Command("change availability", "network", "PUT", "/supporters/" + seat.id + "/availability",
                body, true);
        return Journeys.single(change, answer -> seat.onLeave = !seat.onLeave);
    }

    private Journey profile(SupporterSeat seat) {
        seat.profileVariant++;
        return Journeys.single(new Command("change supporter profile", "network", "PUT",
                "/supporters/" + seat.id + "/profile", region.profile(seat), true), answer -> { });
    }

    private Journey registration() {
        List<RegionOrganisation> organisations = region.admittedOrganisations();
        RegionOrganisation organisation = organisations.get(random.nextInt(organisations.size()));
        SupporterSeat draft = region.newSeat(organisation);
        return Journeys.single(region.register(organisation, draft), answer -> seats.add(
                new SupporterSeat(answer.json().path("supporterId").asText(), organisation.id(), draft.kind, draft.index)));
    }

    private Journey admission() {
        Command apply = region.apply();
        @SuppressWarnings("unchecked")
        String kind = (String) ((Map<String, Object>) apply.body()).get("kind");
        return new Journey() {
            private int step;
            private String organisationId;

            @Override
            public Command next(ApiResponse previous) {
                step++;
                if (step == 1) {
                    return apply;
                }
                if (step == 2 && previous.ok()) {
                    organisationId = previous.json().path("organisationId").asText();
                    return ScaledRegion.admit(organisationId);
                }
                if (step == 3 && previous.ok()) {
                    region.admitted(organisationId, kind);
                }
                return null;
            }
        };
    }
}
