package nl.samenspel.console.api;

/** One supporter as {@code GET /supporters/{id}} answers (its history is not shown by the console). */
public record SupporterDetail(Supporter supporter) {
}
