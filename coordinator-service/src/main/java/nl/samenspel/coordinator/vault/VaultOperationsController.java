package nl.samenspel.coordinator.vault;

import nl.samenspel.kit.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Master-key rotation for the network administrator: which keys wrap what, and the rewrap under the current key. */
@RestController
@RequestMapping("/operations/vault")
public class VaultOperationsController {

    private final MasterKeyRotation rotation;

    VaultOperationsController(MasterKeyRotation rotation) {
        this.rotation = rotation;
    }

    @GetMapping("/master-keys")
    @PreAuthorize(Access.ADMINISTRATOR)
    public MasterKeyUsageView masterKeys() {
        return rotation.usage();
    }

    /** Rewraps every data key under the current master key; safe to repeat, and to run again after an interruption. */
    @PostMapping("/rewrap")
    @PreAuthorize(Access.ADMINISTRATOR)
    public RewrapResultView rewrap(@RequestParam(defaultValue = "500") int batchSize) {
        return rotation.rewrap(batchSize);
    }
}
