package nl.samenspel.coordinator.vault;

import nl.samenspel.kit.crypto.AesGcm;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VaultCryptoTest {

    private static final byte[] AAD = "key-1".getBytes(StandardCharsets.UTF_8);

    @Test
    void validBsnPassesTheElevenCheck() {
        assertThat(BsnValidator.isValid("111222333")).isTrue();
        assertThat(BsnValidator.isValid("123456782")).isTrue();
    }

    @Test
    void bsnFailingTheElevenCheckOrNotNineDigitsIsRefused() {
        assertThat(BsnValidator.isValid("123456789")).isFalse();
        assertThat(BsnValidator.isValid("000000000")).isFalse();
        assertThat(BsnValidator.isValid("12345678")).isFalse();
        assertThat(BsnValidator.isValid("12345678a")).isFalse();
        assertThat(new BsnValidator().isValid(null, null)).as("the BSN is optional").isTrue();
    }

    @Test
    void sealedTextOpensOnlyWithItsOwnKeyAndAssociatedData() throws Exception {
        SecretKey key = aes();
        byte[] sealed = AesGcm.encrypt(key, "Jansen".getBytes(StandardCharsets.UTF_8), AAD);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Jansen");
        assertThat(new String(AesGcm.decrypt(key, sealed, AAD), StandardCharsets.UTF_8)).isEqualTo("Jansen");
        assertThatThrownBy(() -> AesGcm.decrypt(aes(), sealed, AAD)).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, "key-2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void sameTextSealsDifferentlyEachTime() {
        SecretKey key = aes();
        assertThat(AesGcm.encrypt(key, new byte[]{1, 2, 3}, AAD)).isNotEqualTo(AesGcm.encrypt(key, new byte[]{1, 2, 3}, AAD));
    }

    private static SecretKey aes() {
        return ResidentKeys.generate();
    }
}
