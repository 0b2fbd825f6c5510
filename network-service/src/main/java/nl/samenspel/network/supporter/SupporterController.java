package nl.samenspel.network.supporter;

import jakarta.validation.Valid;
import nl.samenspel.kit.security.Access;
import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.text.FreeText;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.IdempotentCommands;
import nl.samenspel.kit.web.IdempotentCommands.Creation;
import nl.samenspel.kit.web.RequestLog;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Supporter commands: register, change profile, availability and registration, deactivate. The coordinator may do
 * all of them; an organisation only for its own supporters; a supporter only changes their own profile and availability.
 */
@RestController
class SupporterController {

    private final IdempotentCommands commands;
    private final SupporterOrganisations organisations;

    SupporterController(IdempotentCommands commands, SupporterOrganisations organisations) {
        this.commands = commands;
        this.organisations = organisations;
    }

    @PostMapping("/supporters")
    @PreAuthorize(Access.COORDINATOR_OR_ORGANISATION)
    ResponseEntity<SupporterReference> register(@RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                                @Valid @RequestBody RegisterSupporterRequest request, Caller caller) {
        if (!caller.is(CallerRole.COORDINATOR) && !caller.actsFor(request.organisationId())) {
            throw new ForbiddenException(caller.subject() + " may not register supporters for " + request.organisationId());
        }
        String displayName = FreeText.requireName("displayName", request.displayName());
        requirePlain(request.registration());
        return commands.create(key, SupporterReference.class, () -> {
            String id = UUID.randomUUID().toString();
            return new Creation<>(new RegisterSupporterCommand(id, request.organisationId(), displayName, request.kind(),
                    request.profile(), request.registration()), "/supporters/" + id, new SupporterReference(id));
        });
    }

    @PutMapping("/supporters/{id}/profile")
    @PreAuthorize(Access.CASE_PARTY)
    ResponseEntity<Void> changeProfile(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                       @Valid @RequestBody SupporterProfile profile, Caller caller) {
        requireMayChange(caller, id, true);
        return commands.act(key, () -> new ChangeSupporterProfileCommand(id, profile));
    }

    @PutMapping("/supporters/{id}/availability")
    @PreAuthorize(Access.CASE_PARTY)
    ResponseEntity<Void> changeAvailability(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                            @Valid @RequestBody AvailabilityRequest request, Caller caller) {
        requireMayChange(caller, id, true);
        return commands.act(key, () -> new ChangeAvailabilityCommand(id, request.status(), request.leaveFrom(), request.leaveUntil()));
    }

    @PutMapping("/supporters/{id}/registration")
    @PreAuthorize(Access.COORDINATOR_OR_ORGANISATION)
    ResponseEntity<Void> renewRegistration(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                           @Valid @RequestBody ProfessionalRegistration registration, Caller caller) {
        requireMayChange(caller, id, false);
        requirePlain(registration);
        return commands.act(key, () -> new RenewRegistrationCommand(id, registration));
    }

    @PostMapping("/supporters/{id}/deactivation")
    @PreAuthorize(Access.COORDINATOR_OR_ORGANISATION)
    ResponseEntity<Void> deactivate(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                    Caller caller) {
        requireMayChange(caller, id, false);
        return commands.act(key, () -> new DeactivateSupporterCommand(id));
    }

    private static void requirePlain(ProfessionalRegistration registration) {
        if (registration != null) {
            FreeText.requireSentences("registration.registerNumber", registration.registerNumber());
        }
    }

    /**
     * The coordinator may change any supporter (an unknown one is then 404); others only a supporter of their own
     * organisation, and a supporter only themselves where {@code selfAllowed}; an unknown supporter is 403 to them.
     */
    private void requireMayChange(Caller caller, String supporterId, boolean selfAllowed) {
        if (caller.is(CallerRole.COORDINATOR)) {
            return;
        }
        boolean own = organisations.of(supporterId).filter(caller::actsFor).isPresent()
                && (caller.is(CallerRole.ORGANISATION) || selfAllowed && caller.isSupporter(supporterId));
        if (!own) {
            throw new ForbiddenException(caller.subject() + " may not change supporter " + supporterId);
        }
    }
}
