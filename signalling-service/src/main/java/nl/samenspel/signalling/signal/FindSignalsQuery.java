package nl.samenspel.signalling.signal;

/** The signals of one organisation, newest first; answered with a list of {@link SignalView}. */
public record FindSignalsQuery(String organisationId) {
}
