package nl.samenspel.coordinator.vault;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The vault's master keys ({@code samenspel.vault} in {@code coordinator-service.yml}).
 *
 * @param masterKey          the single master key of before rotation existed; it is the key with id {@value MasterKeys#LEGACY_ID}
 * @param masterKeys         master keys by id (256 bits, base64): the current one and retired ones still needed to unwrap
 * @param currentMasterKeyId the id of the key that wraps new data keys and that a rewrap moves every data key to;
 *                           may be left out when only one key is configured
 */
@ConfigurationProperties("samenspel.vault")
record VaultProperties(String masterKey, Map<String, String> masterKeys, String currentMasterKeyId) {
}
