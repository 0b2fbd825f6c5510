/**
 * Facts published by the network-service: who is in the regional network and what each supporter can do
 * (the social map, <i>sociale kaart</i>), and where the offer has gaps (<i>lacunes</i>).
 *
 * <h2>Topics and keys</h2>
 * <ul>
 *   <li>{@code network.organisations.v1}, key organisation id: {@link OrganisationAdmitted},
 *       {@link OrganisationSuspended}, {@link OrganisationReinstated}, {@link OrganisationLeft}.</li>
 *   <li>{@code network.supporters.v1}, key supporter id: {@link SupporterRegistered},
 *       {@link SupporterProfileChanged}, {@link SupporterAvailabilityChanged}, {@link SupporterRegistrationLapsed},
 *       {@link SupporterRegistrationRenewed}, {@link SupporterDeactivated}.</li>
 *   <li>{@code network.coverage.v1}, key municipality code: {@link CoverageGapOpened}, {@link CoverageGapClosed}.</li>
 * </ul>
 *
 * <h2>Building a matching view from these facts alone</h2>
 * Replaying both topics from the beginning rebuilds the whole network. Keep per organisation: its
 * {@link OrganisationAdmitted} data and a status (admitted → suspended ⇄ admitted → left). Keep per supporter:
 * the latest {@link SupporterProfile} (from registration, replaced whole by every profile change), the latest
 * {@link Availability}, a "registration lapsed" flag (set by a lapse, cleared by a renewal) and a "deactivated"
 * flag. A supporter may take a new case only when: not deactivated; its organisation is admitted (not
 * suspended, not left); availability is {@code ACTIVE}, or {@code ON_LEAVE} with the case's date outside the
 * leave; for {@code FORMAL} supporters the registration has not lapsed; and its open cases are below
 * {@link SupporterProfile#capacity()} (open cases are the coordinator's own knowledge).
 *
 * <h2>Conflicts of interest</h2>
 * Care providers are identified by their Chamber of Commerce (KvK) number. A supporter is conflicted for a
 * resident when a care provider serving that resident is in {@link SupporterProfile#careProvidersLinked()}, or
 * is the supporter's own organisation ({@link OrganisationAdmitted#kvkNumber()}) and that organisation delivers
 * care ({@link OrganisationAdmitted#careDelivered()} is not empty); and when the municipality deciding on the
 * resident's access is in {@link SupporterProfile#accessTeams()}.
 *
 * <h2>Codes on the wire</h2>
 * Enumerated values are upper-case string codes, listed in each field's documentation. Consumers must treat an
 * unknown code as "not matching" rather than fail: new codes may be added in a minor version.
 * <ul>
 *   <li>Municipality: CBS code, {@code GM} + 4 digits, e.g. {@code GM0534} (Hillegom).</li>
 *   <li>District (<i>wijk</i>): CBS district code, {@code WK} + 6 digits, e.g. {@code WK057500}.</li>
 *   <li>Life domain (<i>levensdomein</i>): {@code CARE_AND_SUPPORT}, {@code HOUSING}, {@code WORK_AND_INCOME},
 *       {@code MONEY_AND_DEBTS}, {@code EDUCATION}, {@code PARENTING_AND_YOUTH},
 *       {@code PARTICIPATION_AND_DAY_ACTIVITIES}, {@code TRANSPORT}, {@code LAWS_RULES_AND_OBJECTIONS}.</li>
 *   <li>Target group (<i>doelgroep</i>): {@code OLDER_PEOPLE}, {@code YOUNG_PEOPLE} (including the 18-/18+
 *       transition), {@code MILD_INTELLECTUAL_DISABILITY} (LVB), {@code MENTAL_HEALTH} (GGZ), {@code HOMELESS},
 *       {@code MIGRATION_BACKGROUND}, {@code INFORMAL_CARERS} (mantelzorgers),
 *       {@code PHYSICAL_OR_SENSORY_IMPAIRMENT}, {@code MULTI_PROBLEM_FAMILIES}.</li>
 *   <li>Supporter kind: {@code FORMAL} (professional), {@code INFORMAL} (volunteer),
 *       {@code EXPERIENCE_EXPERT} (ervaringsdeskundige).</li>
 *   <li>Language: ISO 639-1 code in lower case, e.g. {@code nl}, {@code en}, {@code tr}, {@code ar}.</li>
 * </ul>
 */
package nl.samenspel.events.network;
