package nl.samenspel.network.coverage;

import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.TargetGroup;

import java.util.Comparator;

/**
 * One gap in a municipality's offer: no eligible supporter of {@code supportKind} for this target group and life
 * domain.
 *
 * @param supportKind FORMAL, INFORMAL, EXPERIENCE_EXPERT, or ANY when the cell is empty altogether
 */
public record CoverageGap(TargetGroup targetGroup, LifeDomain lifeDomain, String supportKind) {

    /** Gaps are opened and closed in this order, so a review always emits the same events in the same order. */
    public static final Comparator<CoverageGap> ORDER = Comparator.comparing(CoverageGap::targetGroup)
            .thenComparing(CoverageGap::lifeDomain).thenComparing(CoverageGap::supportKind);

    /** The kind used when no eligible supporter of any kind covers the cell. */
    public static final String ANY = "ANY";
}
