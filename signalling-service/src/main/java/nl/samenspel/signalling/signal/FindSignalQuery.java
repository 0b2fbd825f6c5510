package nl.samenspel.signalling.signal;

/** One signal by id; answered with an {@code Optional<SignalView>}. */
public record FindSignalQuery(String signalId) {
}
