package nl.samenspel.console.web;

import nl.samenspel.console.api.NetworkApi;
import nl.samenspel.console.security.Person;
import nl.samenspel.events.EventType;
import nl.samenspel.events.IntegrationEvents;
import nl.samenspel.events.coordinator.CoordinatorEvents;
import nl.samenspel.events.signalling.SignallingEvents;
import nl.samenspel.console.api.Region;
import nl.samenspel.console.api.SignalCategory;
import nl.samenspel.console.api.SignallingApi;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The values the services' APIs accept, for the forms' choices. Pages show each through the message bundle
 * ({@code lifeDomain.HOUSING}, {@code outcome.RESOLVED}, ...), never as the raw value. What a deployment configures
 * (the region's municipalities, the signal categories) is read from the service that owns it.
 */
@Component("vocabulary")
public class Vocabulary {

    private final Kept<Region> region;
    private final Kept<List<SignalCategory>> categories;

    Vocabulary(NetworkApi network, SignallingApi signalling) {
        this.region = new Kept<>(network::region);
        this.categories = new Kept<>(signalling::signalCategories);
    }

    public List<String> lifeDomains() {
        return List.of("CARE_AND_SUPPORT", "HOUSING", "WORK_AND_INCOME", "MONEY_AND_DEBTS", "EDUCATION",
                "PARENTING_AND_YOUTH", "PARTICIPATION_AND_DAY_ACTIVITIES", "TRANSPORT", "LAWS_RULES_AND_OBJECTIONS");
    }

    public List<String> targetGroups() {
        return List.of("OLDER_PEOPLE", "YOUNG_PEOPLE", "MILD_INTELLECTUAL_DISABILITY", "MENTAL_HEALTH", "HOMELESS",
                "MIGRATION_BACKGROUND", "INFORMAL_CARERS", "PHYSICAL_OR_SENSORY_IMPAIRMENT", "MULTI_PROBLEM_FAMILIES");
    }

    /** The CBS codes of the region's municipalities ({@code GET /region} of the network-service). */
    public List<String> municipalities() {
        return region.get().municipalities().stream().map(Region.Municipality::code).toList();
    }

    /** A municipality's name as the region names it; a code outside the region as it is. */
    public String municipalityName(String code) {
        return region.get().municipalities().stream().filter(m -> m.code().equals(code)).map(Region.Municipality::name)
                .findFirst().orElse(code);
    }

    /** The signalling catalogue's categories ({@code GET /signal-categories}); the bundle names the known ones. */
    public List<SignalCategory> signalCategories() {
        return categories.get();
    }

    public List<String> supporterKinds() {
        return List.of("FORMAL", "INFORMAL", "EXPERIENCE_EXPERT");
    }

    /** A supporter's availability; leave has a first and a last day. */
    public List<String> availabilities() {
        return List.of("ACTIVE", "ON_LEAVE", "INACTIVE");
    }

    public List<String> phases() {
        return List.of("ORIENTATION", "ACCESS", "DURING_SUPPORT");
    }

    public List<String> urgencies() {
        return List.of("LOW", "NORMAL", "HIGH");
    }

    public List<String> complexityFlags() {
        return List.of("CONFLICT", "OBJECTION_DEADLINE", "COMPLAINT_DEADLINE", "MULTIPLE_PROBLEMS", "SAFETY_CONCERN");
    }

    public List<String> outcomes() {
        return List.of("RESOLVED", "REFERRED_TO_PROVISION", "HANDED_TO_WLZ", "WITHDRAWN", "UNREACHABLE");
    }

    public List<String> declineReasons() {
        return List.of("NO_CAPACITY", "NO_EXPERTISE", "CONFLICT_OF_INTEREST", "OTHER");
    }

    public List<String> handoverReasons() {
        return List.of("EXPERTISE", "CAPACITY", "MOVING", "RESIDENT_WISH", "ESCALATION", "DEESCALATION");
    }

    /** Putten's five statements on the resident's experience, each scored 1 to 5. */
    public List<String> experienceStatements() {
        return List.of("helpful", "canCarryOn", "ownChoices", "sameSupporterAgain", "wouldRecommend");
    }

    /**
     * The event types a party's webhook can narrow itself to: those of the party's own topic (an organisation's offers
     * and handovers, a municipality's collective signals and reports), as the published contract lists them.
     */
    public List<String> webhookTypes(Person person) {
        String topic = person.isMunicipality() ? SignallingEvents.MUNICIPALITY_TOPIC : CoordinatorEvents.HANDOVERS_TOPIC_PATTERN;
        return IntegrationEvents.ALL.stream().filter(type -> type.topic().equals(topic)).map(EventType::type).toList();
    }

    public List<String> queueSections() {
        return List.of("NEW", "OFFERS_AWAITING_ACCEPTANCE", "OVERDUE", "ESCALATIONS_WAITING_FOR_FORMAL", "HANDOVERS_PENDING");
    }

    /**
     * A value read from a service's configuration, kept for a few minutes rather than read on every page: it changes
     * only when the service is reconfigured. Read with the person's token, so only on a logged-in person's request.
     */
    private static final class Kept<T> {

        private static final long KEEP_NANOS = Duration.ofMinutes(5).toNanos();

        private final Supplier<T> read;
        private volatile T value;
        private volatile long readAt;

        Kept(Supplier<T> read) {
            this.read = read;
        }

        T get() {
            long now = System.nanoTime();
            T kept = value;
            if (kept == null || now - readAt > KEEP_NANOS) {
                kept = read.get();
                value = kept;
                readAt = now;
            }
            return kept;
        }
    }
}
