package nl.samenspel.network.supporter;

import jakarta.validation.Valid;
import nl.samenspel.kit.web.RequestLog;
import nl.samenspel.network.web.Commands;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Supporter commands: register, change profile, availability and registration, deactivate. */
@RestController
class SupporterController {

    private final Commands commands;

    SupporterController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping("/supporters")
    ResponseEntity<SupporterReference> register(@RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                                @Valid @RequestBody RegisterSupporterRequest request) {
        String id = UUID.randomUUID().toString();
        return commands.create(key, "POST /supporters",
                new RegisterSupporterCommand(id, request.organisationId(), request.displayName(), request.kind(),
                        request.profile(), request.registration()),
                URI.create("/supporters/" + id), new SupporterReference(id));
    }

    @PutMapping("/supporters/{id}/profile")
    ResponseEntity<Void> changeProfile(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                       @Valid @RequestBody SupporterProfile profile) {
        return commands.change(key, "PUT /supporters/" + id + "/profile", new ChangeSupporterProfileCommand(id, profile));
    }

    @PutMapping("/supporters/{id}/availability")
    ResponseEntity<Void> changeAvailability(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                            @Valid @RequestBody AvailabilityRequest request) {
        return commands.change(key, "PUT /supporters/" + id + "/availability",
                new ChangeAvailabilityCommand(id, request.status(), request.leaveFrom(), request.leaveUntil()));
    }

    @PutMapping("/supporters/{id}/registration")
    ResponseEntity<Void> renewRegistration(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key,
                                           @Valid @RequestBody ProfessionalRegistration registration) {
        return commands.change(key, "PUT /supporters/" + id + "/registration", new RenewRegistrationCommand(id, registration));
    }

    @PostMapping("/supporters/{id}/deactivation")
    ResponseEntity<Void> deactivate(@PathVariable String id, @RequestHeader(value = RequestLog.HEADER, required = false) String key) {
        return commands.change(key, "POST /supporters/" + id + "/deactivation", new DeactivateSupporterCommand(id));
    }
}
