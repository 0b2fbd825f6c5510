package nl.samenspel.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@link RestClient} per service. Each request carries the logged-in person's access token from their session
 * (refreshed when it expires); a problem+json answer becomes an {@link ApiProblem}.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClients {

    static final String REGISTRATION = "samenspel";

    @Bean
    RestClient networkClient(RestClient.Builder builder, ServiceAddresses addresses, OAuth2AuthorizedClientManager clients,
                             ObjectMapper json) {
        return client(builder, addresses.networkUrl(), clients, json);
    }

    @Bean
    RestClient coordinatorClient(RestClient.Builder builder, ServiceAddresses addresses, OAuth2AuthorizedClientManager clients,
                                 ObjectMapper json) {
        return client(builder, addresses.coordinatorUrl(), clients, json);
    }

    @Bean
    RestClient signallingClient(RestClient.Builder builder, ServiceAddresses addresses, OAuth2AuthorizedClientManager clients,
                                ObjectMapper json) {
        return client(builder, addresses.signallingUrl(), clients, json);
    }

    @Bean
    RestClient notificationClient(RestClient.Builder builder, ServiceAddresses addresses, OAuth2AuthorizedClientManager clients,
                                  ObjectMapper json) {
        return client(builder, addresses.notificationUrl(), clients, json);
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl, OAuth2AuthorizedClientManager clients,
                                     ObjectMapper json) {
        OAuth2ClientHttpRequestInterceptor tokens = new OAuth2ClientHttpRequestInterceptor(clients);
        tokens.setClientRegistrationIdResolver(request -> REGISTRATION);
        return builder.clone()
                .baseUrl(baseUrl)
                .requestInterceptor(tokens)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response, json);
                })
                .build();
    }

    static ApiProblem problem(ClientHttpResponse response, ObjectMapper json) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body = response.getBody().readAllBytes();
        try {
            JsonNode problem = json.readTree(body);
            List<Map<String, String>> errors = new ArrayList<>();
            problem.path("errors").forEach(error -> {
                Map<String, String> one = new LinkedHashMap<>();
                one.put("field", error.path("field").asText());
                one.put("message", error.path("message").asText());
                errors.add(one);
            });
            return new ApiProblem(status, problem.path("title").asText(""), problem.path("detail").asText(""),
                    ApiProblem.fieldErrors(errors));
        } catch (IOException notJson) {
            return new ApiProblem(status, "", "", Map.of());
        }
    }
}
