package nl.samenspel.coordinator.cases;

import io.micrometer.core.instrument.MeterRegistry;
import nl.samenspel.kit.axon.FreshAggregateCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The cases commanded lately, kept in memory: the steps of a case often follow each other within minutes (opening,
 * dispatch and acceptance; hours logged, a handover), and each would otherwise read the case's whole history.
 */
@Configuration
class CaseCaching {

    static final String NAME = "caseCache";

    @Bean(NAME)
    Cache caseCache(ObjectProvider<EventStore> eventStore, MeterRegistry meters,
                    @Value("${samenspel.cases.cache.size:5000}") int size,
                    @Value("${samenspel.cases.cache.idle:30m}") Duration idle) {
        return new FreshAggregateCache("cases", size, idle, eventStore, meters);
    }
}
