package nl.samenspel.coordinator.cases;

import nl.samenspel.coordinator.calendar.HolidayCalendar;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network's configurable rules ({@code samenspel.cases} in {@code coordinator-service.yml}).
 *
 * @param region                 CBS codes of the municipalities of this regional network
 * @param zone                   the time zone working days are counted in
 * @param workingDays            the days that count as working days (default Monday to Friday)
 * @param acceptanceWorkingDays  working days an organisation has to accept an offer, per urgency
 * @param handoverWorkingDays    working days the receiving side has to answer a handover
 * @param hoursLimitMinutes      minutes of support after which an informal case escalates, per target group
 * @param defaultHoursLimit      the limit for target groups without their own (Haarlem's average: 6 hours)
 * @param noProgressWeeks        weeks without logged work after which an informal case escalates
 * @param holidays               public holidays, which are never working days (Dutch national holidays by default)
 */
@ConfigurationProperties("samenspel.cases")
public record CaseRules(Set<String> region, ZoneId zone, Set<DayOfWeek> workingDays, Map<Urgency, Integer> acceptanceWorkingDays,
                        int handoverWorkingDays, Map<String, Integer> hoursLimitMinutes, Duration defaultHoursLimit,
                        int noProgressWeeks, HolidayCalendar holidays) {

    public CaseRules {
        region = region == null ? Set.of() : Set.copyOf(region);
        zone = zone == null ? ZoneId.of("Europe/Amsterdam") : zone;
        workingDays = workingDays == null || workingDays.isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workingDays);
        acceptanceWorkingDays = acceptanceWorkingDays == null ? Map.of() : Map.copyOf(acceptanceWorkingDays);
        hoursLimitMinutes = hoursLimitMinutes == null ? Map.of() : Map.copyOf(hoursLimitMinutes);
        defaultHoursLimit = defaultHoursLimit == null ? Duration.ofHours(6) : defaultHoursLimit;
        holidays = holidays == null ? HolidayCalendar.NATIONAL : holidays;
    }

    /**
     * The deadline {@code days} working days after {@code from}, at the same time of day: the one place working days
     * are counted, skipping the days that are not {@link #workingDays} and the {@link #holidays}.
     */
    public Instant afterWorkingDays(Instant from, int days) {
        ZonedDateTime at = from.atZone(zone);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (workingDays.contains(at.getDayOfWeek()) && !holidays.isHoliday(at.toLocalDate())) {
                left--;
            }
        }
        return at.toInstant();
    }

    public Instant acceptanceDeadline(Instant from, Urgency urgency) {
        return afterWorkingDays(from, acceptanceWorkingDays.getOrDefault(urgency, 3));
    }

    /** The most generous limit of the case's target groups: the limit may be exceeded in the resident's interest. */
    public int hoursLimitMinutes(List<String> targetGroups) {
        int fallback = (int) defaultHoursLimit.toMinutes();
        return targetGroups.stream().mapToInt(g -> hoursLimitMinutes.getOrDefault(g, fallback)).max().orElse(fallback);
    }

    public LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }
}
