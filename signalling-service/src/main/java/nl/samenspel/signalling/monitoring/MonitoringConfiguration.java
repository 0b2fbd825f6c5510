package nl.samenspel.signalling.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the monthly publication. */
@Configuration
@EnableScheduling
class MonitoringConfiguration {
}
