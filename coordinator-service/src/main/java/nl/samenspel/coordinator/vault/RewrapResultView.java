package nl.samenspel.coordinator.vault;

import java.util.Map;

/**
 * What a rewrap did.
 *
 * @param currentMasterKeyId      the master key every data key was rewrapped under
 * @param rewrapped               data keys rewrapped by this run (0 when a previous run already did everything)
 * @param batches                 transactions committed by this run, each rewrapping at most the batch size
 * @param residentKeysByMasterKey how many data keys each master key wraps afterwards; only the current key when done
 */
public record RewrapResultView(String currentMasterKeyId, long rewrapped, int batches, Map<String, Long> residentKeysByMasterKey) {
}
