package nl.samenspel.coordinator.cases;

/** Life domains (levensdomeinen) a resident's question can touch; the codes of the network's contract. */
public enum LifeDomain {
    CARE_AND_SUPPORT, HOUSING, WORK_AND_INCOME, MONEY_AND_DEBTS, EDUCATION, PARENTING_AND_YOUTH,
    PARTICIPATION_AND_DAY_ACTIVITIES, TRANSPORT, LAWS_RULES_AND_OBJECTIONS
}
