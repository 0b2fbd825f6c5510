package nl.samenspel.network.directory;

import nl.samenspel.network.coverage.CoverageGap;
import nl.samenspel.network.coverage.ReviewCoverageCommand;
import nl.samenspel.network.region.Region;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/** Turns a municipality's coverage matrix into its set of gaps and has the coverage aggregate record the difference. */
@Component
class CoverageReview {

    private final CoverageMatrix matrix;
    private final CommandGateway commands;
    private final Region region;

    CoverageReview(CoverageMatrix matrix, CommandGateway commands, Region region) {
        this.matrix = matrix;
        this.commands = commands;
        this.region = region;
    }

    void review(String municipalityCode) {
        if (region.municipalityCodes().contains(municipalityCode)) {
            commands.sendAndWait(new ReviewCoverageCommand(municipalityCode, gaps(municipalityCode)));
        }
    }

    Set<CoverageGap> gaps(String municipalityCode) {
        Set<CoverageGap> gaps = new HashSet<>();
        for (CoverageCellView cell : matrix.of(municipalityCode)) {
            // An empty cell is one gap, not one per kind.
            if (cell.total() == 0) {
                gaps.add(new CoverageGap(cell.targetGroup(), cell.lifeDomain(), CoverageGap.ANY));
                continue;
            }
            if (cell.formal() == 0) {
                gaps.add(new CoverageGap(cell.targetGroup(), cell.lifeDomain(), "FORMAL"));
            }
            if (cell.informal() == 0) {
                gaps.add(new CoverageGap(cell.targetGroup(), cell.lifeDomain(), "INFORMAL"));
            }
            if (cell.experienceExpert() == 0) {
                gaps.add(new CoverageGap(cell.targetGroup(), cell.lifeDomain(), "EXPERIENCE_EXPERT"));
            }
        }
        return gaps;
    }
}
