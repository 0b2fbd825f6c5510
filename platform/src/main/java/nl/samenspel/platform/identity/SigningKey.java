package nl.samenspel.platform.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The issuer's RSA signing key. With a data folder it is kept there ({@code identity/signing-key.jwk}, readable by the
 * owner only), so tokens handed out before a restart stay valid; without one it lives as long as the JVM.
 */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey loadOrCreate(Path folder) {
        if (folder == null) {
            return generate();
        }
        Path file = folder.resolve("signing-key.jwk");
        try {
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            Files.createDirectories(folder);
            Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(file + " is not a JWK; delete it to get a new signing key", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("samenspel-local-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }
}
