package nl.samenspel.coordinator.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Health {@code vault}: DOWN while a data key is wrapped by a master key that is missing from the configuration or is
 * not the right key, so that an operator sees it before a resident's data is asked for; also logged at start-up. Not
 * part of readiness: cases go on, only reads and writes of the affected residents' data are refused (503).
 */
@Component
class VaultHealthIndicator extends AbstractHealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(VaultHealthIndicator.class);

    private final MasterKeyRotation rotation;

    VaultHealthIndicator(MasterKeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MasterKeyUsageView usage = rotation.usage();
        builder.status(usage.problems().isEmpty() ? "UP" : "DOWN")
                .withDetail("currentMasterKeyId", usage.currentMasterKeyId())
                .withDetail("residentKeysByMasterKey", usage.residentKeysByMasterKey());
        if (!usage.problems().isEmpty()) {
            builder.withDetail("problems", usage.problems());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartUp() {
        try {
            List<String> problems = rotation.problems();
            problems.forEach(problem -> log.error("Personal-data vault: {}", problem));
        } catch (DataAccessException e) {
            log.warn("The vault's master keys could not be checked at start-up (database unavailable); see health 'vault'.");
        }
    }
}
