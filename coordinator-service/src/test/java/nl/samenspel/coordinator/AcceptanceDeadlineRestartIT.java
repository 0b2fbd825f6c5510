package nl.samenspel.coordinator;

import nl.samenspel.local.test.Await;
import nl.samenspel.coordinator.cases.Actor;
import nl.samenspel.coordinator.cases.DispatchCaseCommand;
import nl.samenspel.coordinator.cases.OpenCaseCommand;
import nl.samenspel.coordinator.cases.Phase;
import nl.samenspel.coordinator.cases.Preferences;
import nl.samenspel.coordinator.cases.Urgency;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pending acceptance deadline is persistent: the service that scheduled it stops before it is due, a new one
 * starts on the same database, and the deadline still fires and puts the case back in the queue, overdue.
 * Runs in its own schema so that no other test's service can fire the deadline in between.
 */
class AcceptanceDeadlineRestartIT {

    /** Deadlines are due this long after dispatch: every day is a working day and the clock runs a day behind. */
    private static final Duration DUE_AFTER = Duration.ofSeconds(20);

    @Configuration
    static class ShiftedClock {
        @Bean
        Clock shiftedClock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-1).plus(DUE_AFTER));
        }
    }

    @Test
    void pendingAcceptanceDeadlineFiresAfterTheServiceRestarts() {
        String reference = UUID.randomUUID().toString();
        try (ConfigurableApplicationContext first = start()) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new OpenCaseCommand(reference, "R-RESTART-1", "GM0553", null, List.of("HOUSING"),
                    List.of("OLDER_PEOPLE"), Phase.ORIENTATION, "nl", Urgency.HIGH, Set.of(), null, List.of(), null,
                    Preferences.NONE, Actor.COORDINATOR));
            commands.sendAndWait(new DispatchCaseCommand(reference, "org-restart", null, null, Actor.COORDINATOR));

            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_name like '%eadline%'", Integer.class))
                    .as("the stored deadline").isPositive();
            assertThat(jdbc.queryForObject("select current_schema()", String.class)).isEqualTo("coordinator_restart");
            assertThat(expired(jdbc, reference)).isZero();
        }

        try (ConfigurableApplicationContext second = start()) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            Await.until(Duration.ofSeconds(90), "the acceptance deadline fired after the restart", () -> expired(jdbc, reference) == 1);
            assertThat(jdbc.queryForObject("select overdue from case_details where case_reference = ?", Boolean.class, reference))
                    .isTrue();
        }
    }

    private static int expired(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ?"
                + " and payloadtype like '%OfferExpiredEvent'", Integer.class, reference);
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CoordinatorApplication.class, ShiftedClock.class)
                .initializers(new LocalInfrastructureInitializer())
                .run("--server.port=0",
                        "--spring.flyway.schemas=coordinator_restart", "--spring.flyway.default-schema=coordinator_restart",
                        "--spring.datasource.hikari.schema=coordinator_restart",
                        "--samenspel.cases.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
    }
}
