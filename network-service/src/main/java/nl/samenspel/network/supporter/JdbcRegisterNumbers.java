package nl.samenspel.network.supporter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keeps the register-number lookup in the command's own transaction (subscribing processor), so a second
 * registration of the same professional is refused, and two at once fail on the primary key.
 */
@Component
@ProcessingGroup("membership-lookup")
class JdbcRegisterNumbers implements RegisterNumbers {

    private final JdbcTemplate jdbc;

    JdbcRegisterNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> holder(String registerNumber) {
        return jdbc.queryForList("select supporter_id from register_number where register_number = ?", String.class,
                registerNumber).stream().findFirst();
    }

    @EventHandler
    void on(SupporterRegisteredEvent event) {
        if (event.registration() != null) {
            hold(event.supporterId(), event.registration());
        }
    }

    @EventHandler
    void on(SupporterRegistrationRenewedEvent event) {
        hold(event.supporterId(), event.registration());
    }

    @EventHandler
    void on(SupporterDeactivatedEvent event) {
        jdbc.update("delete from register_number where supporter_id = ?", event.supporterId());
    }

    private void hold(String supporterId, ProfessionalRegistration registration) {
        jdbc.update("delete from register_number where supporter_id = ?", supporterId);
        jdbc.update("insert into register_number (register_number, supporter_id) values (?, ?)",
                registration.registerNumber(), supporterId);
    }
}
