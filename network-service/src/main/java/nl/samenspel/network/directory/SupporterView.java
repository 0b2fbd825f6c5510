package nl.samenspel.network.directory;

import java.time.LocalDate;
import java.util.List;

/** A supporter as the directory shows them. */
public record SupporterView(String supporterId, String organisationId, String organisationName, String displayName,
                            String kind, List<String> lifeDomains, List<String> targetGroups, List<String> languages,
                            List<String> municipalities, List<String> districts, int capacity, int openCases,
                            String availability, LocalDate leaveFrom, LocalDate leaveUntil,
                            LocalDate trainingCompletedOn, String registerNumber, LocalDate registrationValidUntil,
                            boolean registrationLapsed, List<String> careProvidersLinked, List<String> accessTeams,
                            boolean deactivated, boolean canTakeCaseNow) {
}
