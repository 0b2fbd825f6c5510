package nl.samenspel.signalling.signal;

import java.time.Instant;

/**
 * The municipality's answer as its signal shows it.
 *
 * @param collectiveSignalId the collective signal the municipality answered
 * @param text               the answer, as the municipality gave it
 * @param answeredAt         when it answered
 */
public record SignalAnswer(String collectiveSignalId, String text, Instant answeredAt) {
}
