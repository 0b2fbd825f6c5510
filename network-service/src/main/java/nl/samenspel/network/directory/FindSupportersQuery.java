package nl.samenspel.network.directory;

import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.SupporterKind;
import nl.samenspel.network.vocabulary.TargetGroup;

/**
 * Directory search; every filter is optional. A supporter without districts serves the whole of their
 * municipalities, so matches every district in them.
 *
 * @param availableNow only supporters who can take a case today: active (or outside their leave), free capacity,
 *                     registration not lapsed, organisation admitted
 * @param page         zero-based page number
 * @param size         page size, 1 to 200
 */
public record FindSupportersQuery(String municipality, String district, LifeDomain lifeDomain, TargetGroup targetGroup,
                                  SupporterKind kind, String language, boolean availableNow, int page, int size) {

    public FindSupportersQuery {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and 200.");
        }
    }
}
