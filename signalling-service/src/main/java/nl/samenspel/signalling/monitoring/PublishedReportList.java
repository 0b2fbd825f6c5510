package nl.samenspel.signalling.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code published_report}: which reports were published, newest period first per municipality. The reports
 * themselves are read from the event store ({@link PublishedReports}).
 */
@Component
@ProcessingGroup("published-reports")
class PublishedReportList {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PublishedReportList(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(MonitoringReportPublishedEvent event, @Timestamp Instant publishedAt) throws JsonProcessingException {
        MonitoringReport report = event.report();
        jdbc.update("""
                insert into published_report (report_id, municipality_code, period_type, period, period_start, period_end,
                    published_at, report) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (report_id) do nothing""",
                event.reportId(), report.municipalityCode(), report.periodType().name(), report.period(),
                Date.valueOf(report.periodStart()), Date.valueOf(report.periodEnd()),
                java.sql.Timestamp.from(publishedAt), json.writeValueAsString(report));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from published_report");
    }

    List<PublishedReportSummary> of(String municipalityCode) {
        return jdbc.query("""
                select report_id, municipality_code, period_type, period, period_start, period_end, published_at
                from published_report where municipality_code = ? order by period_start desc, period_type""",
                (rs, row) -> new PublishedReportSummary(rs.getString("report_id"), rs.getString("municipality_code"),
                        PeriodType.valueOf(rs.getString("period_type")), rs.getString("period"),
                        rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
                        rs.getTimestamp("published_at").toInstant()),
                municipalityCode);
    }
}
