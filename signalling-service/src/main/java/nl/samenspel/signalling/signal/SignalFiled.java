package nl.samenspel.signalling.signal;

/** The answer to filing a signal: its id, to follow it. */
public record SignalFiled(String signalId) {
}
