package nl.samenspel.coordinator.vault;

import java.util.List;
import java.util.Map;

/**
 * Which master keys are configured and which of them wrap residents' data keys.
 *
 * @param currentMasterKeyId      the key that wraps new data keys and that a rewrap moves every data key to
 * @param configuredMasterKeyIds  every configured key, the current one included
 * @param residentKeysByMasterKey how many data keys each master key wraps; a retired key may leave the configuration
 *                                once it wraps none
 * @param problems                what stops data keys from being unwrapped (a missing or wrong master key); empty when
 *                                every data key can be unwrapped
 */
public record MasterKeyUsageView(String currentMasterKeyId, List<String> configuredMasterKeyIds,
                                 Map<String, Long> residentKeysByMasterKey, List<String> problems) {
}
