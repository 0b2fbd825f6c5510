package nl.samenspel.kit.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Axon's command gateway, sending a command that lost a race for its aggregate again ({@link ConcurrentChangeRetry}). */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class CommandGatewayConfiguration {

    /** A bean of its own, so its thread ends with the application context. */
    @Bean
    @ConditionalOnMissingBean(RetryScheduler.class)
    RetryScheduler concurrentChangeRetry() {
        return new ConcurrentChangeRetry();
    }

    @Bean
    @ConditionalOnMissingBean
    public CommandGateway commandGateway(CommandBus commandBus, RetryScheduler retryScheduler) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retryScheduler).build();
    }
}
