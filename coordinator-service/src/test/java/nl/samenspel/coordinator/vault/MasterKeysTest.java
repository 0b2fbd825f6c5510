package nl.samenspel.coordinator.vault;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import javax.crypto.SecretKey;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The master-key ring: which key wraps, which keys unwrap, and which configurations refuse to start. */
class MasterKeysTest {

    private static final String A = key(1);
    private static final String B = key(2);

    @Test
    void theSingleLegacyMasterKeyIsKeyV1AndCurrent() {
        MasterKeys ring = ring(A, Map.of(), null);
        assertThat(ring.ids()).containsExactly("v1");
        assertThat(ring.currentId()).isEqualTo("v1");
        SecretKey data = ResidentKeys.generate();
        assertThat(ring.unwrap("v1", ring.wrap(data, "k"), "k").getEncoded()).isEqualTo(data.getEncoded());
    }

    @Test
    void newDataKeysAreWrappedByTheCurrentKeyAndRetiredKeysStillUnwrap() {
        SecretKey data = ResidentKeys.generate();
        byte[] underA = ring(A, Map.of(), null).wrap(data, "k");
        MasterKeys rotating = ring(A, Map.of("v2", B), "v2");
        byte[] underB = rotating.wrap(data, "k");

        assertThat(rotating.unwrap("v1", underA, "k").getEncoded()).as("retired v1 unwraps").isEqualTo(data.getEncoded());
        assertThat(ring(null, Map.of("v2", B), null).unwrap("v2", underB, "k").getEncoded())
                .as("new keys need only v2").isEqualTo(data.getEncoded());
        assertThatThrownBy(() -> ring(A, Map.of(), null).unwrap("v1", underB, "k"))
                .as("what v2 wrapped is not v1's").isInstanceOf(MasterKeyUnavailableException.class);
    }

    @Test
    void aDataKeyWrappedByAnUnconfiguredMasterKeyIsAnOperatorErrorNamingTheKeyToAddBack() {
        byte[] underA = ring(A, Map.of(), null).wrap(ResidentKeys.generate(), "k");
        assertThatThrownBy(() -> ring("", Map.of("v2", B), null).unwrap("v1", underA, "k"))
                .isInstanceOf(MasterKeyUnavailableException.class)
                .hasMessageContaining("'v1', which is not configured").hasMessageContaining("samenspel.vault.master-key");
    }

    @Test
    void theWrongKeyUnderAConfiguredIdIsRefusedNotUsedToProduceGarbage() {
        byte[] underA = ring(A, Map.of(), null).wrap(ResidentKeys.generate(), "k");
        assertThatThrownBy(() -> ring(B, Map.of(), null).unwrap("v1", underA, "k"))
                .isInstanceOf(MasterKeyUnavailableException.class).hasMessageContaining("is not the master key that wrapped it");
        assertThatThrownBy(() -> ring(A, Map.of(), null).unwrap("v1", underA, "other-data-key"))
                .as("bound to its data key id").isInstanceOf(MasterKeyUnavailableException.class);
    }

    @Test
    void severalKeysNeedAnExplicitCurrentKeyThatIsConfigured() {
        assertThatThrownBy(() -> ring(A, Map.of("v2", B), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("current-master-key-id");
        assertThatThrownBy(() -> ring(A, Map.of("v2", B), "v3")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'v3'").hasMessageContaining("[v1, v2]");
        assertThat(ring(null, Map.of("v2", B), null).currentId()).as("one key is current by itself").isEqualTo("v2");
    }

    @Test
    void anEmptyValueRemovesAKey() {
        assertThat(ring("", Map.of("v2", B), null).ids()).containsExactly("v2");
        assertThat(ring(A, Map.of("v2", " "), null).ids()).containsExactly("v1");
        assertThatThrownBy(() -> ring("", Map.of(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No vault master key is configured");
    }

    @Test
    void theLegacyKeyAndAnotherKeyWithIdV1AreRefused() {
        assertThatThrownBy(() -> ring(A, Map.of("v1", B), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set only one of them");
        assertThat(ring(A, Map.of("v1", A), null).ids()).as("the same key twice is fine").containsExactly("v1");
    }

    @Test
    void malformedKeysAndIdsRefuseToStartNamingTheSetting() {
        assertThatThrownBy(() -> ring("not base64!", Map.of(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("samenspel.vault.master-key").hasMessageContaining("base64");
        assertThatThrownBy(() -> ring(null, Map.of("v2", Base64.getEncoder().encodeToString(new byte[16])), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("samenspel.vault.master-keys.v2")
                .hasMessageContaining("256 bits");
        assertThatThrownBy(() -> ring(null, Map.of("V2 new", B), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("id 'V2 new' is invalid");
    }

    @Test
    void serviceDoesNotStartWithAMalformedOrAmbiguousConfiguration() {
        runner().withPropertyValues("samenspel.vault.master-key=c2hvcnQ=").run(context -> assertThat(context).hasFailed());
        runner().withPropertyValues("samenspel.vault.master-key=" + A, "samenspel.vault.master-keys.v2=" + B)
                .run(context -> assertThat(context).hasFailed());
        runner().withPropertyValues("samenspel.vault.master-key=" + MasterKeys.LOCAL_DEFAULT)
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void theDocumentedEnvironmentVariablesConfigureTheRing() {
        runner().withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                                "SAMENSPEL_VAULT_MASTER_KEY", A, "SAMENSPEL_VAULT_MASTERKEYS_V2", B,
                                "SAMENSPEL_VAULT_CURRENTMASTERKEYID", "v2"))))
                .run(context -> {
                    MasterKeys ring = context.getBean(MasterKeys.class);
                    assertThat(ring.ids()).containsExactly("v1", "v2");
                    assertThat(ring.currentId()).isEqualTo("v2");
                });
    }

    @Configuration
    @EnableConfigurationProperties(VaultProperties.class)
    @Import(MasterKeys.class)
    static class Ring {
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(Ring.class);
    }

    private static MasterKeys ring(String legacy, Map<String, String> keys, String current) {
        return new MasterKeys(new VaultProperties(legacy, keys, current));
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
