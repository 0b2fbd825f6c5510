package nl.samenspel.coordinator.vault;

/**
 * A data key cannot be unwrapped because its master key is not configured, or the configured key with that id is not
 * the one that wrapped it. An operator error, answered with 503: nothing is decrypted with a wrong key.
 */
class MasterKeyUnavailableException extends RuntimeException {

    MasterKeyUnavailableException(String message) {
        super(message);
    }
}
