package nl.samenspel.local.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntSupplier;

/**
 * Issue 6's access matrix: every endpoint of a service called by every kind of caller, with real tokens from
 * {@link TestTokenIssuer}. A caller outside a row's allowed set must get 401 (no or expired token) or 403, the same
 * 403 whether or not the addressed thing exists, and must store no event; an allowed caller must get past the
 * access rules (any answer but 401, 403 or 5xx: the command may still break a domain rule).
 */
public final class AccessMatrix {

    /** Who calls, relative to the thing a row addresses. */
    public enum Actor {
        COORDINATOR, ORGANISATION_OWN, ORGANISATION_OTHER, SUPPORTER_OWN, SUPPORTER_OTHER, MUNICIPALITY_OWN,
        MUNICIPALITY_OTHER, ADMINISTRATOR, NO_TOKEN, EXPIRED_TOKEN
    }

    /**
     * The parties whose tokens the actors use: "own" is the organisation, supporter (of that organisation) and
     * municipality the rows' requests address; "other" ones are someone else.
     */
    public record Parties(String organisation, String supporter, String otherOrganisation, String otherSupporter,
                          String municipality, String otherMunicipality) {

        String token(Actor actor) {
            TestTokenIssuer tokens = TestTokenIssuer.get();
            return switch (actor) {
                case COORDINATOR -> tokens.coordinator();
                case ORGANISATION_OWN -> tokens.organisation(organisation);
                case ORGANISATION_OTHER -> tokens.organisation(otherOrganisation);
                case SUPPORTER_OWN -> tokens.supporter(organisation, supporter);
                case SUPPORTER_OTHER -> tokens.supporter(otherOrganisation, otherSupporter);
                case MUNICIPALITY_OWN -> tokens.municipality(municipality);
                case MUNICIPALITY_OTHER -> tokens.municipality(otherMunicipality);
                case ADMINISTRATOR -> tokens.administrator();
                case NO_TOKEN -> null;
                case EXPIRED_TOKEN -> tokens.expiredCoordinator();
            };
        }
    }

    /**
     * One endpoint's rule.
     *
     * @param endpoint      {@code "PUT /supporters/{id}/profile"}: method and path pattern as Spring maps them
     * @param allowed       who may call it
     * @param pathVariables the own resource's ids for the pattern's variables; each is replaced by an unknown id
     *                      to check that a refusal does not reveal existence
     * @param query         query string without {@code ?}, or {@code null}
     * @param body          JSON body, or {@code null}
     */
    public record Row(String endpoint, Set<Actor> allowed, Map<String, String> pathVariables, String query, String body) {

        public static Row of(String endpoint, Set<Actor> allowed) {
            return new Row(endpoint, allowed, Map.of(), null, null);
        }

        public Row path(String variable, String value) {
            Map<String, String> variables = new LinkedHashMap<>(pathVariables);
            variables.put(variable, value);
            return new Row(endpoint, allowed, variables, query, body);
        }

        public Row query(String query) {
            return new Row(endpoint, allowed, pathVariables, query, body);
        }

        public Row body(String json) {
            return new Row(endpoint, allowed, pathVariables, query, json);
        }

        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        String path(Map<String, String> variables) {
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (var variable : variables.entrySet()) {
                path = path.replace("{" + variable.getKey() + "}", URLEncoder.encode(variable.getValue(), StandardCharsets.UTF_8));
            }
            return path + (query == null ? "" : "?" + query);
        }

        Map<String, String> unknownVariables() {
            Map<String, String> unknown = new LinkedHashMap<>();
            pathVariables.keySet().forEach(name -> unknown.put(name, "unknown-" + UUID.randomUUID()));
            return unknown;
        }
    }

    /** The actors a row allows. */
    public static EnumSet<Actor> allowed(Actor... actors) {
        EnumSet<Actor> allowed = EnumSet.noneOf(Actor.class);
        allowed.addAll(List.of(actors));
        return allowed;
    }


    private final String baseUri;
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private final IntSupplier storedEvents;

