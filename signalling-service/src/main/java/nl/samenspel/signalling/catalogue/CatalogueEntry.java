package nl.samenspel.signalling.catalogue;

/**
 * One coded term of the catalogue.
 *
 * @param code  the stable code used in commands, events and reports, e.g. {@code WAITING_TIMES} or {@code GM0534}
 * @param label what people read, e.g. "Waiting times (wachttijden)" or "Hillegom"
 */
public record CatalogueEntry(String code, String label) {
}
