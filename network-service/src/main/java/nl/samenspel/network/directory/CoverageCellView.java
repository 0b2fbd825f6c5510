package nl.samenspel.network.directory;

import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.TargetGroup;

/**
 * One cell of the coverage matrix: how many eligible supporters of each kind serve this target group in this life
 * domain in this municipality. Eligible: not deactivated, not inactive, registration not lapsed (formal),
 * organisation admitted. A zero is a gap in the offer (lacune).
 */
public record CoverageCellView(String municipalityCode, TargetGroup targetGroup, LifeDomain lifeDomain,
                               int formal, int informal, int experienceExpert) {

    public int total() {
        return formal + informal + experienceExpert;
    }
}
