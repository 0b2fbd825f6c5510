package nl.samenspel.coordinator.matching;

/** One reason a supporter is not a candidate: a code to filter on and a sentence for the coordinator. */
public record Exclusion(ExclusionReason reason, String explanation) {
}
