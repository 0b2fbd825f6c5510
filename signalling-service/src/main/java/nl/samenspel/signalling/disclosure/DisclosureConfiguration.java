package nl.samenspel.signalling.disclosure;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks the suppression threshold at start-up. */
@Configuration
@EnableConfigurationProperties(DisclosureSettings.class)
public class DisclosureConfiguration {
}
