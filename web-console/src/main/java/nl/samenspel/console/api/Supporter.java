package nl.samenspel.console.api;

import java.time.LocalDate;
import java.util.List;

/** A supporter as the network-service's directory lists them. */
public record Supporter(String supporterId, String organisationId, String organisationName, String displayName,
                        String kind, List<String> lifeDomains, List<String> targetGroups, List<String> municipalities,
                        int capacity, int openCases, String availability, LocalDate registrationValidUntil,
                        boolean registrationLapsed, boolean deactivated, boolean canTakeCaseNow) {
}
