package nl.samenspel.signalling.bundling;

import nl.samenspel.signalling.catalogue.Catalogue;
import nl.samenspel.signalling.catalogue.CatalogueEntry;
import nl.samenspel.signalling.collective.CollectiveSignalOrigin;
import nl.samenspel.signalling.collective.RaiseCollectiveSignalCommand;
import nl.samenspel.signalling.collective.ResolveCollectiveSignalCommand;
import nl.samenspel.signalling.monitoring.MonitoringFacts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Raises collective signals from the other services' facts (see {@link FactSignalRule}). Called by the consumers
 * in {@code integration}, inside the transaction that records the fact.
 */
@Component
public class FactSignals {

    private static final String OVERDUE_RULE = "ACCEPTANCE_OVERDUE";

    private final CommandGateway commands;
    private final Catalogue catalogue;
    private final MonitoringFacts facts;
    private final FactSignalRule rule;
    private final JdbcTemplate jdbc;

    FactSignals(CommandGateway commands, Catalogue catalogue, MonitoringFacts facts, FactSignalRule rule, JdbcTemplate jdbc) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.facts = facts;
        this.rule = rule;
        this.jdbc = jdbc;
    }

    /**
     * The network has no eligible supporter of this kind for a target group and life domain. One open collective
     * signal per gap: a gap that is already open (the fact delivered again, or replayed) raises nothing.
     */
    public void coverageGapOpened(String municipality, String targetGroup, String lifeDomain, String supportKind) {
        if (!catalogue.isMunicipality(municipality)) {
            return;
        }
        String id = UUID.randomUUID().toString();
        int claimed = jdbc.update("""
                insert into coverage_gap_signal (municipality_code, target_group, life_domain, support_kind,
                    collective_signal_id) values (?, ?, ?, ?, ?) on conflict do nothing""",
                municipality, targetGroup, lifeDomain, supportKind, id);
        if (claimed == 0) {
            return;
        }
        Function<String, String> targetGroups = code -> label(catalogue.targetGroups().stream(), code);
        String kind = "ANY".equals(supportKind) ? "" : supportKind.toLowerCase(Locale.ROOT).replace('_', ' ') + " ";
        String summary = "No eligible " + kind + "supporter serves " + targetGroups.apply(targetGroup) + " in "
                + label(catalogue.lifeDomains().stream(), lifeDomain) + " in " + catalogue.municipality(municipality).label()
                + ": residents in this group cannot get client support here.";
        raise(id, municipality, rule.coverageGapCategory(), CollectiveSignalOrigin.COVERAGE_GAP, summary,
                Set.of(lifeDomain), Set.of(targetGroup));
    }

    /** The gap closed: its open collective signal closes with it; a gap this service never saw open closes nothing. */
    public void coverageGapClosed(String municipality, String targetGroup, String lifeDomain, String supportKind) {
        jdbc.query("""
                delete from coverage_gap_signal where municipality_code = ? and target_group = ? and life_domain = ?
                    and support_kind = ? returning collective_signal_id""",
                (rs, row) -> rs.getString(1), municipality, targetGroup, lifeDomain, supportKind)
                .forEach(id -> commands.sendAndWait(new ResolveCollectiveSignalCommand(id)));
    }

    /** A case went back to the queue past its acceptance deadline; the fact itself is already recorded. */
    public void acceptanceOverdue(String municipality, Instant at) {
        if (!catalogue.isMunicipality(municipality)) {
            return;
        }
        Instant since = at.minus(rule.overdueWindow());
        int overdue = facts.countSince(municipality, MonitoringFacts.ACCEPTANCE_OVERDUE, rule.overdueSupportKinds(), since);
        Integer raisedRecently = jdbc.queryForObject("select count(*) from fact_signal_raised where municipality_code = ? "
                + "and rule = ? and raised_at >= ?", Integer.class, municipality, OVERDUE_RULE, Timestamp.from(since));
        if (overdue >= rule.overdueMinimum() && raisedRecently != null && raisedRecently == 0) {
            String id = UUID.randomUUID().toString();
            raise(id, municipality, rule.overdueCategory(), CollectiveSignalOrigin.CASE_LIFECYCLE,
                    // No count in the text: it could be small enough to point at a resident.
                    "Cases in " + catalogue.municipality(municipality).label() + " offered to "
                            + (rule.overdueSupportKinds().isEmpty() ? "supporters" : String.join(" or ",
                            rule.overdueSupportKinds()).toLowerCase(Locale.ROOT).replace('_', ' ') + " supporters")
                            + " repeatedly waited past their acceptance deadline within " + rule.overdueWindow().toDays()
                            + " days: residents wait too long for support.", Set.of(), Set.of());
            jdbc.update("insert into fact_signal_raised (municipality_code, rule, collective_signal_id, raised_at) "
                    + "values (?, ?, ?, ?)", municipality, OVERDUE_RULE, id, Timestamp.from(at));
        }
    }

    private void raise(String id, String municipality, String category, CollectiveSignalOrigin origin, String summary,
                       Set<String> lifeDomains, Set<String> targetGroups) {
        commands.sendAndWait(new RaiseCollectiveSignalCommand(id, municipality, category, origin, summary, Set.of(),
                Set.of(), lifeDomains, targetGroups, 0, List.of()));
    }

    private static String label(java.util.stream.Stream<CatalogueEntry> entries, String code) {
        return entries.filter(entry -> entry.code().equals(code)).map(CatalogueEntry::label).findFirst().orElse(code);
    }
}
