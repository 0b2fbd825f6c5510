package nl.samenspel.signalling.bundling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * When the other services' facts raise a collective signal by themselves ({@code signalling.fact-signals.*}):
 * every coverage gap the network reports, and at least {@code overdueMinimum} cases of one municipality, offered
 * to a supporter of one of {@code overdueSupportKinds} (any kind when empty), that went back to the queue past
 * their acceptance deadline within {@code overdueWindow} (at most one such collective signal per window). By
 * default: residents waiting for formal support.
 */
@ConfigurationProperties("signalling.fact-signals")
public record FactSignalRule(@DefaultValue("5") int overdueMinimum, @DefaultValue("P30D") Duration overdueWindow,
                             @DefaultValue("MISSING_PROVISION") String coverageGapCategory,
                             @DefaultValue("WAITING_TIMES") String overdueCategory,
                             @DefaultValue("FORMAL") List<String> overdueSupportKinds) {

    public FactSignalRule {
        if (overdueMinimum < 1 || overdueWindow.isNegative() || overdueWindow.isZero()) {
            throw new IllegalArgumentException("signalling.fact-signals: overdue-minimum must be at least 1 and "
                    + "overdue-window positive (were " + overdueMinimum + ", " + overdueWindow + ").");
        }
    }
}
