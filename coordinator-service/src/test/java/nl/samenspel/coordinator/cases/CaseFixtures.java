package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.calendar.HolidayCalendar;
import nl.samenspel.coordinator.matching.SupportKind;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Events and commands of a case, as the fixture tests read them. */
final class CaseFixtures {

    static final String CASE = "case-1";
    static final String PSEUDONYM = "R-7Q4K9X2M";
    static final String VOLUNTEERS = "org-volunteers";
    static final String PROFESSIONALS = "org-professionals";
    static final String INFORMAL = "sup-informal";
    static final String FORMAL = "sup-formal";
    /** A Monday morning, so working days are easy to count. */
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final CaseRules RULES = new CaseRules(Set.of("GM1525", "GM0553", "GM0534", "GM0575"), ZoneId.of("Europe/Amsterdam"), null,
            Map.of(Urgency.LOW, 5, Urgency.NORMAL, 3, Urgency.HIGH, 1), 3, Map.of("YOUNG_PEOPLE", 480),
            Duration.ofHours(6), 3, HolidayCalendar.NATIONAL);

    private CaseFixtures() {
    }

    static AggregateTestFixture<Case> fixture() {
        AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);
        fixture.registerInjectableResource(RULES);
        fixture.registerInjectableResource(new FixtureClock(fixture));
        return fixture;
    }

    static OpenCaseCommand open(String municipality, Set<ComplexityFlag> flags, LocalDate legalDeadline) {
        return new OpenCaseCommand(CASE, PSEUDONYM, municipality, "WK152500", List.of("CARE_AND_SUPPORT"),
                List.of("OLDER_PEOPLE"), Phase.ACCESS, "nl", Urgency.NORMAL, flags, legalDeadline, List.of(), null,
                Preferences.NONE, Actor.COORDINATOR);
    }

    static CaseOpenedEvent opened() {
        return opened(EnumSet.noneOf(ComplexityFlag.class));
    }

    static CaseOpenedEvent opened(Set<ComplexityFlag> flags) {
        return new CaseOpenedEvent(CASE, PSEUDONYM, "GM1525", "WK152500", List.of("CARE_AND_SUPPORT"),
                List.of("OLDER_PEOPLE"), Phase.ACCESS, "nl", Urgency.NORMAL, flags.isEmpty() ? EnumSet.noneOf(ComplexityFlag.class) : EnumSet.copyOf(flags),
                null, List.of(), null, Preferences.NONE, Role.COORDINATOR, null, T0);
    }

    static CaseDispatchedEvent dispatched(String organisation, String supporter, SupportKind kind) {
        return new CaseDispatchedEvent(CASE, CASE + "/offer-1", organisation, supporter, kind,
                Instant.parse("2026-03-05T09:00:00Z"), false, T0);
    }

    static CaseAcceptedEvent accepted(String organisation, String supporter, SupportKind kind) {
        return new CaseAcceptedEvent(CASE, CASE + "/offer-1", organisation, supporter, kind, T0);
    }

    static Object[] informalCase() {
        return new Object[]{opened(), dispatched(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL),
                accepted(VOLUNTEERS, INFORMAL, SupportKind.INFORMAL)};
    }

    static Object[] formalCase() {
        return new Object[]{opened(), dispatched(PROFESSIONALS, FORMAL, SupportKind.FORMAL),
                accepted(PROFESSIONALS, FORMAL, SupportKind.FORMAL)};
    }

    static HandoverRequestedEvent handoverRequested(HandoverReason reason, SealedText summary, boolean coSupport) {
        return new HandoverRequestedEvent(CASE, "h-1", VOLUNTEERS, INFORMAL, SupportKind.INFORMAL, PROFESSIONALS, null,
                reason, summary, coSupport, Instant.parse("2026-03-05T09:00:00Z"), T0);
    }

    static Actor volunteer() {
        return Actor.supporter(VOLUNTEERS, INFORMAL);
    }

    /** The fixture's own time, so deadline handlers and commands agree on "now". */
    private static final class FixtureClock extends Clock {
        private final AggregateTestFixture<Case> fixture;

        FixtureClock(AggregateTestFixture<Case> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
