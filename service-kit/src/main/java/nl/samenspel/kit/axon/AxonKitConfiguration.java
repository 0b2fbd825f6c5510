package nl.samenspel.kit.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.axonframework.config.EventProcessingConfiguration;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Axon on PostgreSQL: the parts Axon's own JDBC auto-configuration leaves open. */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration")
@Import(EventProcessorController.class)
public class AxonKitConfiguration {

    /** The operators' view of the event processors (lazily: the processing configuration is built from the handlers). */
    @Bean
    public EventProcessors eventProcessors(ObjectProvider<EventProcessingConfiguration> processing,
                                           ObjectProvider<EventStore> eventStore, ApplicationContext context) {
        return new EventProcessors(processing, eventStore, context);
    }

    /**
     * Axon's JDBC event storage engine as its auto-configuration would build it, but appending in commit order
     * (see {@link CommitOrderedAppends}) at the end of the transaction (see {@link LateAppendingEventStorageEngine}).
     */
    @Bean
    @ConditionalOnMissingBean({EventStorageEngine.class, EventStore.class})
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        return new LateAppendingEventStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(SnapshotSerializer.of(defaultSerializer))
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .appendEvents(new CommitOrderedAppends()));
    }

    /**
     * Translates a duplicate aggregate sequence number into Axon's {@code ConcurrencyException}; declared here because
     * Axon's JDBC auto-configuration backs off when an event store bean exists.
     */
    @Bean
    @ConditionalOnMissingBean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    /** Axon's embedded event store as its auto-configuration would build it, but woken after the real commit. */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    @ConditionalOnMissingBean(EventBus.class)
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return new CommitNotifyingEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class)));
    }

    /**
     * Axon's JDBC token store with a node id unique to this application context. Axon's default owner name is
     * {@code pid@host}, which two contexts in one JVM (the local run, restart tests) share: both would then
     * believe they hold the same claim and handle — publish — the same events.
     */
    @Bean
    @ConditionalOnMissingBean(TokenStore.class)
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 @Value("${spring.application.name}") String serviceName,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(serviceName + "/" + ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID())
                .build();
    }

    /** Divides the segments of each tracking processor between the service's running instances. */
    @Bean
    public SegmentBalancer segmentBalancer(ObjectProvider<EventProcessingConfiguration> processing, JdbcTemplate jdbc,
                                           @Value("${spring.application.name}") String serviceName,
                                           @Value("${samenspel.processors.balance-interval:5s}") Duration interval) {
        return new SegmentBalancer(processing, jdbc,
                serviceName + "/" + ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID(), interval);
    }

    /** Saga tables as Flyway creates them (bytea, serial association ids). */
    @Bean
    @ConditionalOnMissingBean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /**
     * A failing event handler must stop and retry its processor, never skip the event: Axon's default logs
     * and moves on, which would silently lose a Kafka record or a projection row. Groups with a dead-letter
     * queue enabled park the failing sequence instead.
     */
    @Bean
    public ConfigurerModule retryFailedEventsConfigurer() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Axon's own: every message records the id of the message that caused it and of the root of the chain. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies the request's correlation id from each message to the messages it causes (command to events). */
    @Bean
    public CorrelationDataProvider requestCorrelationProvider() {
        return new SimpleCorrelationDataProvider(CorrelationIdInterceptor.KEY);
    }

    /**
     * Carries the HTTP request's correlation id onto commands; {@link #requestCorrelationProvider()} then copies it
     * to the events they cause, and on into the CloudEvents we publish.
     */
    @Bean
    public ConfigurerModule correlationIdInterceptorsConfigurer() {
        return configurer -> {
            configurer.onInitialize(c -> c.onStart(() -> {
                c.commandBus().registerDispatchInterceptor(new CorrelationIdInterceptor<>());
                c.commandBus().registerHandlerInterceptor(new CorrelationIdInterceptor<>());
            }));
            configurer.eventProcessing(processing -> processing.registerDefaultHandlerInterceptor(
                    (c, processorName) -> new CorrelationIdInterceptor<>()));
        };
    }

    /** Domain code reads time from this clock, so rules and tests stay deterministic. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }
}
