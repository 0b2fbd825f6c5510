package nl.samenspel.kit.domain;

/** Why a command was refused; the kit's web layer gives each its status (422, 409, 404). */
public enum Refusal {

    /** The command breaks a rule of the domain; the message tells a person what to do differently. */
    RULE_BROKEN,

    /** The command came too late: the thing changed meanwhile, or it already exists. */
    CONFLICT,

    /** The thing the command names does not exist. */
    NOT_FOUND
}
