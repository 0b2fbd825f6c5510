package nl.samenspel.console.api;

import java.time.LocalDate;
import java.util.List;

/** A supporter as the network-service's directory lists them. */
public record Supporter(String supporterId, String organisationId, String organisationName, String displayName,
                        String kind, List<String> lifeDomains, List<String> targetGroups, List<String> languages,
                        List<String> municipalities, List<String> districts, int capacity, int openCases,
                        String availability, LocalDate leaveFrom, LocalDate leaveUntil, LocalDate trainingCompletedOn,
                        String registerNumber, LocalDate registrationValidUntil, boolean registrationLapsed,
                        List<String> careProvidersLinked, List<String> accessTeams, boolean deactivated,
                        boolean canTakeCaseNow) {
}
