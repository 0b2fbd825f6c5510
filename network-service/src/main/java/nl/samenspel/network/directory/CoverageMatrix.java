package nl.samenspel.network.directory;

import nl.samenspel.network.vocabulary.LifeDomain;
import nl.samenspel.network.vocabulary.TargetGroup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts eligible supporters per target group × life domain × kind for one municipality, zeros included. */
@Component
class CoverageMatrix {

    private final JdbcTemplate jdbc;

    CoverageMatrix(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CoverageCellView> of(String municipalityCode) {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.query("""
                        select tg, ld, s.kind, count(*) from directory_supporter s
                        join directory_organisation o on o.organisation_id = s.organisation_id
                        cross join lateral unnest(s.target_groups) tg
                        cross join lateral unnest(s.life_domains) ld
                        where s.municipalities @> array[?]::text[]
                          and o.status = 'ADMITTED' and not s.deactivated and s.availability <> 'INACTIVE'
                          and not (s.kind = 'FORMAL' and s.registration_lapsed)
                        group by tg, ld, s.kind""",
                rs -> {
                    int[] cell = counts.computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new int[3]);
                    cell[switch (rs.getString(3)) {
                        case "FORMAL" -> 0;
                        case "INFORMAL" -> 1;
                        default -> 2;
                    }] = rs.getInt(4);
                }, municipalityCode);
        List<CoverageCellView> cells = new ArrayList<>();
        for (TargetGroup targetGroup : TargetGroup.values()) {
            for (LifeDomain lifeDomain : LifeDomain.values()) {
                int[] c = counts.getOrDefault(targetGroup.name() + "/" + lifeDomain.name(), new int[3]);
                cells.add(new CoverageCellView(municipalityCode, targetGroup, lifeDomain, c[0], c[1], c[2]));
            }
        }
        return cells;
    }
}
