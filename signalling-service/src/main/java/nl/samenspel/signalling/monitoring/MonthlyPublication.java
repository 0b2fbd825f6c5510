package nl.samenspel.signalling.monitoring;

import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes the reports of the periods that just ended, for every municipality: each month the previous month,
 * and at the start of a quarter or year that quarter or year too. A report that was published already (another
 * instance, a restart) is left alone.
 */
@Component
class MonthlyPublication {

    private final ReportPublication publication;
    private final Catalogue catalogue;
    private final Clock clock;

    MonthlyPublication(ReportPublication publication, Catalogue catalogue, Clock clock) {
        this.publication = publication;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Scheduled(cron = "${signalling.monitoring.publish-cron:0 0 3 2 * *}", zone = "Europe/Amsterdam")
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
