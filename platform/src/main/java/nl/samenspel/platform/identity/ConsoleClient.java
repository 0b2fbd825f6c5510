package nl.samenspel.platform.identity;

/**
 * The web console as an OAuth2 client of the issuer: confidential, authorization code with PKCE and refresh tokens.
 *
 * @param clientId    its client id
 * @param secret      its client secret (demo only)
 * @param redirectUri where the issuer sends the person back after logging in; a loopback address
 *                    ({@code 127.0.0.1}) matches on any port
 */
public record ConsoleClient(String clientId, String secret, String redirectUri) {
}
