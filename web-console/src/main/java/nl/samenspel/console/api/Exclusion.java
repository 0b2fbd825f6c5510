package nl.samenspel.console.api;

/**
 * One reason a supporter is not a candidate: the matcher's code (shown in words from the message bundles) and its own
 * explanation (which carries the specifics, e.g. which municipality).
 */
public record Exclusion(String reason, String explanation) {
}
