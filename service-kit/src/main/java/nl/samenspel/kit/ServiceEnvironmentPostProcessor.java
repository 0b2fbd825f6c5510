package nl.samenspel.kit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Runs before Spring Boot reads configuration files: points {@code spring.config.name} at the service's own
 * file (see {@link SamenspelService}) and adds the defaults every service shares ({@code samenspel-defaults.yml})
 * with the lowest precedence, so a service's file or an environment variable can override any of them.
 */
public class ServiceEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "samenspel-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        application.getAllSources().stream()
                .filter(Class.class::isInstance)
                .map(source -> AnnotatedElementUtils.findMergedAnnotation((Class<?>) source, SamenspelService.class))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .ifPresent(service -> {
                    if (!environment.containsProperty("spring.config.name")) {
                        environment.getPropertySources().addLast(new MapPropertySource("samenspel-service-name", Map.of(
                                "spring.config.name", service.value(),
                                "spring.application.name", service.value())));
                    }
                    loadDefaults().forEach(environment.getPropertySources()::addLast);
                });
    }

    private static List<PropertySource<?>> loadDefaults() {
        try {
            return new YamlPropertySourceLoader().load(DEFAULTS, new ClassPathResource(DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
