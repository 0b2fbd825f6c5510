package nl.samenspel.network.directory;

import java.util.List;

/** One page of directory search results and how many match in total. */
public record SupporterPage(List<SupporterView> items, int page, int size, long total) {
}
