package nl.samenspel.coordinator.cases;

/**
 * Free text that may describe a resident (a handover summary, improvement points), encrypted under that resident's
 * data key before it enters an event, so erasing the key shreds it everywhere: event store, snapshots, read models.
 *
 * @param keyId      the resident's data key in the vault; once the key is erased the text cannot be read
 * @param ciphertext AES-GCM nonce and ciphertext, base64
 */
public record SealedText(String keyId, String ciphertext) {
}
