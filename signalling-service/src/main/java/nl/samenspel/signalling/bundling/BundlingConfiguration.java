package nl.samenspel.signalling.bundling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the bundling rule and the rule for collective signals from facts. */
@Configuration
@EnableConfigurationProperties({BundlingRule.class, FactSignalRule.class})
class BundlingConfiguration {
}
