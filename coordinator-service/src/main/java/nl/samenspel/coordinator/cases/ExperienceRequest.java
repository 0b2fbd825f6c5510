package nl.samenspel.coordinator.cases;

/** Body of recording the resident's experience: Putten's five scores (1 to 5, optional) and improvement points. */
record ExperienceRequest(Integer helpful, Integer canCarryOn, Integer ownChoices, Integer sameSupporterAgain,
                                Integer wouldRecommend, String improvementPoints) {
}
