package nl.samenspel.kit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Each service's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): its title and
 * description ({@code samenspel.api.title}, {@code samenspel.api.description}), the project's version, the bearer
 * JWT scheme every operation requires (so Swagger UI's Authorize button works), the problem+json answers each
 * operation really gives ({@link ApiConventions}) and an example for every request body.
 */
@AutoConfiguration
public class ApiDocumentConfiguration {

    @Bean
    public OpenAPI samenspelApi(Environment environment) {
        String name = environment.getProperty("spring.application.name", "service");
        return new OpenAPI()
                .info(new Info()
                        .title(environment.getProperty("samenspel.api.title", name))
                        .version(projectVersion())
                        .description(environment.getProperty("samenspel.api.description")))
                .components(new Components()
                        .addSecuritySchemes(ApiConventions.BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("An access token of the network's identity provider, audience samenspel; "
                                        + "its role, organisation or municipality decides what the caller may do."))
                        .addSchemas(ApiConventions.PROBLEM, ApiConventions.problemSchema()));
    }

    @Bean
    public GlobalOperationCustomizer samenspelApiAnswers() {
        return ApiConventions::document;
    }

    @Bean
    public GlobalOpenApiCustomizer samenspelApiExamples() {
        return ApiConventions::addRequestExamples;
    }

    /** Written into the kit at build time, so every service's document carries the release it belongs to. */
    static String projectVersion() {
        try (InputStream in = ApiDocumentConfiguration.class.getResourceAsStream("/samenspel-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("samenspel.version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
