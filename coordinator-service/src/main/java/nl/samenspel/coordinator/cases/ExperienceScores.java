package nl.samenspel.coordinator.cases;

/**
 * The resident's experience on Putten's five statements, 1 (disagree) to 5 (agree); {@code null} when unanswered.
 */
public record ExperienceScores(Integer helpful, Integer canCarryOn, Integer ownChoices, Integer sameSupporterAgain,
                               Integer wouldRecommend) {
}
