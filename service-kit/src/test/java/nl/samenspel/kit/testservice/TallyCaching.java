package nl.samenspel.kit.testservice;

import io.micrometer.core.instrument.MeterRegistry;
import nl.samenspel.kit.axon.FreshAggregateCache;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Tallies are cached as the coordinator caches its cases. */
@Configuration
class TallyCaching {

    static final String NAME = "tallyCache";

    @Bean(NAME)
    Cache tallyCache(ObjectProvider<EventStore> eventStore, MeterRegistry meters) {
        return new FreshAggregateCache("tallies", 100, Duration.ofMinutes(5), eventStore, meters);
    }
}
