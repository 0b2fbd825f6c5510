package nl.samenspel.coordinator.cases;

import io.swagger.v3.oas.annotations.media.Schema;

/** Body of recording the resident's experience: Putten's five scores (1 to 5, optional) and improvement points. */
record ExperienceRequest(@Schema(example = "5") Integer helpful, @Schema(example = "4") Integer canCarryOn,
                         @Schema(example = "5") Integer ownChoices, @Schema(example = "4") Integer sameSupporterAgain,
                         @Schema(example = "5") Integer wouldRecommend,
                         @Schema(example = "More time for the first talk.") String improvementPoints) {
}
