package nl.samenspel.network.directory;

import java.util.List;

/** A supporter with their history. */
public record SupporterDetailView(SupporterView supporter, List<HistoryEntry> history) {
}
