package nl.samenspel.network.organisation;

/** Where an organisation stands in the network. */
public enum OrganisationStatus {
    APPLIED, ADMITTED, REJECTED, SUSPENDED, LEFT;

    /** Whether it still counts as a member (or candidate) holding its KvK number in the network. */
    public boolean holdsMembership() {
        return this == APPLIED || this == ADMITTED || this == SUSPENDED;
    }
}
