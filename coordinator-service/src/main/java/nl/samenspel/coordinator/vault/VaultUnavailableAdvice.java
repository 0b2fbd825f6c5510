package nl.samenspel.coordinator.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;

/**
 * A missing or wrong master key is the operator's to fix, not the caller's: 503 problem+json that names the key id
 * (never a key), logged as an error. Ordered before the kit's catch-all, which would answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VaultUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(VaultUnavailableAdvice.class);

    @ExceptionHandler(MasterKeyUnavailableException.class)
    ProblemDetail masterKeyUnavailable(MasterKeyUnavailableException e) {
        log.error("Personal-data vault: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The personal-data vault cannot unwrap a data key; nothing was changed. The operator must fix the master-key"
                        + " configuration: " + e.getMessage());
        problem.setType(URI.create("https://samenspel.nl/problems/vault-master-key-unavailable"));
        problem.setTitle("Personal-data vault unavailable");
        return problem;
    }
}
