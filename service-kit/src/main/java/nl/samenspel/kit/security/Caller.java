package nl.samenspel.kit.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who sends a request, read from a validated token. Controllers take it as a parameter and compare its
 * organisation, supporter or municipality with what the request is about.
 *
 * @param subject          the token's subject: the account, for the audit log
 * @param role             the caller's role
 * @param organisationId   the organisation acted for (organisation and supporter roles), otherwise {@code null}
 * @param supporterId      the supporter (supporter role), otherwise {@code null}
 * @param municipalityCode the municipality's CBS code (municipality role), otherwise {@code null}
 */
public record Caller(String subject, CallerRole role, String organisationId, String supporterId, String municipalityCode) {

    public static final String ROLE_CLAIM = "samenspel_role";
    public static final String ORGANISATION_CLAIM = "organisation_id";
    public static final String SUPPORTER_CLAIM = "supporter_id";
    public static final String MUNICIPALITY_CLAIM = "municipality_code";

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");

    /**
     * Reads the caller from a token whose signature, issuer, audience and lifetime are already checked.
     *
     * @throws InvalidBearerTokenException when the token does not say who acts, or says it inconsistently
     */
    public static Caller from(Jwt token) {
        String roleClaim = token.getClaimAsString(ROLE_CLAIM);
        CallerRole role = CallerRole.fromClaim(roleClaim).orElseThrow(() -> new InvalidBearerTokenException(
                "The token's '" + ROLE_CLAIM + "' claim must be one of " + Arrays.stream(CallerRole.values())
                        .map(CallerRole::claimValue).toList() + ", not '" + roleClaim + "'."));
        Caller caller = new Caller(token.getSubject(), role, token.getClaimAsString(ORGANISATION_CLAIM),
                token.getClaimAsString(SUPPORTER_CLAIM), token.getClaimAsString(MUNICIPALITY_CLAIM));
        caller.checkComplete();
        return caller;
    }

    private void checkComplete() {
        require(subject != null && !subject.isBlank(), "a subject");
        if (role == CallerRole.ORGANISATION || role == CallerRole.SUPPORTER) {
            require(present(organisationId), "an '" + ORGANISATION_CLAIM + "' claim for role " + role.claimValue());
        }
        if (role == CallerRole.SUPPORTER) {
            require(present(supporterId), "a '" + SUPPORTER_CLAIM + "' claim for role supporter");
        }
        if (role == CallerRole.MUNICIPALITY) {
            require(municipalityCode != null && MUNICIPALITY_CODE.matcher(municipalityCode).matches(),
                    "a '" + MUNICIPALITY_CLAIM + "' claim like GM0363 for role municipality");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new InvalidBearerTokenException("The token lacks " + what + "; ask the identity provider's administrator.");
        }
    }

    public boolean is(CallerRole expected) {
        return role == expected;
    }

    /** Whether the caller acts for this organisation: as the organisation itself or as one of its supporters. */
    public boolean actsFor(String organisation) {
        return (role == CallerRole.ORGANISATION || role == CallerRole.SUPPORTER) && Objects.equals(organisationId, organisation);
    }

    /** Whether the caller is this supporter. */
    public boolean isSupporter(String supporter) {
        return role == CallerRole.SUPPORTER && Objects.equals(supporterId, supporter);
    }

    /** Whether the caller is this municipality. */
    public boolean isMunicipality(String code) {
        return role == CallerRole.MUNICIPALITY && Objects.equals(municipalityCode, code);
    }
}
