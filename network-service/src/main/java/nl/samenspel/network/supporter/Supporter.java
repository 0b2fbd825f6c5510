package nl.samenspel.network.supporter;

import nl.samenspel.kit.axon.SnapshotConfiguration;
import nl.samenspel.network.NetworkConflictException;
import nl.samenspel.network.NetworkRuleException;
import nl.samenspel.network.organisation.Membership;
import nl.samenspel.network.organisation.Memberships;
import nl.samenspel.network.organisation.OrganisationStatus;
import nl.samenspel.network.region.Region;
import nl.samenspel.network.vocabulary.AvailabilityStatus;
import nl.samenspel.network.vocabulary.SupporterKind;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A supporter on the social map: what they offer, whether they can take cases, and their registration. */
// Every case accepted or closed records the caseload here, so the stream grows for as long as the supporter works:
// snapshots keep loading it bounded. Raise the revision when the fields change (older snapshots are then ignored).
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.SNAPSHOTS)
@Revision("1")
class Supporter {

    static final String REGISTRATION_LAPSE = "registration-lapse";

    @AggregateIdentifier
    private String supporterId;
    private String organisationId;
    private SupporterKind kind;
    private ProfessionalRegistration registration;
    private boolean lapsed;
    private boolean deactivated;
    private int openCases;

    Supporter() {
    }

    @CommandHandler
    Supporter(RegisterSupporterCommand command, Region region, Memberships memberships, RegisterNumbers registerNumbers,
              Clock clock, DeadlineManager deadlines) {
        Membership organisation = memberships.find(command.organisationId())
                .filter(m -> m.status() == OrganisationStatus.ADMITTED)
                .orElseThrow(() -> new NetworkRuleException("Organisation " + command.organisationId()
                        + " is not an admitted member of the network; supporters can only be registered under an "
                        + "admitted organisation."));
        if (command.kind() == null) {
            throw new NetworkRuleException("Say which kind of supporter this is: FORMAL, INFORMAL or EXPERIENCE_EXPERT.");
        }
        LocalDate today = LocalDate.now(clock);
        if (command.kind() == SupporterKind.FORMAL && command.registration() == null) {
            throw new NetworkRuleException("A formal supporter needs a professional registration (register number and "
                    + "expiry date).");
        }
        requireValid(command.registration(), today);
        requireUnique(command.registration(), command.supporterId(), registerNumbers);
        requireValid(command.kind(), command.profile(), organisation, region, today);
        apply(new SupporterRegisteredEvent(command.supporterId(), command.organisationId(), command.displayName(),
                command.kind(), command.profile(), command.registration(), AvailabilityStatus.ACTIVE));
        // Events applied in a constructor reach the event sourcing handlers only after it returns.
        scheduleLapse(command.registration(), deadlines, clock);
    }

    @CommandHandler
    void handle(ChangeSupporterProfileCommand command, Region region, Memberships memberships, Clock clock) {
        requireActive();
        Membership organisation = memberships.find(organisationId).orElseThrow(
                () -> new IllegalStateException("No membership for organisation " + organisationId));
        requireValid(kind, command.profile(), organisation, region, LocalDate.now(clock));
        apply(new SupporterProfileChangedEvent(supporterId, organisationId, kind, command.profile(), registration));
    }

    @CommandHandler
    void handle(ChangeAvailabilityCommand command) {
        requireActive();
        if (command.status() == null) {
            throw new NetworkRuleException("Say the new availability: ACTIVE, ON_LEAVE or INACTIVE.");
        }
        boolean leave = command.status() == AvailabilityStatus.ON_LEAVE;
        if (leave && (command.leaveFrom() == null || command.leaveUntil() == null)) {
            throw new NetworkRuleException("Leave needs a first day (leaveFrom) and a last day (leaveUntil).");
        }
        if (leave && command.leaveUntil().isBefore(command.leaveFrom())) {
            throw new NetworkRuleException("Leave cannot end before it starts: its last day (leaveUntil) is "
                    + command.leaveUntil() + ", its first day (leaveFrom) " + command.leaveFrom() + ".");
        }
        apply(new SupporterAvailabilityChangedEvent(supporterId, organisationId, command.status(),
                leave ? command.leaveFrom() : null, leave ? command.leaveUntil() : null));
    }

    @CommandHandler
    void handle(RenewRegistrationCommand command, RegisterNumbers registerNumbers, Clock clock, DeadlineManager deadlines) {
        requireActive();
        if (command.registration() == null) {
            throw new NetworkRuleException("Give the renewed registration's register number and expiry date.");
        }
        requireValid(command.registration(), LocalDate.now(clock));
        requireUnique(command.registration(), supporterId, registerNumbers);
        deadlines.cancelAllWithinScope(REGISTRATION_LAPSE);
        apply(new SupporterRegistrationRenewedEvent(supporterId, organisationId, command.registration()));
        scheduleLapse(command.registration(), deadlines, clock);
    }

