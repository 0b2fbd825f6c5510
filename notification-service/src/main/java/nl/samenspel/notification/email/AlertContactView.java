package nl.samenspel.notification.email;

import java.time.Instant;

/**
 * A party's contact address for alerts.
 *
 * @param email      the address
 * @param verified   whether the code mailed to it was entered; alerts go only to a verified address
 * @param verifiedAt when it was verified; absent while not
 */
public record AlertContactView(String email, boolean verified, Instant verifiedAt) {
}
