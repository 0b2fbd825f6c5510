package nl.samenspel.coordinator.cases;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Reads who acts from the headers {@code Actor-Role}, {@code Actor-Organisation} and {@code Actor-Supporter}
 * (the coordinator when absent) until authentication replaces them (access-and-privacy issue).
 */
@Configuration
class ActorResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                 WebDataBinderFactory binders) {
        String role = request.getHeader("Actor-Role");
        try {
            return new Actor(role == null ? Role.COORDINATOR : Role.valueOf(role), request.getHeader("Actor-Organisation"),
                    request.getHeader("Actor-Supporter"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Actor-Role must be one of " + List.of(Role.values()) + ", not " + role + ".");
        }
    }
}
