package nl.samenspel.network.vocabulary;

/** What kind of supporters an organisation brings into the network. */
public enum OrganisationKind {
    PROFESSIONAL, VOLUNTEER, EXPERIENCE_EXPERT, MIXED
}
