package nl.samenspel.network.vocabulary;

/** Care an organisation delivers itself; its supporters are conflicted for residents receiving it. */
public enum CareKind {
    HOUSEHOLD_HELP, AMBULANT_SUPPORT, DAY_ACTIVITIES, NURSING_AND_PERSONAL_CARE, SHELTER_AND_PROTECTED_LIVING, YOUTH_CARE, MENTAL_HEALTH_CARE, DEBT_COUNSELLING
}
