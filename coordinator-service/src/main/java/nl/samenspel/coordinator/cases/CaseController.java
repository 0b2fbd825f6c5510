package nl.samenspel.coordinator.cases;

import jakarta.validation.Valid;
import nl.samenspel.coordinator.matching.CaseProfile;
import nl.samenspel.coordinator.matching.CaseloadSource;
import nl.samenspel.coordinator.matching.Matcher;
import nl.samenspel.coordinator.matching.CandidateList;
import nl.samenspel.coordinator.matching.SupporterCard;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.text.FreeText;
import nl.samenspel.kit.web.DomainRuleException;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.kit.web.RequestLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cases over HTTP. Who acts comes from the caller's token: {@code @PreAuthorize} admits the roles of each endpoint,
 * {@link CaseAccess} then decides whether the case is addressed to the caller (403 otherwise, whether or not the case
 * exists), and the case checks the resulting {@link Actor} against its transition table. Every command takes an
 * {@code Idempotency-Key}, which is the caller's own: the same key from another caller runs that caller's checks.
 */
@RestController
public class CaseController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RequestLog requests;
    private final Matcher matcher;
    private final CaseloadSource caseload;
    private final CaseRules rules;
    private final Clock clock;
    private static final CaseAccess OWNER_OR_COORDINATOR = CaseAccess.COORDINATOR.or(CaseAccess.OWNER);
    private static final CaseAccess OFFER_ANSWERER = CaseAccess.OFFERED_ORGANISATION.or(CaseAccess.ANSWERED_BY_OWNER)
            .or(CaseAccess.OFFER_WITHDRAWN_FROM);
    private static final CaseAccess HANDOVER_ANSWERER = CaseAccess.RECEIVING_ORGANISATION.or(CaseAccess.ANSWERED_BY_OWNER);

    private final ResidentKeyring keyring;
    private final AccessAudit audit;

    public CaseController(CommandGateway commands, QueryGateway queries, RequestLog requests, Matcher matcher,
                          CaseloadSource caseload, CaseRules rules, Clock clock, ResidentKeyring keyring, AccessAudit audit) {
        this.commands = commands;
        this.queries = queries;
        this.requests = requests;
        this.matcher = matcher;
        this.caseload = caseload;
        this.rules = rules;
        this.clock = clock;
        this.keyring = keyring;
        this.audit = audit;
    }

    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases")
    public ResponseEntity<CommandResult> open(@Valid @RequestBody OpenCaseRequest body, @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return requests.once(key, "POST /cases", CommandResult.class, () -> {
            String pseudonym = ResidentPseudonym.require(body.residentPseudonym());
            List<String> careProviders = CareProviders.normalised(body.careProviders());
            String reference = UUID.randomUUID().toString();
            commands.sendAndWait(new OpenCaseCommand(reference, pseudonym, body.municipalityCode(),
                    body.districtCode(), names(body.lifeDomains()), names(body.targetGroups()), body.phase(), body.language(),
                    body.urgency(), body.complexityFlags(), body.legalDeadline(), careProviders, body.accessDecisionPendingIn(),
                    body.preferences(), Actor.of(caller)));
            return ResponseEntity.status(HttpStatus.CREATED).body(new CommandResult(reference, null));
        });
    }

    @PreAuthorize(Access.CASE_PARTY)
    @GetMapping("/cases/{reference}")
    public CaseView find(@PathVariable String reference, Caller caller) {
        return caseFor(reference, caller, CaseAccess.READER);
    }

    @PreAuthorize(Access.COORDINATOR)
    @GetMapping("/cases/{reference}/candidates")
    public CandidateList candidates(@PathVariable String reference, @RequestParam(defaultValue = "10") int limit,
                                    Caller caller) {
        return matcher.candidates(profile(caseFor(reference, caller, CaseAccess.COORDINATOR)), Math.min(Math.max(limit, 1), 100));
    }

    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases/{reference}/dispatch")
    public ResponseEntity<CommandResult> dispatch(@PathVariable String reference, @Valid @RequestBody DispatchRequest body,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/dispatch", reference, caller, CaseAccess.COORDINATOR, c -> {
            if (body.supporterId() != null) {
                SupporterCard supporter = matcher.requireEligible(profile(c), body.supporterId());
                if (body.organisationId() != null && !body.organisationId().equals(supporter.organisationId())) {
                    throw new DomainRuleException("Supporter " + body.supporterId() + " is not with organisation " + body.organisationId() + ".");
                }
                return new DispatchCaseCommand(reference, supporter.organisationId(), supporter.supporterId(),
                        supporter.profile().kind(), Actor.of(caller));
            }
            requireAdmitted(body.organisationId());
            return new DispatchCaseCommand(reference, body.organisationId(), null, null, Actor.of(caller));
        });
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/accept")
    public ResponseEntity<CommandResult> accept(@PathVariable String reference, @Valid @RequestBody AssignSupporterRequest body,
                                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/accept", reference, caller, OFFER_ANSWERER, c -> {
            SupporterCard supporter = ownSupporter(c, body.supporterId(), caller.organisationId());
            return new AcceptCaseCommand(reference, supporter.supporterId(), supporter.profile().kind(), Actor.of(caller));
        });
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/decline")
    public ResponseEntity<CommandResult> decline(@PathVariable String reference, @Valid @RequestBody DeclineRequest body,
                                                 @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/decline", reference, caller, OFFER_ANSWERER,
                c -> new DeclineCaseCommand(reference, body.reason(), Actor.of(caller)));
    }

    /** The coordinator takes back an unanswered offer, with the reason: the case returns to the queue at once. */
    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases/{reference}/offer/withdrawal")
    public ResponseEntity<CommandResult> withdrawOffer(@PathVariable String reference, @Valid @RequestBody WithdrawOfferRequest body,
                                                       @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/offer/withdrawal", reference, caller, CaseAccess.COORDINATOR,
                c -> new WithdrawOfferCommand(reference, body.reason(), Actor.of(caller)));
    }

    @PreAuthorize(Access.SUPPORTER)
    @PostMapping("/cases/{reference}/hours")
    public ResponseEntity<CommandResult> logHours(@PathVariable String reference, @Valid @RequestBody LogHoursRequest body,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/hours", reference, caller, CaseAccess.SUPPORTER_ON_THE_CASE,
                c -> new LogHoursCommand(reference, body.minutes(), body.workedOn(), Actor.of(caller)));
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/complexity-flags")
    public ResponseEntity<CommandResult> raiseFlag(@PathVariable String reference, @Valid @RequestBody RaiseFlagRequest body,
                                                   @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/complexity-flags", reference, caller, OWNER_OR_COORDINATOR,
                c -> new RaiseComplexityFlagCommand(reference, body.flag(), body.legalDeadline(), Actor.of(caller)));
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/consents")
    public ResponseEntity<CommandResult> recordConsent(@PathVariable String reference, @Valid @RequestBody ConsentRequest body,
                                                       @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/consents", reference, caller, OWNER_OR_COORDINATOR,
                c -> new RecordConsentCommand(reference, body.organisationId(), Actor.of(caller)));
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/escalate")
    public ResponseEntity<CommandResult> escalate(@PathVariable String reference,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/escalate", reference, caller, OWNER_OR_COORDINATOR,
                c -> new EscalateCaseCommand(reference, Actor.of(caller)));
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/handovers")
    public ResponseEntity<CommandResult> requestHandover(@PathVariable String reference, @Valid @RequestBody HandoverRequest body,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return requests.once(key, "POST /cases/" + reference + "/handovers", CommandResult.class, () -> {
            CaseView c = caseFor(reference, caller, OWNER_OR_COORDINATOR);
            requireAdmitted(body.toOrganisationId());
            if (body.toSupporterId() != null) {
                matcher.requireEligible(profile(c), body.toSupporterId());
            }
            if (body.summary() != null) {
                FreeText.requireSentences("summary.questionSoFar", body.summary().questionSoFar());
                FreeText.requireSentences("summary.agreementsMade", body.summary().agreementsMade());
                FreeText.requireSentences("summary.nextSteps", body.summary().nextSteps());
            }
            String handoverId = UUID.randomUUID().toString();
            SealedText summary = body.summary() == null ? null : keyring.seal(c.residentPseudonym(), body.summary());
            commands.sendAndWait(new RequestHandoverCommand(reference, handoverId, body.toOrganisationId(), body.toSupporterId(),
                    body.reason(), summary, body.coSupport(), Actor.of(caller)));
            return ResponseEntity.status(HttpStatus.CREATED).body(new CommandResult(reference, handoverId));
        });
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/handovers/{handoverId}/accept")
    public ResponseEntity<CommandResult> acceptHandover(@PathVariable String reference, @PathVariable String handoverId,
                                                        @Valid @RequestBody AssignSupporterRequest body,
                                                        @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/handovers/" + handoverId + "/accept", reference, caller,
                HANDOVER_ANSWERER, c -> {
            SupporterCard supporter = ownSupporter(c, body.supporterId(), caller.organisationId());
            return new AcceptHandoverCommand(reference, Ids.require("The handover id", handoverId), supporter.supporterId(), supporter.profile().kind(),
                    Actor.receiving(caller));
        });
    }

    @PreAuthorize(Access.ORGANISATION)
    @PostMapping("/cases/{reference}/handovers/{handoverId}/decline")
    public ResponseEntity<CommandResult> declineHandover(@PathVariable String reference, @PathVariable String handoverId,
                                                         @Valid @RequestBody DeclineRequest body,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/handovers/" + handoverId + "/decline", reference, caller,
                HANDOVER_ANSWERER,
                c -> new DeclineHandoverCommand(reference, Ids.require("The handover id", handoverId), body.reason(),
                        Actor.receiving(caller)));
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/consents/{organisationId}/withdrawal")
    public ResponseEntity<CommandResult> withdrawConsent(@PathVariable String reference, @PathVariable String organisationId,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/consents/" + organisationId + "/withdrawal", reference, caller,
                OWNER_OR_COORDINATOR,
                c -> new WithdrawConsentCommand(reference, Ids.require("The organisation id", organisationId), Actor.of(caller)));
    }

    /**
     * The warm-handover summary: for the organisation the handover is addressed to and for the coordinator, only
     * while the resident's consent for that organisation holds (checked on every read), and every read is audited.
     */
    @PreAuthorize(Access.COORDINATOR_OR_ORGANISATION)
    @GetMapping("/handovers/{handoverId}")
    public HandoverSummaryView handoverSummary(@PathVariable String handoverId,
                                               @RequestParam(defaultValue = "taking over the case") String reason, Caller caller) {
        Optional<StoredSummaryView> found = queries.query(new FindHandoverSummaryQuery(handoverId),
                ResponseTypes.optionalInstanceOf(StoredSummaryView.class)).join();
        StoredSummaryView stored = entitled(found, caller, s -> caller.is(CallerRole.COORDINATOR)
                || (caller.is(CallerRole.ORGANISATION) && caller.actsFor(s.toOrganisationId())), "No warm handover " + handoverId + "; check the id.");
        FreeText.requireSentences("reason", reason);
        if (!stored.consentHeld()) {
            throw new ConsentMissingException(stored.toOrganisationId());
        }
        audit.record(caller, AccessAudit.READ_HANDOVER_SUMMARY, stored.residentPseudonym(), stored.caseReference(), handoverId, reason);
        return keyring.open(stored.summary(), WarmSummary.class)
                .map(summary -> new HandoverSummaryView(handoverId, stored.caseReference(), summary, false))
                .orElseGet(() -> new HandoverSummaryView(handoverId, stored.caseReference(), WarmSummary.ERASED, true));
    }

    @PreAuthorize(Access.CASE_PARTY)
    @PostMapping("/cases/{reference}/close")
    public ResponseEntity<CommandResult> close(@PathVariable String reference, @Valid @RequestBody CloseRequest body,
                                               @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/close", reference, caller, OWNER_OR_COORDINATOR,
                c -> new CloseCaseCommand(reference, body.outcome(), Actor.of(caller)));
    }

    @PreAuthorize(Access.COORDINATOR_OR_SUPPORTER)
    @PostMapping("/cases/{reference}/experience")
    public ResponseEntity<CommandResult> recordExperience(@PathVariable String reference, @RequestBody ExperienceRequest body,
                                                          @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        FreeText.requireSentences("improvementPoints", body.improvementPoints());
        return command(key, "POST /cases/" + reference + "/experience", reference, caller,
                CaseAccess.COORDINATOR.or(CaseAccess.LAST_SUPPORTER), c -> new RecordExperienceCommand(reference, new ExperienceScores(body.helpful(), body.canCarryOn(),
                        body.ownChoices(), body.sameSupporterAgain(), body.wouldRecommend()),
                        body.improvementPoints() == null ? null : keyring.seal(c.residentPseudonym(), body.improvementPoints()),
                        Actor.of(caller)));
    }

    @PreAuthorize(Access.COORDINATOR)
    @PostMapping("/cases/{reference}/reopen")
    public ResponseEntity<CommandResult> reopen(@PathVariable String reference,
                                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Caller caller) {
        return command(key, "POST /cases/" + reference + "/reopen", reference, caller, CaseAccess.COORDINATOR,
                c -> new ReopenCaseCommand(reference, Actor.of(caller)));
    }

    /** Runs one command about a case addressed to the caller, once per caller's idempotency key. */
    private ResponseEntity<CommandResult> command(String key, String operation, String reference, Caller caller,
                                                  CaseAccess access, Function<CaseView, Object> command) {
        return requests.once(key, operation, CommandResult.class, () -> {
            commands.sendAndWait(command.apply(caseFor(reference, caller, access)));
            return ResponseEntity.ok(new CommandResult(reference, null));
        });
    }

    /** The case, if the caller is entitled to it; see {@link #entitled}. */
    private CaseView caseFor(String reference, Caller caller, CaseAccess access) {
        if (!Ids.isWellFormed(reference) && caller.is(CallerRole.COORDINATOR)) {
            throw new IllegalArgumentException("A case reference is " + Ids.DESCRIPTION + ".");
        }
        Optional<CaseView> found = Ids.isWellFormed(reference)
                ? queries.query(new FindCaseQuery(reference), ResponseTypes.optionalInstanceOf(CaseView.class)).join()
                : Optional.empty();
        return entitled(found, caller, c -> access.allows(caller, c), "No case " + reference + "; check the reference.");
    }

    /**
     * Entitlement before existence: the coordinator, who may see every case of the region, learns that something does
     * not exist (404); anyone else gets the same 403 for what is not theirs and for what does not exist.
     */
    private static <T> T entitled(Optional<T> found, Caller caller, Predicate<T> mayUse, String notFound) {
        if (found.isEmpty() && caller.is(CallerRole.COORDINATOR)) {
            throw new NotFoundException(notFound);
        }
        return found.filter(mayUse).orElseThrow(() -> new ForbiddenException(caller.role() + " " + caller.subject()
                + " is not entitled to this, or it does not exist"));
    }

    private SupporterCard ownSupporter(CaseView c, String supporterId, String organisation) {
        SupporterCard supporter = matcher.requireEligible(profile(c), supporterId);
        if (!supporter.organisationId().equals(organisation)) {
            throw new DomainRuleException("Supporter " + supporterId + " is not with organisation " + organisation + ".");
        }
        return supporter;
    }

    private void requireAdmitted(String organisationId) {
        if (organisationId == null || !matcher.admitted(organisationId)) {
            throw new DomainRuleException("Organisation " + organisationId + " is not an admitted member of the network.");
        }
    }

    private static List<String> names(List<? extends Enum<?>> codes) {
        return codes.stream().map(Enum::name).toList();
    }

    private CaseProfile profile(CaseView c) {
        Set<String> previous = new HashSet<>(caseload.previousSupportersOf(c.residentPseudonym()));
        boolean needsFormal = c.complexityFlags().stream().anyMatch(ComplexityFlag::needsFormalSupporter);
        boolean complaint = c.complexityFlags().contains(ComplexityFlag.COMPLAINT_DEADLINE);
        return new CaseProfile(c.municipalityCode(), c.districtCode(), Set.copyOf(c.lifeDomains()), Set.copyOf(c.targetGroups()),
                c.language(), Set.copyOf(c.careProviders()), c.accessDecisionPendingIn(), needsFormal,
                !c.complexityFlags().isEmpty(), complaint, c.preferredSupporterId(), c.preferredOrganisationId(), c.preferredKind(),
                previous, rules.today(clock.instant()));
    }

}
