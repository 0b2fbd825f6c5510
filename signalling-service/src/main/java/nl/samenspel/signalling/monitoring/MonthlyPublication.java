package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the reports of the periods that just ended, for every municipality: each month the previous month,
 * and at the start of a quarter or year that quarter or year too. It is a recurring task of the service's persistent
 * scheduler, so of all the service's instances one runs it, once per schedule; a report that was published already
 * (a run cut off and repeated) is left alone.
 */
@Configuration
class MonthlyPublication {

    static final String TASK = "monthly-publication";

    private final ReportPublication publication;
    private final Catalogue catalogue;
    private final Clock clock;

    MonthlyPublication(ReportPublication publication, Catalogue catalogue, Clock clock) {
        this.publication = publication;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Picked up by the kit's persistent scheduler, which starts every recurring task it is given. */
    @Bean
    RecurringTask<Void> publishEndedPeriodsMonthly(@Value("${signalling.monitoring.publish-cron}") String cron) {
        return Tasks.recurring(TASK, Schedules.cron(cron, Period.ZONE)).execute((instance, context) -> publishEndedPeriods());
    }

    void publishEndedPeriods() {
        for (Period period : endedPeriods(LocalDate.now(clock.withZone(Period.ZONE)))) {
            for (CatalogueEntry municipality : catalogue.municipalities()) {
                publication.publishIfNew(municipality.code(), period);
            }
        }
    }

    /** The month before {@code today}, and the quarter and year if they ended with it. */
    static List<Period> endedPeriods(LocalDate today) {
        Period month = Period.monthOf(today).previous();
        List<Period> ended = new ArrayList<>(List.of(month));
        if (month.number() % 3 == 0) {
            ended.add(new Period(PeriodType.QUARTER, month.year(), month.number() / 3));
        }
        if (month.number() == 12) {
            ended.add(new Period(PeriodType.YEAR, month.year(), 1));
        }
        return ended;
    }
}
