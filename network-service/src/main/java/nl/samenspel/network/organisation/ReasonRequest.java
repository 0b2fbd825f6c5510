package nl.samenspel.network.organisation;

import jakarta.validation.constraints.NotBlank;

/** Why the coordinator or the organisation takes this step; recorded in the organisation's history. */
record ReasonRequest(@NotBlank String reason) {
}
