package nl.samenspel.console.web;

import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The values the services' APIs accept, for the forms' choices. Pages show each through the message bundle
 * ({@code lifeDomain.HOUSING}, {@code outcome.RESOLVED}, ...), never as the raw value.
 */
@Component("vocabulary")
public class Vocabulary {

    public List<String> lifeDomains() {
        return List.of("CARE_AND_SUPPORT", "HOUSING", "WORK_AND_INCOME", "MONEY_AND_DEBTS", "EDUCATION",
                "PARENTING_AND_YOUTH", "PARTICIPATION_AND_DAY_ACTIVITIES", "TRANSPORT", "LAWS_RULES_AND_OBJECTIONS");
    }

    public List<String> targetGroups() {
        return List.of("OLDER_PEOPLE", "YOUNG_PEOPLE", "MILD_INTELLECTUAL_DISABILITY", "MENTAL_HEALTH", "HOMELESS",
                "MIGRATION_BACKGROUND", "INFORMAL_CARERS", "PHYSICAL_OR_SENSORY_IMPAIRMENT", "MULTI_PROBLEM_FAMILIES");
    }

    /** The municipalities of the demo region (Duin- en Bollenstreek). */
    public List<String> municipalities() {
        return List.of("GM1525", "GM0553", "GM0534", "GM0575");
    }

    /** The signalling catalogue's categories (signalling-service.yml, {@code samenspel.catalogue.categories}). */
    public List<String> signalCategories() {
        return List.of("ACCESS_AND_PROCEDURES", "WAITING_TIMES", "TREATMENT_AND_COMMUNICATION", "MISSING_PROVISION",
                "RULES_AND_POLICY", "COOPERATION_BETWEEN_ORGANISATIONS", "MONEY_AND_LIVELIHOOD", "HOUSING", "OTHER");
    }

    public List<String> phases() {
        return List.of("ORIENTATION", "ACCESS", "DURING_SUPPORT");
    }

    public List<String> urgencies() {
        return List.of("LOW", "NORMAL", "HIGH");
    }

    public List<String> complexityFlags() {
        return List.of("CONFLICT", "OBJECTION_DEADLINE", "COMPLAINT_DEADLINE", "MULTIPLE_PROBLEMS", "SAFETY_CONCERN");
    }

    public List<String> outcomes() {
        return List.of("RESOLVED", "REFERRED_TO_PROVISION", "HANDED_TO_WLZ", "WITHDRAWN", "UNREACHABLE");
    }

    public List<String> declineReasons() {
        return List.of("NO_CAPACITY", "NO_EXPERTISE", "CONFLICT_OF_INTEREST", "OTHER");
    }

    public List<String> handoverReasons() {
        return List.of("EXPERTISE", "CAPACITY", "MOVING", "RESIDENT_WISH", "ESCALATION", "DEESCALATION");
    }

    /** Putten's five statements on the resident's experience, each scored 1 to 5. */
    public List<String> experienceStatements() {
        return List.of("helpful", "canCarryOn", "ownChoices", "sameSupporterAgain", "wouldRecommend");
    }

    public List<String> queueSections() {
        return List.of("NEW", "OFFERS_AWAITING_ACCEPTANCE", "OVERDUE", "ESCALATIONS_WAITING_FOR_FORMAL", "HANDOVERS_PENDING");
    }
}
