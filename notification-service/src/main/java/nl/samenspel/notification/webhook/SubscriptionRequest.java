package nl.samenspel.notification.webhook;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A webhook subscription as a party registers or changes it.
 *
 * @param url   where events are POSTed: {@code https}, a public host, no user info
 * @param types the CloudEvents types to receive, e.g. {@code nl.samenspel.coordinator.handover-requested.v1}; absent for
 *              every type the party receives (a filter only narrows what is addressed to the party)
 */
public record SubscriptionRequest(@NotBlank @Size(max = 2000) @Schema(example = "https://hooks.example.org/samenspel") String url,
                                  @Size(max = 50) @Schema(example = "nl.samenspel.coordinator.case-offered.v1") List<@NotBlank String> types) {
}
