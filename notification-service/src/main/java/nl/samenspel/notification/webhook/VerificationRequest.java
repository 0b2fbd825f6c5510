package nl.samenspel.notification.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time code the receiver got in its verification event, as a person of the party enters it. */
public record VerificationRequest(@NotBlank @Size(max = 64) @Schema(example = "K7Q2M9XD4B") String code) {
}
