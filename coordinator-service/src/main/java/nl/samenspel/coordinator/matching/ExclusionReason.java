package nl.samenspel.coordinator.matching;

/** Why a supporter of the network is not a candidate for a case: the codes the coordinator sees in the candidate list. */
public enum ExclusionReason {
    CONFLICT_OF_INTEREST,
    REGISTRATION_LAPSED,
    AT_CAPACITY,
    ON_LEAVE,
    /** Marked inactive, or deactivated in the network. */
    INACTIVE,
    ORGANISATION_SUSPENDED,
    /** The organisation left the network, or is unknown to it. */
    ORGANISATION_NOT_A_MEMBER,
    TRAINING_NOT_COMPLETED,
    /** The case has an objection or complaint deadline or a safety concern, and the supporter is not formal. */
    NEEDS_FORMAL_SUPPORTER,
    /** The supporter does not serve the case's municipality (and the resident did not choose them). */
    OUTSIDE_AREA,
    /** The supporter covers none of the case's life domains, or none of its target groups. */
    NO_MATCHING_DOMAIN_OR_TARGET_GROUP,
    /** Not a supporter of this network. */
    UNKNOWN_SUPPORTER
}
