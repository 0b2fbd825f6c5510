package nl.samenspel.coordinator.matching;

import java.util.Map;
import java.util.Set;

/** This service's own knowledge matching needs: open cases per supporter, and who supported a resident before. */
public interface CaseloadSource {

    Map<String, Integer> openCasesBySupporter();

    Set<String> previousSupportersOf(String residentPseudonym);
}
