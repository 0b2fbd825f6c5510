package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.matching.SupportKind;
import nl.samenspel.coordinator.matching.SupporterNotEligibleException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A resident's case: dispatch, acceptance, handovers, escalation and closing. Every command is checked against
 * {@link CaseTransitions#ALLOWED} first, then against the case's own rules. A case is never without an owner:
 * until someone accepts, the coordinator or the previous owner stays responsible.
 */
@Aggregate(cache = CaseCaching.NAME)
class Case {

    private static final Set<Role> OPENERS = EnumSet.of(Role.COORDINATOR, Role.ORGANISATION);

    @AggregateIdentifier
    private String caseReference;
    private CaseState state;
    private List<String> targetGroups;
    private Urgency urgency;
    private final Set<ComplexityFlag> flags = EnumSet.noneOf(ComplexityFlag.class);
    private final Set<String> consents = new HashSet<>();
    private Instant openedAt;
    private int offers;
    private String offerId;
    private String offeredOrganisationId;
    private String offeredSupporterId;
    private Instant offerDeadline;
    private String ownerOrganisationId;
    private String ownerSupporterId;
    private SupportKind ownerKind;
    private String coSupporterId;
    private String handoverId;
    private Instant handoverDeadline;
    private SealedText pendingSummary;
    private boolean pendingCoSupport;
    private String handoverToOrganisationId;
    private HandoverReason handoverReason;
    private boolean awaitingFormal;
    private int totalMinutes;
    private Instant lastProgressAt;
    private String lastOrganisationId;
    private String lastSupporterId;
    private SupportKind lastKind;
    private boolean experienceRecorded;

    Case() {
    }

    @CommandHandler
    Case(OpenCaseCommand command, CaseRules rules, Clock clock) {
        if (!OPENERS.contains(command.actor().role())) {
            throw new NotAllowedToActException("Only the coordinator or a member organisation may open a case.");
        }
        if (!rules.region().contains(command.municipalityCode())) {
            throw new CaseRuleException("Municipality " + command.municipalityCode() + " is outside this network's region "
                    + rules.region().stream().sorted().toList() + "; refer the resident to their own municipality's network.");
        }
        Set<ComplexityFlag> opening = command.complexityFlags() == null ? Set.of() : command.complexityFlags();
        if (opening.stream().anyMatch(ComplexityFlag::hasDeadline) && command.legalDeadline() == null) {
            throw new CaseRuleException("An objection or complaint needs its legal deadline date.");
        }
        apply(new CaseOpenedEvent(command.caseReference(), command.residentPseudonym(), command.municipalityCode(),
                command.districtCode(), command.lifeDomains(), command.targetGroups(), command.phase(), command.language(),
                command.urgency(), EnumSet.copyOf(opening.isEmpty() ? EnumSet.noneOf(ComplexityFlag.class) : opening),
                command.legalDeadline(), command.careProviders() == null ? List.of() : command.careProviders(),
                command.accessDecisionPendingIn(),
                command.preferences() == null ? Preferences.NONE : command.preferences(), command.actor().role(),
                command.actor().role() == Role.ORGANISATION ? command.actor().organisationId() : null, clock.instant()));
    }

    @CommandHandler
    void handle(DispatchCaseCommand command, CaseRules rules, Clock clock, DeadlineManager deadlines) {
        allow(CaseAction.DISPATCH, command.actor());
        requireFitting(command.supporterId(), command.supportKind());
        offer(command.organisationId(), command.supporterId(), command.supportKind(), false, rules, clock, deadlines);
    }

    @CommandHandler
    void handle(AcceptCaseCommand command, CaseRules rules, Clock clock, DeadlineManager deadlines) {
        allow(CaseAction.ACCEPT, command.actor());
        requireSupporter(command.supporterId(), command.supportKind());
        requireFitting(command.supporterId(), command.supportKind());
        Instant now = clock.instant();
        apply(new CaseAcceptedEvent(caseReference, offerId, offeredOrganisationId, command.supporterId(),
                command.supportKind(), now));
        scheduleProgressCheck(now, rules, deadlines);
        // A flag set when the case was opened counts as if it was raised now, on the informal supporter's case.
        flags.stream().findFirst().ifPresent(flag -> escalateIfInformal(EscalationTrigger.COMPLEXITY_FLAG, flag, now));
    }

    @CommandHandler
    void handle(WithdrawOfferCommand command, Clock clock, DeadlineManager deadlines) {
        allow(CaseAction.WITHDRAW_OFFER, command.actor());
        if (command.reason() == null) {
            throw new CaseRuleException("Withdrawing an offer needs its reason.");
        }
        deadlines.cancelAllWithinScope(OfferDeadline.NAME);
        apply(new OfferWithdrawnEvent(caseReference, offerId, offeredOrganisationId, offeredSupporterId, command.reason(),
                clock.instant()));
    }

    @CommandHandler
    void handle(DeclineCaseCommand command, Clock clock) {
        allow(CaseAction.DECLINE, command.actor());
        apply(new OfferDeclinedEvent(caseReference, offerId, offeredOrganisationId,
                Objects.requireNonNullElse(command.reason(), DeclineReason.OTHER), clock.instant()));
    }

    @DeadlineHandler(deadlineName = OfferDeadline.NAME)
    void on(OfferDeadline deadline, Clock clock) {
        if (state != CaseState.OFFERED || !deadline.offerId().equals(offerId)) {
            return;
        }
        allow(CaseAction.EXPIRE_OFFER, Actor.SYSTEM);
        apply(new OfferExpiredEvent(caseReference, offerId, offeredOrganisationId, offerDeadline, clock.instant()));
    }

    @CommandHandler
    void handle(LogHoursCommand command, CaseRules rules, Clock clock, DeadlineManager deadlines) {
        allow(CaseAction.LOG_HOURS, command.actor());
        Instant now = clock.instant();
        if (command.minutes() <= 0) {
            throw new CaseRuleException("Logged time must be more than 0 minutes; to correct an entry, tell the coordinator.");
        }
        if (command.workedOn() == null || command.workedOn().isAfter(rules.today(now))) {
            throw new CaseRuleException("Time can only be logged for today or a day in the past, not " + command.workedOn() + ".");
        }
        SupportKind kind = command.actor().supporterId().equals(ownerSupporterId) ? ownerKind : SupportKind.INFORMAL;
        apply(new HoursLoggedEvent(caseReference, command.actor().organisationId(), command.actor().supporterId(), kind,
                command.minutes(), totalMinutes + command.minutes(), command.workedOn(), now));
        scheduleProgressCheck(now, rules, deadlines);
        if (totalMinutes > rules.hoursLimitMinutes(targetGroups)) {
            escalateIfInformal(EscalationTrigger.HOURS_LIMIT, null, now);
        }
    }

    @CommandHandler
    void handle(RaiseComplexityFlagCommand command, Clock clock) {
        allow(CaseAction.RAISE_FLAG, command.actor());
        if (command.flag().hasDeadline() && command.legalDeadline() == null) {
            throw new CaseRuleException("A " + command.flag() + " flag needs its legal deadline date.");
        }
        if (flags.contains(command.flag())) {
            return;
        }
        Instant now = clock.instant();
        apply(new ComplexityFlagRaisedEvent(caseReference, command.flag(), command.legalDeadline(), now));
        escalateIfInformal(EscalationTrigger.COMPLEXITY_FLAG, command.flag(), now);
    }

    @CommandHandler
    void handle(RecordConsentCommand command, Clock clock) {
        allow(CaseAction.RECORD_CONSENT, command.actor());
        if (!consents.contains(command.organisationId())) {
            apply(new ConsentRecordedEvent(caseReference, command.organisationId(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(WithdrawConsentCommand command, Clock clock) {
        allow(CaseAction.WITHDRAW_CONSENT, command.actor());
        if (consents.contains(command.organisationId())) {
            apply(new ConsentWithdrawnEvent(caseReference, command.organisationId(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(EscalateCaseCommand command, Clock clock) {
        allow(CaseAction.ESCALATE, command.actor());
        if (ownerKind == SupportKind.FORMAL) {
            throw new CaseRuleException("The case already has a formal supporter.");
        }
        if (awaitingFormal) {
            throw new CaseRuleException("The case is already escalated and waits for a formal supporter.");
        }
        apply(new CaseEscalatedEvent(caseReference, ownerOrganisationId, EscalationTrigger.MANUAL, null, clock.instant()));
    }

    @CommandHandler
    void handle(RequestHandoverCommand command, CaseRules rules, Clock clock, DeadlineManager deadlines) {
        allow(CaseAction.REQUEST_HANDOVER, command.actor());
        if (command.toOrganisationId() == null || command.reason() == null) {
            throw new CaseRuleException("A handover names the receiving organisation and the reason.");
        }
        if (command.summary() != null && !consents.contains(command.toOrganisationId())) {
            throw new ConsentMissingException(command.toOrganisationId());
        }
        Instant now = clock.instant();
        if (command.reason() == HandoverReason.DEESCALATION) {
            if (ownerKind != SupportKind.FORMAL) {
                throw new CaseRuleException("Only a case with a formal supporter can be de-escalated.");
            }
            if (needsFormal()) {
                throw new CaseRuleException("The case cannot be de-escalated while it has an objection or complaint"
                        + " deadline or a safety concern: those need a formal supporter.");
            }
        }
        if (command.reason() == HandoverReason.ESCALATION && !awaitingFormal) {
            escalateIfInformal(EscalationTrigger.MANUAL, null, now);
        }
        Instant deadline = rules.afterWorkingDays(now, rules.handoverWorkingDays());
        deadlines.schedule(deadline, HandoverDeadline.NAME, new HandoverDeadline(command.handoverId()));
        apply(new HandoverRequestedEvent(caseReference, command.handoverId(), ownerOrganisationId, ownerSupporterId,
                ownerKind, command.toOrganisationId(), command.toSupporterId(), command.reason(), command.summary(),
                command.coSupport(), deadline, now));
    }

    @CommandHandler
    void handle(AcceptHandoverCommand command, Clock clock) {
        allow(CaseAction.ACCEPT_HANDOVER, command.actor());
        requirePendingHandover(command.handoverId());
        requireSupporter(command.supporterId(), command.supportKind());
        requireFitting(command.supporterId(), command.supportKind());
        if (handoverReason == HandoverReason.ESCALATION && command.supportKind() != SupportKind.FORMAL) {
            throw new SupporterNotEligibleException(command.supporterId(), List.of("an escalation needs a formal supporter"));
        }
        if (handoverReason == HandoverReason.DEESCALATION && command.supportKind() == SupportKind.FORMAL) {
            throw new SupporterNotEligibleException(command.supporterId(), List.of("a de-escalation goes to informal support"));
        }
        Instant now = clock.instant();
        String accepted = handoverId;
        boolean deescalation = handoverReason == HandoverReason.DEESCALATION;
        apply(new HandoverAcceptedEvent(caseReference, handoverId, ownerOrganisationId, ownerSupporterId, ownerKind,
                handoverToOrganisationId, command.supporterId(), command.supportKind(), handoverReason,
                pendingSummary != null, pendingCoSupport, now));
        // De-escalation is a fact once the receiving side has taken the case, not when it was asked.
        if (deescalation) {
            apply(new CaseDeescalatedEvent(caseReference, accepted, now));
        }
    }

    @CommandHandler
    void handle(DeclineHandoverCommand command, Clock clock) {
        allow(CaseAction.DECLINE_HANDOVER, command.actor());
        requirePendingHandover(command.handoverId());
        apply(new HandoverDeclinedEvent(caseReference, handoverId, ownerOrganisationId, handoverToOrganisationId,
                handoverReason, Objects.requireNonNullElse(command.reason(), DeclineReason.OTHER), clock.instant()));
    }

    @DeadlineHandler(deadlineName = HandoverDeadline.NAME)
    void on(HandoverDeadline deadline, Clock clock) {
        if (state != CaseState.HANDOVER_PENDING || !deadline.handoverId().equals(handoverId)) {
            return;
        }
        allow(CaseAction.EXPIRE_HANDOVER, Actor.SYSTEM);
        apply(new HandoverExpiredEvent(caseReference, handoverId, ownerOrganisationId, handoverToOrganisationId,
                handoverReason, handoverDeadline, clock.instant()));
    }

    @DeadlineHandler(deadlineName = ProgressCheck.NAME)
    void on(ProgressCheck check, Clock clock) {
        boolean noProgressSince = lastProgressAt != null && !lastProgressAt.isAfter(check.progressAt());
        if (noProgressSince) {
            escalateIfInformal(EscalationTrigger.NO_PROGRESS, null, clock.instant());
        }
    }

    @CommandHandler
    void handle(CloseCaseCommand command, Clock clock) {
        allow(CaseAction.CLOSE, command.actor());
        if (command.outcome() == null) {
            throw new CaseRuleException("Closing a case needs its outcome.");
        }
        apply(new CaseClosedEvent(caseReference, command.outcome(), ownerOrganisationId, ownerSupporterId, ownerKind,
                totalMinutes, openedAt, clock.instant()));
    }

    @CommandHandler
    void handle(RecordExperienceCommand command, Clock clock) {
        allow(CaseAction.RECORD_EXPERIENCE, command.actor());
        ExperienceScores s = command.scores();
        boolean valid = s != null && IntStream.of(score(s.helpful()), score(s.canCarryOn()), score(s.ownChoices()),
                score(s.sameSupporterAgain()), score(s.wouldRecommend())).allMatch(v -> v == 0 || (v >= 1 && v <= 5));
        if (!valid) {
            throw new CaseRuleException("Each of Putten's five statements is scored 1 to 5, or left unanswered.");
        }
        if (experienceRecorded) {
            throw new ExperienceAlreadyRecordedException(caseReference);
        }
        apply(new ExperienceRecordedEvent(caseReference, s, command.improvementPoints(), lastKind, clock.instant()));
    }

    @CommandHandler
    void handle(ReopenCaseCommand command, CaseRules rules, Clock clock, DeadlineManager deadlines) {
        allow(CaseAction.REOPEN, command.actor());
        apply(new CaseReopenedEvent(caseReference, clock.instant()));
        boolean previousFits = lastSupporterId != null && (lastKind == SupportKind.FORMAL || !needsFormal());
        if (previousFits) {
            offer(lastOrganisationId, lastSupporterId, lastKind, true, rules, clock, deadlines);
        }
    }

    private void offer(String organisationId, String supporterId, SupportKind kind, boolean continuity,
                       CaseRules rules, Clock clock, DeadlineManager deadlines) {
        if (organisationId == null) {
            throw new CaseRuleException("A dispatch names the organisation the case is offered to.");
        }
        Instant now = clock.instant();
        String nextOfferId = caseReference + "/offer-" + (offers + 1);
        Instant deadline = rules.acceptanceDeadline(now, urgency);
        deadlines.schedule(deadline, OfferDeadline.NAME, new OfferDeadline(nextOfferId));
        apply(new CaseDispatchedEvent(caseReference, nextOfferId, organisationId, supporterId, kind, deadline, continuity, now));
    }

    /**
     * Every automatic escalation comes here, and goes only where the transition table lets the system escalate (the
     * same table the manual escalation and the progress check are held to).
     */
    private void escalateIfInformal(EscalationTrigger trigger, ComplexityFlag flag, Instant now) {
        if (ownerKind != null && ownerKind != SupportKind.FORMAL && !awaitingFormal
                && CaseTransitions.allows(state, CaseAction.ESCALATE, Role.SYSTEM)) {
            apply(new CaseEscalatedEvent(caseReference, ownerOrganisationId, trigger, flag, now));
        }
    }

    private void scheduleProgressCheck(Instant now, CaseRules rules, DeadlineManager deadlines) {
        deadlines.schedule(now.plus(Duration.ofDays(7L * rules.noProgressWeeks())), ProgressCheck.NAME, new ProgressCheck(now));
    }

    /** Checks the transition table, then that the actor is the one the case expects in that role. */
    private void allow(CaseAction action, Actor actor) {
        CaseTransitions.Transition transition = CaseTransitions.find(state, action)
                .orElseThrow(() -> new TransitionNotAllowedException(action, currentAsSeenBy(actor)));
        if (!transition.by().contains(actor.role())) {
            throw new NotAllowedToActException(action + " in state " + state + " may only be done by " + transition.by()
                    + ", not by " + actor.role() + ".");
        }
        String expected = switch (actor.role()) {
            case ORGANISATION -> switch (state) {
                case OFFERED -> offeredOrganisationId;
                case CLOSED -> lastOrganisationId;
                default -> ownerOrganisationId;
            };
            case RECEIVING_ORGANISATION -> handoverToOrganisationId;
            // After closing, the supporter who had the case records the resident's experience.
            case SUPPORTER -> state == CaseState.CLOSED ? lastSupporterId : ownerSupporterId;
            case COORDINATOR, ADMINISTRATOR, SYSTEM -> null;
        };
        String claimed = actor.role() == Role.SUPPORTER ? actor.supporterId() : actor.organisationId();
        boolean coSupporterLogging = actor.role() == Role.SUPPORTER && action == CaseAction.LOG_HOURS
                && coSupporterId != null && coSupporterId.equals(actor.supporterId());
        if (expected != null && !expected.equals(claimed) && !coSupporterLogging) {
            throw new NotAllowedToActException("This case is not addressed to " + actor.role().name().toLowerCase()
                    + " " + claimed + ".");
        }
    }

    private void requireFitting(String supporterId, SupportKind kind) {
        if (kind != null && kind != SupportKind.FORMAL && needsFormal()) {
            throw new SupporterNotEligibleException(supporterId,
                    List.of("the case has an objection or complaint deadline or a safety concern and needs a formal supporter"));
        }
    }

    /** Whether a flag of the case, set at opening or raised later, needs a formal supporter. */
    private boolean needsFormal() {
        return flags.stream().anyMatch(ComplexityFlag::needsFormalSupporter);
    }

    private static void requireSupporter(String supporterId, SupportKind kind) {
        if (supporterId == null || kind == null) {
            throw new CaseRuleException("Name the supporter who takes the case, and their kind.");
        }
    }

    private void requirePendingHandover(String id) {
        if (!Objects.equals(id, handoverId)) {
            throw new CaseRuleException("Handover " + id + " is not the pending handover of this case.");
        }
    }

    private static int score(Integer value) {
        return value == null ? 0 : value;
    }

    /**
     * The case now, for a refused actor. An organisation or supporter that lost a race (its check passed just before
     * the case moved on) learns the state, but which organisation and supporter hold the case only if that is its
     * own organisation: where a case went is not another organisation's business.
     */
    private CurrentCaseState currentAsSeenBy(Actor actor) {
        String organisationId = state == CaseState.OFFERED ? offeredOrganisationId : ownerOrganisationId;
        boolean network = switch (actor.role()) {
            case COORDINATOR, ADMINISTRATOR, SYSTEM -> true;
            case ORGANISATION, RECEIVING_ORGANISATION, SUPPORTER -> false;
        };
        if (network || (organisationId != null && organisationId.equals(actor.organisationId()))) {
            return new CurrentCaseState(caseReference, state, organisationId, ownerSupporterId);
        }
        return new CurrentCaseState(caseReference, state, null, null);
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseReference = event.caseReference();
        state = CaseState.OPENED;
        targetGroups = event.targetGroups();
        urgency = event.urgency();
        flags.addAll(event.complexityFlags());
        openedAt = event.openedAt();
    }

    @EventSourcingHandler
    void on(CaseDispatchedEvent event) {
        state = CaseState.OFFERED;
        offers++;
        offerId = event.offerId();
        offeredOrganisationId = event.organisationId();
        offeredSupporterId = event.supporterId();
        offerDeadline = event.deadline();
    }

    @EventSourcingHandler
    void on(CaseAcceptedEvent event) {
        state = CaseState.ACCEPTED;
        own(event.organisationId(), event.supporterId(), event.supportKind());
        lastProgressAt = event.acceptedAt();
    }

    @EventSourcingHandler
    void on(OfferDeclinedEvent event) {
        state = CaseState.OPENED;
    }

    @EventSourcingHandler
    void on(OfferExpiredEvent event) {
        state = CaseState.OPENED;
    }

    @EventSourcingHandler
    void on(OfferWithdrawnEvent event) {
        state = CaseState.OPENED;
    }

    @EventSourcingHandler
    void on(ExperienceRecordedEvent event) {
        experienceRecorded = true;
    }

    @EventSourcingHandler
    void on(HoursLoggedEvent event) {
        state = CaseTransitions.find(state, CaseAction.LOG_HOURS).map(CaseTransitions.Transition::to).orElse(state);
        totalMinutes = event.totalMinutes();
        lastProgressAt = event.loggedAt();
    }

    @EventSourcingHandler
    void on(ComplexityFlagRaisedEvent event) {
        flags.add(event.flag());
    }

    @EventSourcingHandler
    void on(ConsentRecordedEvent event) {
        consents.add(event.organisationId());
    }

    @EventSourcingHandler
    void on(ConsentWithdrawnEvent event) {
        consents.remove(event.organisationId());
    }

    @EventSourcingHandler
    void on(CaseEscalatedEvent event) {
        awaitingFormal = true;
    }

    @EventSourcingHandler
    void on(HandoverRequestedEvent event) {
        state = CaseState.HANDOVER_PENDING;
        handoverId = event.handoverId();
        handoverToOrganisationId = event.toOrganisationId();
        handoverReason = event.reason();
        pendingSummary = event.summary();
        pendingCoSupport = event.coSupport();
        handoverDeadline = event.deadline();
    }

    @EventSourcingHandler
    void on(HandoverAcceptedEvent event) {
        state = CaseState.IN_PROGRESS;
        coSupporterId = event.coSupport() ? event.fromSupporterId() : null;
        own(event.toOrganisationId(), event.toSupporterId(), event.toSupportKind());
        if (event.reason() == HandoverReason.ESCALATION || event.toSupportKind() == SupportKind.FORMAL) {
            awaitingFormal = false;
        }
        endHandover();
    }

    @EventSourcingHandler
    void on(HandoverDeclinedEvent event) {
        state = CaseState.IN_PROGRESS;
        endHandover();
    }

    @EventSourcingHandler
    void on(HandoverExpiredEvent event) {
        state = CaseState.IN_PROGRESS;
        endHandover();
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        state = CaseState.CLOSED;
        lastOrganisationId = ownerOrganisationId;
        lastSupporterId = ownerSupporterId;
        lastKind = ownerKind;
        own(null, null, null);
        coSupporterId = null;
        awaitingFormal = false;
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        state = CaseState.OPENED;
    }

    private void own(String organisationId, String supporterId, SupportKind kind) {
        ownerOrganisationId = organisationId;
        ownerSupporterId = supporterId;
        ownerKind = kind;
    }

    private void endHandover() {
        handoverId = null;
        handoverToOrganisationId = null;
        handoverReason = null;
        pendingSummary = null;
        pendingCoSupport = false;
    }
}
