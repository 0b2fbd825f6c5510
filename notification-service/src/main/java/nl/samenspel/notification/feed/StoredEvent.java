package nl.samenspel.notification.feed;

import nl.samenspel.notification.party.Party;

import java.time.Instant;

/**
 * One event as stored for its party.
 *
 * @param seq     its place in the feed: the order events were received in, and the feed's cursor
 * @param subject the Kafka key (case reference or other subject); deliveries of one subject go in order
 * @param body    the bytes of the Kafka record: a CloudEvent in structured JSON mode
 */
public record StoredEvent(long seq, Party party, String eventId, String type, String subject, byte[] body,
                          Instant receivedAt) {
}
