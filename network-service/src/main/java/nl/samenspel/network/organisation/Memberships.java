package nl.samenspel.network.organisation;

import java.util.Optional;

/**
 * Looks up organisations inside the command's own transaction: for rules that span aggregates (a unique KvK
 * number, supporters only under an admitted organisation).
 */
public interface Memberships {

    Optional<Membership> find(String organisationId);

    /** Whether an organisation that applied, is admitted or suspended already uses this KvK number. */
    boolean kvkNumberInUse(String kvkNumber);
}
