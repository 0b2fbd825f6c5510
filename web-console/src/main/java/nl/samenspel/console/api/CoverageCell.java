package nl.samenspel.console.api;

/** One cell of a municipality's coverage matrix: eligible supporters of each kind; none at all is a gap (lacune). */
public record CoverageCell(String municipalityCode, String targetGroup, String lifeDomain, int formal, int informal,
                           int experienceExpert) {

    public int total() {
        return formal + informal + experienceExpert;
    }
}
