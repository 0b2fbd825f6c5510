package nl.samenspel.signalling.catalogue;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The catalogue as configured under {@code signalling.catalogue}. A wrong catalogue stops the service at start-up:
 * every list needs entries with unique codes, and municipality codes are CBS codes ({@code GM} + four digits).
 */
@ConfigurationProperties("signalling.catalogue")
public record CatalogueProperties(List<CatalogueEntry> municipalities, List<CatalogueEntry> categories,
                                  List<CatalogueEntry> lifeDomains, List<CatalogueEntry> targetGroups) {

    public CatalogueProperties {
        requireUniqueCodes("municipalities", municipalities);
        requireUniqueCodes("categories", categories);
        requireUniqueCodes("life-domains", lifeDomains);
        requireUniqueCodes("target-groups", targetGroups);
        municipalities.stream().map(CatalogueEntry::code).filter(code -> !code.matches("GM\\d{4}")).findFirst()
                .ifPresent(code -> {
                    throw new IllegalArgumentException("signalling.catalogue.municipalities: '" + code
                            + "' is not a CBS municipality code (GM followed by four digits).");
                });
    }

    private static void requireUniqueCodes(String list, List<CatalogueEntry> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("signalling.catalogue." + list + " must have at least one entry.");
        }
        Set<String> seen = new HashSet<>();
        for (CatalogueEntry entry : entries) {
            if (entry == null || entry.code() == null || entry.code().isBlank()) {
                throw new IllegalArgumentException("signalling.catalogue." + list + " has an entry without a code.");
            }
            if (!seen.add(entry.code())) {
                throw new IllegalArgumentException("signalling.catalogue." + list + " has code '" + entry.code() + "' twice.");
            }
            Objects.requireNonNull(entry.label(), "label of " + entry.code());
        }
    }
}
