package nl.samenspel.signalling.bundling;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the bundling rule. */
@Configuration
@EnableConfigurationProperties(BundlingRule.class)
class BundlingConfiguration {
}
