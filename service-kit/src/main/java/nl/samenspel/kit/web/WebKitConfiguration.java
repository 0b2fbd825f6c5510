package nl.samenspel.kit.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

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

    @Bean
    public RequestLog requestLog(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper objectMapper) {
        return new RequestLog(jdbc, transactions, objectMapper);
    }
}
