package nl.samenspel.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time code the receiver got in its verification event, as a person of the party enters it. */
public record VerificationRequest(@NotBlank @Size(max = 64) String code) {
}
