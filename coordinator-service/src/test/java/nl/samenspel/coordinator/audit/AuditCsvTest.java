package nl.samenspel.coordinator.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void everyFieldIsQuotedWithQuotesDoubledAndAFormulaIsDefused() {
        AuditEntryView entry = new AuditEntryView(7, Instant.parse("2026-03-01T10:15:30Z"), "adviser", "COORDINATOR", null, null,
                "READ_PERSONAL_DETAILS", "R-1", null, null, "=cmd|' /C calc'!A0, said \"now\"\nnext line");

        String csv = AuditCsv.of(List.of(entry));

        assertThat(csv).startsWith("id,recordedAt,actorSubject,actorRole,actorOrganisation,actorSupporter,action,"
                + "residentPseudonym,caseReference,handoverId,reason\r\n");
        assertThat(csv).endsWith("\"7\",\"2026-03-01T10:15:30Z\",\"adviser\",\"COORDINATOR\",,,\"READ_PERSONAL_DETAILS\",\"R-1\",,,"
                + "\"'=cmd|' /C calc'!A0, said \"\"now\"\"\nnext line\"\r\n");
    }

    @Test
    void aFieldThatDoesNotStartAFormulaIsKeptAsGiven() {
        assertThat(AuditCsv.field("gesprek aan de keukentafel - vervolg")).isEqualTo("\"gesprek aan de keukentafel - vervolg\"");
        assertThat(AuditCsv.field("-1")).isEqualTo("\"'-1\"");
        assertThat(AuditCsv.field("")).isEqualTo("\"\"");
        assertThat(AuditCsv.field(null)).isEmpty();
    }
}
