package nl.samenspel.console.api;

/** A signal category of the signalling-service's catalogue: its code and the label the network configured. */
public record SignalCategory(String code, String label) {
}
