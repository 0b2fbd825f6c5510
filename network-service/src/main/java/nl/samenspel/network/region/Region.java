package nl.samenspel.network.region;

import nl.samenspel.kit.web.DomainRuleException;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The municipalities and districts of this network; commands naming anything outside it are refused. */
@Component
public class Region {

    private final String name;
    private final Map<String, RegionProperties.Municipality> municipalities = new LinkedHashMap<>();

    public Region(RegionProperties properties) {
        this.name = properties.name();
        properties.municipalities().forEach(m -> municipalities.put(m.code(), m));
    }

    public String name() {
        return name;
    }

    public List<RegionProperties.Municipality> municipalities() {
        return List.copyOf(municipalities.values());
    }

    public List<String> municipalityCodes() {
        return List.copyOf(municipalities.keySet());
    }

    /** Refuses municipality codes that are not part of the region, naming the ones that are. */
    public void requireMunicipalities(Collection<String> codes) {
        List<String> unknown = codes.stream().filter(code -> !municipalities.containsKey(code)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleException("Municipality " + String.join(", ", unknown) + " is not part of the region "
                    + name + "; it covers " + describe() + ".");
        }
    }

    /** Refuses districts that do not belong to one of the given (region) municipalities. */
    public void requireDistricts(Collection<String> districtCodes, Collection<String> municipalityCodes) {
        var known = municipalityCodes.stream().map(municipalities::get)
                .flatMap(m -> m.districts().stream()).map(RegionProperties.District::code)
                .collect(Collectors.toSet());
        List<String> unknown = districtCodes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new DomainRuleException("District " + String.join(", ", unknown)
                    + " is not a district of the municipalities served " + municipalityCodes + "; known districts: "
                    + known.stream().sorted().toList() + ".");
        }
    }

    private String describe() {
        return municipalities.values().stream().map(m -> m.code() + " " + m.name()).collect(Collectors.joining(", "));
    }
}
