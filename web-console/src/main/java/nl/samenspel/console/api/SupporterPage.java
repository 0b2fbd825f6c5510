package nl.samenspel.console.api;

import java.util.List;

/** One page of the directory's supporters. */
public record SupporterPage(List<Supporter> items, int page, int size, long total) {
}
