package nl.samenspel.network.organisation;

import nl.samenspel.kit.axon.SnapshotConfiguration;
import nl.samenspel.network.NetworkConflictException;
import nl.samenspel.network.NetworkRuleException;
import nl.samenspel.network.region.Region;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A supporter organisation's membership of the network, from application to leaving. */
// Every case accepted or closed records the caseload here, so the stream grows for as long as the organisation works:
// snapshots keep loading it bounded. Raise the revision when the fields change (older snapshots are then ignored).
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.SNAPSHOTS)
@Revision("1")
class Organisation {

    private static final Pattern KVK = Pattern.compile("[0-9]{8}");

    @AggregateIdentifier
    private String organisationId;
    private OrganisationStatus status;
    private OrganisationProfile profile;
    private int openCases;

    Organisation() {
    }

    @CommandHandler
    Organisation(ApplyToJoinCommand command, Region region, Memberships memberships) {
        OrganisationProfile profile = command.profile();
        if (profile.name() == null || profile.name().isBlank()) {
            throw new NetworkRuleException("An organisation needs a name.");
        }
        if (profile.kvkNumber() == null || !KVK.matcher(profile.kvkNumber()).matches()) {
            throw new NetworkRuleException("KvK number '" + profile.kvkNumber()
                    + "' is invalid: a Chamber of Commerce number has exactly 8 digits.");
        }
        if (profile.municipalities().isEmpty()) {
            throw new NetworkRuleException("Name at least one municipality the organisation serves.");
        }
        region.requireMunicipalities(profile.municipalities());
        if (command.decidesOnAccess()) {
            throw new NetworkRuleException("An organisation that decides on access to provisions in these municipalities "
                    + "cannot offer independent client support; it cannot join the network.");
        }
        if (memberships.kvkNumberInUse(profile.kvkNumber())) {
            throw new NetworkConflictException("An organisation with KvK number " + profile.kvkNumber()
                    + " is already registered in the network.");
        }
        apply(new OrganisationAppliedEvent(command.organisationId(), profile));
    }

    @CommandHandler
    void handle(AdmitOrganisationCommand command) {
        require(EnumSet.of(OrganisationStatus.APPLIED), "admitted");
        apply(new OrganisationAdmittedEvent(organisationId, profile));
    }

    @CommandHandler
    void handle(RejectOrganisationCommand command) {
        require(EnumSet.of(OrganisationStatus.APPLIED), "rejected");
        apply(new OrganisationRejectedEvent(organisationId, command.reason()));
    }

    @CommandHandler
    void handle(SuspendOrganisationCommand command) {
        require(EnumSet.of(OrganisationStatus.ADMITTED), "suspended");
        apply(new OrganisationSuspendedEvent(organisationId, command.reason()));
    }

    @CommandHandler
    void handle(ReinstateOrganisationCommand command) {
        require(EnumSet.of(OrganisationStatus.SUSPENDED), "reinstated");
        apply(new OrganisationReinstatedEvent(organisationId));
    }

    @CommandHandler
    void handle(LeaveNetworkCommand command) {
        end(Departure.LEFT, command.reason());
    }

    @CommandHandler
    void handle(RemoveOrganisationCommand command) {
        end(Departure.REMOVED, command.reason());
    }

    @CommandHandler
    void handle(RecordOrganisationCaseloadCommand command) {
        if (command.openCases() != openCases) {
            apply(new OrganisationCaseloadRecordedEvent(organisationId, Math.max(0, command.openCases())));
        }
    }

    private void end(Departure departure, String reason) {
        require(EnumSet.of(OrganisationStatus.ADMITTED, OrganisationStatus.SUSPENDED),
                departure == Departure.LEFT ? "leave the network" : "removed");
        if (openCases > 0) {
            throw new NetworkRuleException("The organisation still holds " + openCases
                    + " open case(s); hand them over to another organisation first.");
        }
        apply(new OrganisationLeftEvent(organisationId, departure, reason));
    }

    private void require(EnumSet<OrganisationStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw new NetworkRuleException("Organisation " + organisationId + " is " + status
                    + "; only an organisation that is " + allowed + " can be " + what + ".");
        }
    }

    @EventSourcingHandler
    void on(OrganisationAppliedEvent event) {
        organisationId = event.organisationId();
        profile = event.profile();
        status = OrganisationStatus.APPLIED;
    }

    @EventSourcingHandler
    void on(OrganisationAdmittedEvent event) {
        status = OrganisationStatus.ADMITTED;
    }

    @EventSourcingHandler
    void on(OrganisationRejectedEvent event) {
        status = OrganisationStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(OrganisationSuspendedEvent event) {
        status = OrganisationStatus.SUSPENDED;
    }

    @EventSourcingHandler
    void on(OrganisationReinstatedEvent event) {
        status = OrganisationStatus.ADMITTED;
    }

    @EventSourcingHandler
    void on(OrganisationLeftEvent event) {
        status = OrganisationStatus.LEFT;
    }

    @EventSourcingHandler
    void on(OrganisationCaseloadRecordedEvent event) {
        openCases = event.openCases();
    }
}
