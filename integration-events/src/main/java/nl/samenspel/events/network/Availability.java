package nl.samenspel.events.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;

/**
 * Whether a supporter can take new cases.
 *
 * @param status     {@code ACTIVE} (available), {@code ON_LEAVE} (not available from {@code leaveFrom} up to and
 *                   including {@code leaveUntil}; available outside that period) or {@code INACTIVE} (not available
 *                   until a next availability fact)
 * @param leaveFrom  first day of leave; present only for {@code ON_LEAVE}
 * @param leaveUntil last day of leave; present only for {@code ON_LEAVE}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Availability(
        @JsonProperty("status") String status,
        @JsonProperty("leaveFrom") LocalDate leaveFrom,
        @JsonProperty("leaveUntil") LocalDate leaveUntil) {
}
