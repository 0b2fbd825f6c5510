package nl.samenspel.kit.security;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A service's own HTTP endpoints as Spring MVC maps them, each with the role rule it states: access tests enumerate
 * them so that an endpoint without a rule, or without a row in the test's access matrix, fails a test.
 */
public final class Endpoints {

    /**
     * One method and path.
     *
     * @param key     {@code "POST /organisations/{id}/admission"}
     * @param handler the controller method
     * @param rule    its {@code @PreAuthorize} expression, {@code null} when it has none
     */
    public record Endpoint(String key, HandlerMethod handler, String rule) {
    }

    private Endpoints() {
    }

    /** The endpoints whose controllers live in {@code basePackage} (the kit's and libraries' are left out). */
    public static List<Endpoint> of(ApplicationContext context, String basePackage) {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getName().startsWith(basePackage + ".")) {
                continue;
            }
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            List<String> methods = entry.getKey().getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (String method : methods.isEmpty() ? List.of("ANY") : methods) {
                for (String path : entry.getKey().getPatternValues()) {
                    endpoints.add(new Endpoint(method + " " + path, handler, rule == null ? null : rule.value()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return endpoints;
    }

    /** The keys ({@code "GET /region"}) of the endpoints whose controllers live in {@code basePackage}. */
    public static List<String> keys(ApplicationContext context, String basePackage) {
        return of(context, basePackage).stream().map(Endpoint::key).toList();
    }

    /** The keys of those endpoints that state no role rule: should be none. */
    public static List<String> withoutRule(ApplicationContext context, String basePackage) {
        return of(context, basePackage).stream().filter(endpoint -> endpoint.rule() == null).map(Endpoint::key).toList();
    }
}
