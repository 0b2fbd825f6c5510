package nl.samenspel.signalling.bundling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When enough signals point at the same thing: at least {@code minimumSignals} signals from at least
 * {@code minimumOrganisations} organisations about the same municipality and category, filed within
 * {@code window} ({@code signalling.bundling.*}). Several organisations are required so that one organisation's
 * view alone does not speak for the network.
 */
@ConfigurationProperties("signalling.bundling")
public record BundlingRule(@DefaultValue("3") int minimumSignals, @DefaultValue("2") int minimumOrganisations,
                           @DefaultValue("P90D") Duration window) {

    public BundlingRule {
        if (minimumSignals < 2 || minimumOrganisations < 1 || minimumOrganisations > minimumSignals
                || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("signalling.bundling: minimum-signals must be at least 2, "
                    + "minimum-organisations between 1 and minimum-signals, window positive (were " + minimumSignals
                    + ", " + minimumOrganisations + ", " + window + ").");
        }
    }

    /** The candidates still inside the window that ends at {@code latest}. */
    public List<BundlingCandidate> inWindow(List<BundlingCandidate> candidates, Instant latest) {
        Instant from = latest.minus(window);
        return candidates.stream().filter(candidate -> !candidate.filedAt().isBefore(from)).toList();
    }

    /** Whether these candidates are enough for a collective signal. */
    public boolean isMetBy(List<BundlingCandidate> candidates) {
        long organisations = candidates.stream().map(BundlingCandidate::organisationId).distinct().count();
        return candidates.size() >= minimumSignals && organisations >= minimumOrganisations;
    }
}
