package nl.samenspel.coordinator.cases;

import jakarta.validation.constraints.NotBlank;

/** Body of recording the resident's consent to share a summary with one organisation. */
public record ConsentRequest(@NotBlank String organisationId) {
}
