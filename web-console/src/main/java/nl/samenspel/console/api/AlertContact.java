package nl.samenspel.console.api;

import java.time.Instant;

/**
 * The party's contact address for alert mails; alerts go to it only once the code mailed to it was entered.
 */
public record AlertContact(String email, boolean verified, Instant verifiedAt) {
}
