package nl.samenspel.signalling.collective;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the deadlines of collective signals. */
@Configuration
@EnableConfigurationProperties(CollectiveSignalDeadlines.class)
class CollectiveSignalConfiguration {
}
