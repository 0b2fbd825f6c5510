package nl.samenspel.coordinator.vault;

import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Master-key rotation for the network administrator: which keys wrap what, and the rewrap under the current key. */
@RestController
@RequestMapping("/operations/vault")
public class VaultOperationsController {

    private final MasterKeyRotation rotation;

    VaultOperationsController(MasterKeyRotation rotation) {
        this.rotation = rotation;
    }

    @GetMapping("/master-keys")
    public MasterKeyUsageView masterKeys(Actor actor) {
        requireAdministrator(actor);
        return rotation.usage();
    }

    /** Rewraps every data key under the current master key; safe to repeat, and to run again after an interruption. */
    @PostMapping("/rewrap")
    public RewrapResultView rewrap(@RequestParam(defaultValue = "500") int batchSize, Actor actor) {
        requireAdministrator(actor);
        return rotation.rewrap(batchSize);
    }

    private static void requireAdministrator(Actor actor) {
        if (actor.role() != Role.ADMINISTRATOR) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the network administrator rotates the vault's master key.");
        }
    }
}
