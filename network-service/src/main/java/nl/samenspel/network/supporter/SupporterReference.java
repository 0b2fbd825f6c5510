package nl.samenspel.network.supporter;

/** The id of a newly registered supporter. */
public record SupporterReference(String supporterId) {
}