    @CommandHandler
    void handle(DeactivateSupporterCommand command, DeadlineManager deadlines) {
        requireActive();
        if (openCases > 0) {
            throw new NetworkRuleException("The supporter still has " + openCases
                    + " open case(s); hand them over to another supporter before deactivating.");
        }
        deadlines.cancelAllWithinScope(REGISTRATION_LAPSE);
        apply(new SupporterDeactivatedEvent(supporterId, organisationId));
    }

    @CommandHandler
    void handle(RecordSupporterCaseloadCommand command) {
        int count = Math.max(0, command.openCases());
        if (count != openCases) {
            apply(new SupporterCaseloadRecordedEvent(supporterId, organisationId, count));
        }
    }

    /** A lapse is a fact at a moment, not the outcome of a nightly scan; a stale deadline (renewed since) does nothing. */
    @DeadlineHandler(deadlineName = REGISTRATION_LAPSE)
    void onRegistrationExpired(LocalDate validUntil) {
        if (!deactivated && !lapsed && registration != null && registration.validUntil().equals(validUntil)) {
            apply(new SupporterRegistrationLapsedEvent(supporterId, organisationId, validUntil));
        }
    }

    private static void scheduleLapse(ProfessionalRegistration registration, DeadlineManager deadlines, Clock clock) {
        if (registration != null) {
            deadlines.schedule(registration.validUntil().plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                    REGISTRATION_LAPSE, registration.validUntil());
        }
    }

    private void requireActive() {
        if (deactivated) {
            throw new NetworkRuleException("Supporter " + supporterId + " is deactivated; register them again instead.");
        }
    }

    private static void requireValid(ProfessionalRegistration registration, LocalDate today) {
        if (registration == null) {
            return;
        }
        if (registration.registerNumber() == null || registration.registerNumber().isBlank()
                || registration.validUntil() == null) {
            throw new NetworkRuleException("A professional registration needs a register number and an expiry date.");
        }
        if (registration.validUntil().isBefore(today)) {
            throw new NetworkRuleException("The professional registration expired on " + registration.validUntil()
                    + "; renew it with the register first.");
        }
    }

    private static void requireUnique(ProfessionalRegistration registration, String supporterId,
                                      RegisterNumbers registerNumbers) {
        if (registration == null) {
            return;
        }
        registerNumbers.holder(registration.registerNumber()).filter(holder -> !holder.equals(supporterId))
                .ifPresent(holder -> {
                    throw new NetworkConflictException("Register number " + registration.registerNumber()
                            + " is already registered for supporter " + holder + "; a person is registered only once.");
                });
    }

    private static void requireValid(SupporterKind kind, SupporterProfile profile, Membership organisation,
                                     Region region, LocalDate today) {
        if (profile == null || profile.lifeDomains().isEmpty() || profile.targetGroups().isEmpty()
                || profile.languages().isEmpty() || profile.municipalities().isEmpty()) {
            throw new NetworkRuleException("A supporter's profile names at least one life domain, target group, "
                    + "language and municipality.");
        }
        if (profile.capacity() < 0) {
            throw new NetworkRuleException("Capacity is the most cases a supporter holds open at once; it cannot be "
                    + "below zero (was " + profile.capacity() + ").");
        }
        region.requireMunicipalities(profile.municipalities());
        var notServed = profile.municipalities().stream().filter(m -> !organisation.municipalities().contains(m)).toList();
        if (!notServed.isEmpty()) {
            throw new NetworkRuleException("The organisation does not serve " + notServed + "; it serves "
                    + organisation.municipalities() + ".");
        }
        region.requireDistricts(profile.districts(), profile.municipalities());
        if (kind == SupporterKind.INFORMAL && profile.trainingCompletedOn() == null) {
            throw new NetworkRuleException("An informal supporter needs the date the network's training was completed.");
        }
        if (profile.trainingCompletedOn() != null && profile.trainingCompletedOn().isAfter(today)) {
            throw new NetworkRuleException("The training completion date " + profile.trainingCompletedOn()
                    + " lies in the future.");
        }
    }

    @EventSourcingHandler
    void on(SupporterRegisteredEvent event) {
        supporterId = event.supporterId();
        organisationId = event.organisationId();
        kind = event.kind();
        registration = event.registration();
    }

    @EventSourcingHandler
    void on(SupporterRegistrationRenewedEvent event) {
        registration = event.registration();
        lapsed = false;
    }

    @EventSourcingHandler
    void on(SupporterRegistrationLapsedEvent event) {
        lapsed = true;
    }

    @EventSourcingHandler
    void on(SupporterDeactivatedEvent event) {
        deactivated = true;
    }

    @EventSourcingHandler
    void on(SupporterCaseloadRecordedEvent event) {
        openCases = event.openCases();
    }
}
