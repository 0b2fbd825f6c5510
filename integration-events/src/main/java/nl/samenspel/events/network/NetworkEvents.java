package nl.samenspel.events.network;

import nl.samenspel.events.EventType;
import nl.samenspel.events.Topics;

import java.util.List;

/** Every fact the network-service publishes, with its CloudEvents type and topic. */
public final class NetworkEvents {

    /** Key: organisation id. */
    public static final EventType<OrganisationAdmitted> ORGANISATION_ADMITTED = new EventType<>(
            "nl.samenspel.network.organisation-admitted.v1", OrganisationAdmitted.class, Topics.NETWORK_ORGANISATIONS);
    /** Key: organisation id. */
    public static final EventType<OrganisationSuspended> ORGANISATION_SUSPENDED = new EventType<>(
            "nl.samenspel.network.organisation-suspended.v1", OrganisationSuspended.class, Topics.NETWORK_ORGANISATIONS);
    /** Key: organisation id. */
    public static final EventType<OrganisationReinstated> ORGANISATION_REINSTATED = new EventType<>(
            "nl.samenspel.network.organisation-reinstated.v1", OrganisationReinstated.class, Topics.NETWORK_ORGANISATIONS);
    /** Key: organisation id. */
    public static final EventType<OrganisationLeft> ORGANISATION_LEFT = new EventType<>(
            "nl.samenspel.network.organisation-left.v1", OrganisationLeft.class, Topics.NETWORK_ORGANISATIONS);

    /** Key: supporter id. */
    public static final EventType<SupporterRegistered> SUPPORTER_REGISTERED = new EventType<>(
            "nl.samenspel.network.supporter-registered.v1", SupporterRegistered.class, Topics.NETWORK_SUPPORTERS);
    /** Key: supporter id. */
    public static final EventType<SupporterProfileChanged> SUPPORTER_PROFILE_CHANGED = new EventType<>(
            "nl.samenspel.network.supporter-profile-changed.v1", SupporterProfileChanged.class, Topics.NETWORK_SUPPORTERS);
    /** Key: supporter id. */
    public static final EventType<SupporterAvailabilityChanged> SUPPORTER_AVAILABILITY_CHANGED = new EventType<>(
            "nl.samenspel.network.supporter-availability-changed.v1", SupporterAvailabilityChanged.class,
            Topics.NETWORK_SUPPORTERS);
    /** Key: supporter id. */
    public static final EventType<SupporterRegistrationLapsed> SUPPORTER_REGISTRATION_LAPSED = new EventType<>(
            "nl.samenspel.network.supporter-registration-lapsed.v1", SupporterRegistrationLapsed.class,
            Topics.NETWORK_SUPPORTERS);
    /** Key: supporter id. */
    public static final EventType<SupporterRegistrationRenewed> SUPPORTER_REGISTRATION_RENEWED = new EventType<>(
            "nl.samenspel.network.supporter-registration-renewed.v1", SupporterRegistrationRenewed.class,
            Topics.NETWORK_SUPPORTERS);
    /** Key: supporter id. */
    public static final EventType<SupporterDeactivated> SUPPORTER_DEACTIVATED = new EventType<>(
            "nl.samenspel.network.supporter-deactivated.v1", SupporterDeactivated.class, Topics.NETWORK_SUPPORTERS);

    /** Key: municipality code. */
    public static final EventType<CoverageGapOpened> COVERAGE_GAP_OPENED = new EventType<>(
            "nl.samenspel.network.coverage-gap-opened.v1", CoverageGapOpened.class, Topics.NETWORK_COVERAGE);
    /** Key: municipality code. */
    public static final EventType<CoverageGapClosed> COVERAGE_GAP_CLOSED = new EventType<>(
            "nl.samenspel.network.coverage-gap-closed.v1", CoverageGapClosed.class, Topics.NETWORK_COVERAGE);

    /** All of them, for registries and contract tests. */
    public static final List<EventType<?>> ALL = List.of(
            ORGANISATION_ADMITTED, ORGANISATION_SUSPENDED, ORGANISATION_REINSTATED, ORGANISATION_LEFT,
            SUPPORTER_REGISTERED, SUPPORTER_PROFILE_CHANGED, SUPPORTER_AVAILABILITY_CHANGED,
            SUPPORTER_REGISTRATION_LAPSED, SUPPORTER_REGISTRATION_RENEWED, SUPPORTER_DEACTIVATED,
            COVERAGE_GAP_OPENED, COVERAGE_GAP_CLOSED);

    private NetworkEvents() {
    }
}
