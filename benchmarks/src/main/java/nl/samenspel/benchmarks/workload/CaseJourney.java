package nl.samenspel.benchmarks.workload;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One resident's trajectory, as DOMAIN.md's core flows describe it: the coordinator opens the case, asks matching
 * for candidates and dispatches it; the organisation accepts; the supporter logs hours; an informal case is
 * escalated and handed over to a formal supporter, some formal cases are handed over for capacity; then the case
 * is closed and the resident's experience recorded. A refusal ends the journey.
 */
final class CaseJourney implements Journey {

    private static final List<String> PHASES = List.of("ORIENTATION", "ACCESS", "DURING_SUPPORT");

    private final Random random;
    private final LocalDate today;
    private final List<Command> planned = new ArrayList<>();
    private String reference;
    private JsonNode candidates;
    private Candidate owner;
    private Candidate receiver;
    private int step;

    CaseJourney(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    @Override
    public Command next(ApiResponse previous) {
        if (previous != null && !previous.ok()) {
            return null;
        }
        step++;
        return switch (step) {
            case 1 -> open();
            case 2 -> {
                reference = previous.json().path("caseReference").asText();
                yield new Command("rank candidates (GET)", "coordinator", "GET",
                        "/cases/" + reference + "/candidates?limit=10", null, false);
            }
            case 3 -> {
                candidates = previous.json().path("candidates");
                if (candidates.isEmpty()) {
                    yield null;
                }
                owner = Candidate.of(candidates.get(0));
                yield command("dispatch case", "/dispatch", Map.of("supporterId", owner.supporterId()), Actor.COORDINATOR);
            }
            case 4 -> command("accept case", "/accept", Map.of("supporterId", owner.supporterId()),
                    Actor.organisation(owner.organisationId()));
            case 5 -> {
                planTrajectory();
                yield nextPlanned(previous);
            }
            default -> nextPlanned(previous);
        };
    }

    private Command open() {
        Map<String, Object> body = new LinkedHashMap<>();
        // Letters only: a random run of digits could read as a BSN or phone number, which a pseudonym may never hold.
        body.put("residentPseudonym", "bench-" + random.ints(12, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        body.put("municipalityCode", pick(ScaledRegion.MUNICIPALITIES));
        body.put("lifeDomains", List.of(pick(ScaledRegion.LIFE_DOMAINS)));
        body.put("targetGroups", List.of(pick(ScaledRegion.TARGET_GROUPS)));
        body.put("phase", pick(PHASES));
        body.put("language", "nl");
        body.put("urgency", "NORMAL");
        return new Command("open case", "coordinator", "POST", "/cases", body, true);
    }

    /** After acceptance: hours, maybe an escalation or a handover, more hours, closing and the experience. */
    private void planTrajectory() {
        planned.add(hours());
        Candidate formal = other(true);
        Candidate anyOther = other(false);
        if (!owner.kind().equals("FORMAL") && formal != null) {
            planned.add(asOwner("escalate case", "/escalate", null));
            handOver(formal, "ESCALATION");
        } else if (anyOther != null && random.nextInt(10) < 3) {
            handOver(anyOther, "CAPACITY");
        }
        planned.add(hours());
        planned.add(asOwner("close case", "/close", Map.of("outcome", "RESOLVED")));
        planned.add(asOwner("record experience", "/experience", Map.of("helpful", 4 + random.nextInt(2),
                "canCarryOn", 3 + random.nextInt(3), "ownChoices", 4, "sameSupporterAgain", 5, "wouldRecommend", 4,
                "improvementPoints", "Eerder contact zou prettig zijn.")));
    }

    private void handOver(Candidate to, String reason) {
        receiver = to;
        planned.add(asOwner("request handover", "/handovers", Map.of("toOrganisationId", to.organisationId(),
                "toSupporterId", to.supporterId(), "reason", reason, "coSupport", false)));
        // Placeholder: the accept needs the handover id from the answer, filled in by nextPlanned.
        planned.add(null);
    }

    private Command nextPlanned(ApiResponse previous) {
        if (planned.isEmpty()) {
            return null;
        }
        Command command = planned.remove(0);
        if (command == null) {
            String handoverId = previous.json().path("handoverId").asText();
            Candidate from = owner;
            owner = receiver;
            // Everything after the handover is done by the new owner.
            planned.replaceAll(c -> c == null ? null : reassigned(c, from));
            return command("accept handover", "/handovers/" + handoverId + "/accept",
                    Map.of("supporterId", receiver.supporterId()), Actor.organisation(receiver.organisationId()));
        }
        return command;
    }

    private Command reassigned(Command command, Candidate from) {
        if (!from.supporterId().equals(command.actor().supporterId())) {
            return command;
        }
        return new Command(command.name(), command.service(), command.method(), command.path(), command.body(),
                command.publishes(), actorOf(owner));
    }

    private Command hours() {
        return asOwner("log hours", "/hours", Map.of("minutes", 30 + 15 * random.nextInt(6), "workedOn", today));
    }

    private Command asOwner(String name, String path, Object body) {
        return command(name, path, body, actorOf(owner));
    }

    private Command command(String name, String path, Object body, Actor actor) {
        return new Command(name, "coordinator", "POST", "/cases/" + reference + path, body == null ? Map.of() : body,
                true, actor);
    }

    private static Actor actorOf(Candidate supporter) {
        return Actor.supporter(supporter.organisationId(), supporter.supporterId());
    }

    /** Another candidate than the owner, from another organisation; only formal ones if asked. */
    private Candidate other(boolean formalOnly) {
        for (JsonNode node : candidates) {
            Candidate candidate = Candidate.of(node);
            if (!candidate.organisationId().equals(owner.organisationId())
                    && (!formalOnly || candidate.kind().equals("FORMAL"))) {
                return candidate;
            }
        }
        return null;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
