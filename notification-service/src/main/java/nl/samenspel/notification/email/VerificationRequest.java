package nl.samenspel.notification.email;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The code from the verification mail. */
record VerificationRequest(@NotBlank @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits from the mail") @Schema(example = "482913") String code) {
}