    /**
     * @param baseUri      e.g. {@code http://127.0.0.1:8085}
     * @param storedEvents the number of events in the service's event store
     */
    public AccessMatrix(String baseUri, Parties parties, IntSupplier storedEvents) {
        this.baseUri = baseUri;
        // One token per actor for the whole run, so that two refusals of the same token read the same.
        for (Actor actor : Actor.values()) {
            tokens.put(actor, parties.token(actor));
        }
        this.storedEvents = storedEvents;
    }

    /**
     * Checks that the rows are exactly the service's endpoints, then runs every refused cell (on a quiet event
     * store, so any stored event is the refused request's), then every allowed cell; returns a line per endpoint
     * without a row and per cell that answered wrongly, empty when the matrix holds.
     *
     * @param endpoints every endpoint the service maps, as {@code "GET /region"}
     */
    public List<String> check(List<Row> rows, List<String> endpoints) {
        List<String> wrong = new ArrayList<>();
        List<String> covered = rows.stream().map(Row::endpoint).toList();
        endpoints.stream().filter(endpoint -> !covered.contains(endpoint)).forEach(endpoint -> wrong.add(endpoint + ": no row"));
        covered.stream().filter(endpoint -> !endpoints.contains(endpoint)).forEach(endpoint -> wrong.add(endpoint + ": no such endpoint"));
        awaitQuietEventStore();
        for (Row row : rows) {
            for (Actor actor : EnumSet.complementOf(allowed(row.allowed().toArray(Actor[]::new)))) {
                checkRefused(row, actor, wrong);
            }
        }
        for (Row row : rows) {
            for (Actor actor : row.allowed()) {
                HttpResponse<String> response = send(row, row.pathVariables(), actor);
                if (response.statusCode() == 401 || response.statusCode() == 403 || response.statusCode() >= 500) {
                    wrong.add(row.endpoint() + " as " + actor + ": allowed, but got " + response.statusCode() + " " + response.body());
                }
            }
        }
        return wrong;
    }

    private void checkRefused(Row row, Actor actor, List<String> wrong) {
        int expected = actor == Actor.NO_TOKEN || actor == Actor.EXPIRED_TOKEN ? 401 : 403;
        int before = storedEvents.getAsInt();
        HttpResponse<String> response = send(row, row.pathVariables(), actor);
        String cell = row.endpoint() + " as " + actor;
        if (response.statusCode() != expected) {
            wrong.add(cell + ": expected " + expected + ", got " + response.statusCode() + " " + response.body());
            return;
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(cell + ": refusal is not problem+json");
        }
        if (storedEvents.getAsInt() != before) {
            wrong.add(cell + ": refused, but an event was stored");
        }
        if (!row.pathVariables().isEmpty()) {
            HttpResponse<String> unknown = send(row, row.unknownVariables(), actor);
            if (unknown.statusCode() != expected || !withoutInstance(unknown.body()).equals(withoutInstance(response.body()))) {
                wrong.add(cell + ": an unknown id is answered differently (" + unknown.statusCode() + " " + unknown.body()
                        + ") from another party's (" + response.body() + ")");
            }
        }
    }

    /** The problem's {@code instance} is the request's own path, which differs by the id asked for. */
    private static String withoutInstance(String body) {
        return body.replaceAll(",?\"instance\":\"[^\"]*\"", "");
    }

    private HttpResponse<String> send(Row row, Map<String, String> variables, Actor actor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + row.path(variables)))
                .method(row.method(), row.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(row.body()));
        if (row.body() != null) {
            request.header("Content-Type", "application/json");
        }
        String token = tokens.get(actor);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    /** Waits until background work (processors, sagas, deadlines, consumers) stored nothing for five seconds. */
    private void awaitQuietEventStore() {
        int[] last = {storedEvents.getAsInt()};
        long[] since = {System.nanoTime()};
        Await.until(Duration.ofSeconds(90), "an event store without new events for five seconds", () -> {
            int now = storedEvents.getAsInt();
            if (now != last[0]) {
                last[0] = now;
                since[0] = System.nanoTime();
            }
            return System.nanoTime() - since[0] > Duration.ofSeconds(5).toNanos();
        });
    }
}
