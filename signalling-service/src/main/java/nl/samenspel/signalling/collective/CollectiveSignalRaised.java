package nl.samenspel.signalling.collective;

/** The answer to raising a collective signal: its id. */
public record CollectiveSignalRaised(String collectiveSignalId) {
}
