package nl.samenspel.coordinator.matching;

import java.util.Map;
import java.util.Set;

/** This service's own knowledge matching needs: the places each supporter has taken, and who supported a resident before. */
public interface CaseloadSource {

    /**
     * Per supporter, the places taken by cases other than {@code caseReference}: cases they own or share, and offers
     * waiting for their answer. The case being matched is left out, so that accepting its own offer needs no second place.
     */
    Map<String, Integer> placesTakenBySupporter(String caseReference);

    /** The places one supporter has taken by cases other than {@code caseReference}, counted as above. */
    int placesTakenBy(String supporterId, String caseReference);

    Set<String> previousSupportersOf(String residentPseudonym);
}
