package nl.samenspel.coordinator.audit;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Audit entries as CSV (RFC 4180). A reason is free text: every field is quoted, quotes doubled, and a field that a
 * spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return) gets a
 * leading apostrophe, so opening the export cannot execute anything.
 */
final class AuditCsv {

    private static final String HEADER = "id,recordedAt,actorSubject,actorRole,actorOrganisation,actorSupporter,action,"
            + "residentPseudonym,caseReference,handoverId,reason\r\n";

    private AuditCsv() {
    }

    static String of(List<AuditEntryView> entries) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (AuditEntryView entry : entries) {
            csv.append(Stream.of(Long.toString(entry.id()), entry.recordedAt().toString(), entry.actorSubject(), entry.actorRole(),
                            entry.actorOrganisation(), entry.actorSupporter(), entry.action(), entry.residentPseudonym(),
                            entry.caseReference(), entry.handoverId(), entry.reason())
                    .map(AuditCsv::field).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
