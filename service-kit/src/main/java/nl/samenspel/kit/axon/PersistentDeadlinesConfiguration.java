package nl.samenspel.kit.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import nl.samenspel.kit.db.SchemaMigration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Persistent deadlines: a db-scheduler {@link Scheduler} on the service's own PostgreSQL schema (table
 * {@code scheduled_tasks}). Its presence makes Axon's {@code AxonDbSchedulerAutoConfiguration} install the
 * {@code DbSchedulerDeadlineManager}'s tasks and register them here, so deadlines survive a restart; the manager itself
 * is the kit's {@link IndexedDeadlineManager}. The same
 * scheduler runs the kit's recurring upkeep tasks (one node per run in a cluster).
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration",
        afterName = "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration")
public class PersistentDeadlinesConfiguration {

    /**
     * The data source is transaction-aware so a deadline is stored in the same transaction as the events of
     * the command that scheduled it: both commit or neither does.
     */
    @Bean
    public Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                       @Value("${samenspel.deadlines.polling-interval:1s}") Duration pollingInterval,
                                       @Value("${samenspel.deadlines.threads:2}") int threads,
                                       @Value("${samenspel.deadlines.heartbeat-interval:30s}") Duration heartbeat) {
        // Recurring tasks (the kit's upkeep, such as forgetting old idempotent answers) are scheduled at start-up
        // only when named as start tasks, which also makes them known; the deadlines' one-time tasks just need to be
        // known. A task given both ways is refused as a duplicate.
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance).<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        List<Task<?>> oneTime = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                .startTasks(recurring)
                .pollingInterval(pollingInterval)
                .threads(threads)
                // An instance that dies while running a deadline leaves it picked; another instance takes it over
                // after six missed heartbeats, so the heartbeat bounds how late such a deadline fires.
                .heartbeatInterval(heartbeat)
                .enableImmediateExecution()
                .build();
    }

    /**
     * Axon's db-scheduler deadline manager, as Axon's auto-configuration would make it, with its deadlines indexed by
     * scope ({@link IndexedDeadlineManager}).
     */
    @Bean
    public IndexedDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                                  @Qualifier("serializer") Serializer serializer,
                                                  TransactionManager transactionManager,
                                                  DeadlineManagerSpanFactory spanFactory, JdbcTemplate jdbc,
                                                  PlatformTransactionManager transactions) {
        return new IndexedDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                // The kit starts and stops the scheduler itself (below).
                .startScheduler(false)
                .stopScheduler(false), scheduler, serializer, jdbc, new TransactionTemplate(transactions));
    }

    /**
     * Starts polling once the whole context (Axon included) is up and the schema is migrated, and stops before the
     * context goes down. A service started before its database gets its scheduler later, from the migration: the
     * scheduler schedules its recurring tasks only when it starts, and would do so into a table that is not there.
     */
    @Bean
    public SmartLifecycle deadlineSchedulerLifecycle(Scheduler scheduler, IndexedDeadlineManager deadlines,
                                                     ObjectProvider<SchemaMigration> migration) {
        return new SmartLifecycle() {
            private final AtomicBoolean started = new AtomicBoolean();
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
                Runnable startScheduler = () -> {
                    if (running && started.compareAndSet(false, true)) {
                        deadlines.indexEarlierDeadlines();
                        scheduler.start();
                    }
                };
                SchemaMigration schema = migration.getIfAvailable();
                if (schema == null) {
                    startScheduler.run();
                } else {
                    schema.whenMigrated(startScheduler);
                }
            }

            @Override
            public void stop() {
                running = false;
                if (started.compareAndSet(true, false)) {
                    scheduler.stop();
                }
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MAX_VALUE - 100;
            }
        };
    }
}
