package nl.samenspel.coordinator.matching;

import java.time.LocalDate;

/** Whether a supporter can take cases: {@code ACTIVE}, {@code ON_LEAVE} (between the dates) or {@code INACTIVE}. */
public record Availability(String status, LocalDate leaveFrom, LocalDate leaveUntil) {

    public static final Availability ACTIVE = new Availability("ACTIVE", null, null);

    /** Whether the supporter is away on this day. */
    public boolean awayOn(LocalDate day) {
        return switch (status) {
            case "ACTIVE" -> false;
            case "ON_LEAVE" -> leaveFrom != null && leaveUntil != null && !day.isBefore(leaveFrom) && !day.isAfter(leaveUntil);
            default -> true;
        };
    }
}
