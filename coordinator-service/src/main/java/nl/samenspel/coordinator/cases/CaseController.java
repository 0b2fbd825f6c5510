package nl.samenspel.coordinator.cases;

import jakarta.validation.Valid;
import nl.samenspel.coordinator.matching.CaseProfile;
import nl.samenspel.coordinator.matching.CaseloadSource;
import nl.samenspel.coordinator.matching.Matcher;
import nl.samenspel.coordinator.matching.RankedSupporter;
import nl.samenspel.coordinator.matching.SupporterCard;
import nl.samenspel.kit.web.DomainRuleException;
import nl.samenspel.kit.web.NotFoundException;
import nl.samenspel.kit.web.RequestLog;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cases over HTTP. Who acts comes from {@link ActorResolver}; the case checks it against its transition table.
 * Every command takes an {@code Idempotency-Key}.
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

    @PostMapping("/cases")
    public ResponseEntity<CommandResult> open(@Valid @RequestBody OpenCaseRequest body, @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return requests.once(key, "POST /cases", CommandResult.class, () -> {
            String reference = UUID.randomUUID().toString();
            commands.sendAndWait(new OpenCaseCommand(reference, body.residentPseudonym(), body.municipalityCode(),
                    body.districtCode(), body.lifeDomains(), body.targetGroups(), body.phase(), body.language(), body.urgency(),
                    body.complexityFlags(), body.legalDeadline(), body.careProviders(), body.accessDecisionPendingIn(),
                    body.preferences(), actor));
            return ResponseEntity.status(HttpStatus.CREATED).body(new CommandResult(reference, null));
        });
    }

    @GetMapping("/cases/{reference}")
    public CaseView find(@PathVariable String reference) {
        return queries.query(new FindCaseQuery(reference), ResponseTypes.optionalInstanceOf(CaseView.class)).join()
                .orElseThrow(() -> new NotFoundException("No case " + reference + "; check the reference."));
    }

    @GetMapping("/cases/{reference}/candidates")
    public List<RankedSupporter> candidates(@PathVariable String reference, @RequestParam(defaultValue = "10") int limit) {
        return matcher.rank(profile(find(reference)), Math.min(Math.max(limit, 1), 100));
    }

    @PostMapping("/cases/{reference}/dispatch")
    public ResponseEntity<CommandResult> dispatch(@PathVariable String reference, @RequestBody DispatchRequest body,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/dispatch", reference, c -> {
            if (body.supporterId() != null) {
                SupporterCard supporter = matcher.requireEligible(profile(c), body.supporterId());
                if (body.organisationId() != null && !body.organisationId().equals(supporter.organisationId())) {
                    throw new DomainRuleException("Supporter " + body.supporterId() + " is not with organisation " + body.organisationId() + ".");
                }
                return new DispatchCaseCommand(reference, supporter.organisationId(), supporter.supporterId(),
                        supporter.profile().kind(), actor);
            }
            requireAdmitted(body.organisationId());
            return new DispatchCaseCommand(reference, body.organisationId(), null, null, actor);
        });
    }

    @PostMapping("/cases/{reference}/accept")
    public ResponseEntity<CommandResult> accept(@PathVariable String reference, @Valid @RequestBody AssignSupporterRequest body,
                                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/accept", reference, c -> {
            SupporterCard supporter = ownSupporter(c, body.supporterId(), actor.organisationId());
            return new AcceptCaseCommand(reference, supporter.supporterId(), supporter.profile().kind(), Actor.organisation(actor.organisationId()));
        });
    }

    @PostMapping("/cases/{reference}/decline")
    public ResponseEntity<CommandResult> decline(@PathVariable String reference, @Valid @RequestBody DeclineRequest body,
                                                 @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/decline", reference,
                c -> new DeclineCaseCommand(reference, body.reason(), Actor.organisation(actor.organisationId())));
    }

    @PostMapping("/cases/{reference}/hours")
    public ResponseEntity<CommandResult> logHours(@PathVariable String reference, @Valid @RequestBody LogHoursRequest body,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/hours", reference,
                c -> new LogHoursCommand(reference, body.minutes(), body.workedOn(), actor));
    }

    @PostMapping("/cases/{reference}/complexity-flags")
    public ResponseEntity<CommandResult> raiseFlag(@PathVariable String reference, @Valid @RequestBody RaiseFlagRequest body,
                                                   @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/complexity-flags", reference,
                c -> new RaiseComplexityFlagCommand(reference, body.flag(), body.legalDeadline(), actor));
    }

    @PostMapping("/cases/{reference}/consents")
    public ResponseEntity<CommandResult> recordConsent(@PathVariable String reference, @Valid @RequestBody ConsentRequest body,
                                                       @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/consents", reference,
                c -> new RecordConsentCommand(reference, body.organisationId(), actor));
    }

    @PostMapping("/cases/{reference}/escalate")
    public ResponseEntity<CommandResult> escalate(@PathVariable String reference,
                                                  @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/escalate", reference,
                c -> new EscalateCaseCommand(reference, actor));
    }

    @PostMapping("/cases/{reference}/handovers")
    public ResponseEntity<CommandResult> requestHandover(@PathVariable String reference, @Valid @RequestBody HandoverRequest body,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return requests.once(key, "POST /cases/" + reference + "/handovers", CommandResult.class, () -> {
            CaseView c = find(reference);
            requireAdmitted(body.toOrganisationId());
            if (body.toSupporterId() != null) {
                matcher.requireEligible(profile(c), body.toSupporterId());
            }
            if (body.summary() != null) {
                FreeText.requireNoPersonalData("The summary", String.join(" ", String.valueOf(body.summary().questionSoFar()),
                        String.valueOf(body.summary().agreementsMade()), String.valueOf(body.summary().nextSteps())));
            }
            String handoverId = UUID.randomUUID().toString();
            SealedText summary = body.summary() == null ? null : keyring.seal(c.residentPseudonym(), body.summary());
            commands.sendAndWait(new RequestHandoverCommand(reference, handoverId, body.toOrganisationId(), body.toSupporterId(),
                    body.reason(), summary, body.coSupport(), actor));
            return ResponseEntity.status(HttpStatus.CREATED).body(new CommandResult(reference, handoverId));
        });
    }

    @PostMapping("/cases/{reference}/handovers/{handoverId}/accept")
    public ResponseEntity<CommandResult> acceptHandover(@PathVariable String reference, @PathVariable String handoverId,
                                                        @Valid @RequestBody AssignSupporterRequest body,
                                                        @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/handovers/" + handoverId + "/accept", reference, c -> {
            SupporterCard supporter = ownSupporter(c, body.supporterId(), actor.organisationId());
            return new AcceptHandoverCommand(reference, handoverId, supporter.supporterId(), supporter.profile().kind(),
                    Actor.receivingOrganisation(actor.organisationId()));
        });
    }

    @PostMapping("/cases/{reference}/handovers/{handoverId}/decline")
    public ResponseEntity<CommandResult> declineHandover(@PathVariable String reference, @PathVariable String handoverId,
                                                         @Valid @RequestBody DeclineRequest body,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/handovers/" + handoverId + "/decline", reference,
                c -> new DeclineHandoverCommand(reference, handoverId, body.reason(), Actor.receivingOrganisation(actor.organisationId())));
    }

    @PostMapping("/cases/{reference}/consents/{organisationId}/withdrawal")
    public ResponseEntity<CommandResult> withdrawConsent(@PathVariable String reference, @PathVariable String organisationId,
                                                         @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/consents/" + organisationId + "/withdrawal", reference,
                c -> new WithdrawConsentCommand(reference, organisationId, actor));
    }

    /**
     * The warm-handover summary: only for the organisation the handover is addressed to, only while the resident's
     * consent holds (checked on every read), and every read is audited.
     */
    @GetMapping("/handovers/{handoverId}")
    public HandoverSummaryView handoverSummary(@PathVariable String handoverId,
                                               @RequestParam(defaultValue = "taking over the case") String reason, Actor actor) {
        FreeText.requireNoPersonalData("The reason", reason);
        StoredSummaryView stored = queries.query(new FindHandoverSummaryQuery(handoverId, actor.organisationId()),
                        ResponseTypes.optionalInstanceOf(StoredSummaryView.class)).join()
                .orElseThrow(() -> new NotFoundException("No warm handover " + handoverId + " addressed to your organisation."));
        if (!stored.consentHeld()) {
            throw new ConsentMissingException(stored.toOrganisationId());
        }
        audit.record(actor, AccessAudit.READ_HANDOVER_SUMMARY, stored.residentPseudonym(), stored.caseReference(), handoverId, reason);
        return keyring.open(stored.summary(), WarmSummary.class)
                .map(summary -> new HandoverSummaryView(handoverId, stored.caseReference(), summary, false))
                .orElseGet(() -> new HandoverSummaryView(handoverId, stored.caseReference(), WarmSummary.ERASED, true));
    }

    @PostMapping("/cases/{reference}/close")
    public ResponseEntity<CommandResult> close(@PathVariable String reference, @Valid @RequestBody CloseRequest body,
                                               @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/close", reference,
                c -> new CloseCaseCommand(reference, body.outcome(), actor));
    }

    @PostMapping("/cases/{reference}/experience")
    public ResponseEntity<CommandResult> recordExperience(@PathVariable String reference, @RequestBody ExperienceRequest body,
                                                          @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        FreeText.requireNoPersonalData("The improvement points", body.improvementPoints());
        return command(key, "POST /cases/" + reference + "/experience", reference,
                c -> new RecordExperienceCommand(reference, new ExperienceScores(body.helpful(), body.canCarryOn(),
                        body.ownChoices(), body.sameSupporterAgain(), body.wouldRecommend()),
                        body.improvementPoints() == null ? null : keyring.seal(c.residentPseudonym(), body.improvementPoints()),
                        actor));
    }

    @PostMapping("/cases/{reference}/reopen")
    public ResponseEntity<CommandResult> reopen(@PathVariable String reference,
                                                @RequestHeader(value = RequestLog.HEADER, required = false) String key, Actor actor) {
        return command(key, "POST /cases/" + reference + "/reopen", reference,
                c -> new ReopenCaseCommand(reference, actor));
    }

    /** Runs one command about an existing case, once per idempotency key. */
    private ResponseEntity<CommandResult> command(String key, String operation, String reference, Function<CaseView, Object> command) {
        return requests.once(key, operation, CommandResult.class, () -> {
            commands.sendAndWait(command.apply(find(reference)));
            return ResponseEntity.ok(new CommandResult(reference, null));
        });
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

    private CaseProfile profile(CaseView c) {
        Set<String> previous = new HashSet<>(caseload.previousSupportersOf(c.residentPseudonym()));
        boolean needsFormal = c.complexityFlags().stream().anyMatch(ComplexityFlag::needsFormalSupporter);
        return new CaseProfile(c.municipalityCode(), c.districtCode(), Set.copyOf(c.lifeDomains()), Set.copyOf(c.targetGroups()),
                c.language(), Set.copyOf(c.careProviders()), c.accessDecisionPendingIn(), needsFormal,
                !c.complexityFlags().isEmpty(), c.preferredSupporterId(), c.preferredOrganisationId(), c.preferredKind(),
                previous, rules.today(clock.instant()));
    }

}
