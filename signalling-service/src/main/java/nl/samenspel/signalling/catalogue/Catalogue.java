package nl.samenspel.signalling.catalogue;

import nl.samenspel.kit.security.Caller;
import nl.samenspel.kit.security.CallerRole;
import nl.samenspel.kit.web.ForbiddenException;
import nl.samenspel.kit.web.NotFoundException;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up coded terms and refuses unknown ones with a message that lists the known codes. A configurable
 * taxonomy rather than an enum: networks add categories without a release.
 */
@Component
public class Catalogue {

    private final Map<String, CatalogueEntry> municipalities;
    private final Map<String, CatalogueEntry> categories;
    private final Map<String, CatalogueEntry> lifeDomains;
    private final Map<String, CatalogueEntry> targetGroups;

    public Catalogue(CatalogueProperties properties) {
        this.municipalities = byCode(properties.municipalities());
        this.categories = byCode(properties.categories());
        this.lifeDomains = byCode(properties.lifeDomains());
        this.targetGroups = byCode(properties.targetGroups());
    }

    public List<CatalogueEntry> municipalities() {
        return List.copyOf(municipalities.values());
    }

    public List<CatalogueEntry> categories() {
        return List.copyOf(categories.values());
    }

    public List<CatalogueEntry> lifeDomains() {
        return List.copyOf(lifeDomains.values());
    }

    public List<CatalogueEntry> targetGroups() {
        return List.copyOf(targetGroups.values());
    }

    public boolean isMunicipality(String code) {
        return municipalities.containsKey(code);
    }

    /** The municipality named in a request body; unknown ones are refused (400). */
    public CatalogueEntry municipality(String code) {
        return require("municipality", municipalities, code);
    }

    /**
     * The municipality named in a URL, asked for by this caller: a municipality may only ask for itself, which is
     * checked before whether the code is known, so another code is 403 whether it exists or not.
     */
    public CatalogueEntry municipalityInPath(String code, Caller caller) {
        if (caller.is(CallerRole.MUNICIPALITY) && !caller.isMunicipality(code)) {
            throw new ForbiddenException(caller.subject() + " may not act for municipality " + code);
        }
        return municipalityInPath(code);
    }

    /** The municipality named in a URL; unknown ones are not found (404). */
    public CatalogueEntry municipalityInPath(String code) {
        CatalogueEntry entry = municipalities.get(code);
        if (entry == null) {
            throw new NotFoundException("Municipality '" + code + "' is not part of this network; known are "
                    + municipalities.keySet() + ".");
        }
        return entry;
    }

    public CatalogueEntry category(String code) {
        return require("category", categories, code);
    }

    public CatalogueEntry lifeDomain(String code) {
        return require("life domain", lifeDomains, code);
    }

    public CatalogueEntry targetGroup(String code) {
        return require("target group", targetGroups, code);
    }

    private static CatalogueEntry require(String what, Map<String, CatalogueEntry> entries, String code) {
        CatalogueEntry entry = code == null ? null : entries.get(code);
        if (entry == null) {
            // The value is not repeated: what was typed into a coded field may be personal data.
            throw new IllegalArgumentException("Unknown " + what + "; known codes are " + entries.keySet() + ".");
        }
        return entry;
    }

    private static Map<String, CatalogueEntry> byCode(Collection<CatalogueEntry> entries) {
        return entries.stream().collect(Collectors.toMap(CatalogueEntry::code, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
