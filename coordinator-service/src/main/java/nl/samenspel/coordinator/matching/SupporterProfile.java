package nl.samenspel.coordinator.matching;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a supporter offers and where, as the network-service published it last.
 *
 * @param registrationValidUntil last valid day of a formal supporter's professional registration
 * @param trainingCompletedOn    the day an informal supporter completed the network's training
 */
public record SupporterProfile(SupportKind kind, Set<String> lifeDomains, Set<String> targetGroups, Set<String> languages,
                               Set<String> municipalities, Set<String> districts, int capacity,
                               Set<String> careProvidersLinked, Set<String> accessTeams,
                               LocalDate registrationValidUntil, LocalDate trainingCompletedOn) {
}
