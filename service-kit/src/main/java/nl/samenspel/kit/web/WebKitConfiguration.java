package nl.samenspel.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/**
 * HTTP conventions every service shares: problem+json errors, correlation ids, idempotent commands. Runs before
 * Spring MVC's auto-configuration so that Boot's own problem-details handler backs off: otherwise it answers
 * validation errors first, without the list of invalid fields.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration")
@Import(ProblemDetailsAdvice.class)
public class WebKitConfiguration {

    @Bean
    public FilterRegistrationBean<CorrelationIds> correlationIds() {
        FilterRegistrationBean<CorrelationIds> registration = new FilterRegistrationBean<>(new CorrelationIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Bodies above {@code samenspel.web.max-request-bytes} (default 256 KB) are refused with 413. */
    @Bean
    public FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(ObjectMapper objectMapper,
                                                                     @Value("${samenspel.web.max-request-bytes:262144}") long maxBytes) {
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(maxBytes, objectMapper));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Tomcat refuses an encoded slash ({@code %2F}) itself, with an HTML page; passed through undecoded, it reaches
     * Spring Security's firewall, which refuses it as problem+json like every other malformed URL.
     */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    @Bean
    public RequestLog requestLog(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper objectMapper) {
        return new RequestLog(jdbc, transactions, objectMapper);
    }

    @Bean
    public IdempotentCommands idempotentCommands(CommandGateway gateway, RequestLog requestLog) {
        return new IdempotentCommands(gateway, requestLog);
    }

    @Bean
    public HandledRequestRetention handledRequestRetention(JdbcTemplate jdbc,
                                                           @Value("${samenspel.idempotency.retention}") Duration retention) {
        return new HandledRequestRetention(jdbc, retention);
    }

    /** Picked up by the kit's persistent scheduler, which starts every recurring task it is given. */
    @Bean
    public RecurringTask<Void> forgetHandledRequests(HandledRequestRetention retention,
                                                     @Value("${samenspel.idempotency.forget-interval}") Duration interval) {
        return retention.task(interval);
    }
}
