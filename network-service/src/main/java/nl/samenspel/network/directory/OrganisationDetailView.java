package nl.samenspel.network.directory;

import java.util.List;

/** An organisation with its history. */
public record OrganisationDetailView(OrganisationView organisation, List<HistoryEntry> history) {
}
