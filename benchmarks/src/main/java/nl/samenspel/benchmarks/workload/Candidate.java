package nl.samenspel.benchmarks.workload;

import com.fasterxml.jackson.databind.JsonNode;

/** A supporter matching proposed, as the coordinator's API returns it. */
record Candidate(String supporterId, String organisationId, String kind) {

    static Candidate of(JsonNode node) {
        return new Candidate(node.path("supporterId").asText(), node.path("organisationId").asText(),
                node.path("kind").asText());
    }
}
