package nl.samenspel.kit.testservice;

import nl.samenspel.local.TestInfrastructure;
import nl.samenspel.local.test.Await;
import nl.samenspel.local.test.LocalInfrastructureInitializer;
import nl.samenspel.local.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent transactions, some of which stay open a while after appending, must not let the publishing
 * processor skip an event that commits late: afterwards the topic holds exactly the events of the store, and
 * no event is published twice although two application contexts (two nodes) of the service are running.
 */
@SpringBootTest
@ContextConfiguration(initializers = LocalInfrastructureInitializer.class)
class ConcurrentCommitsIT {

    private static final int THREADS = 6;
    private static final int COMMANDS_PER_THREAD = 25;

    @Autowired
    CommandGateway commands;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;

    @Test
    void lateCommitsAreNeitherSkippedNorReordered() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long indexBefore = jdbc.queryForObject("select coalesce(max(globalindex), 0) from domainevententry", Long.class);
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> clients = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < COMMANDS_PER_THREAD; i++) {
                        boolean longTransaction = i % 5 == 0;
                        String tally = "concurrent-" + run + "-" + thread + "-" + i;
                        transactions.executeWithoutResult(status -> {
                            commands.sendAndWait(new RecordTallyCommand(tally, 1));
                            if (longTransaction) {
                                sleep(150);
                            }
                        });
                        sent.incrementAndGet();
                    }
                }));
            }
            for (Future<?> client : clients) {
                client.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Long> indexes = jdbc.queryForList(
                "select globalindex from domainevententry where globalindex > ? and aggregateidentifier like ? order by globalindex",
                Long.class, indexBefore, "concurrent-" + run + "-%");
        assertThat(indexes).hasSize(sent.get());
        assertThat(publishedEventIds(run)).hasSize(sent.get());
    }

    @Test
    void aTransactionThatAppendsFirstButCommitsLastGetsTheLaterIndexWithoutHoldingUpTheOther() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch firstAppended = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // The first transaction appends, then stays open; its last moment before committing is recorded
            // inside the transaction, so a slow thread after the commit cannot skew the comparison.
            Future<Long> firstAboutToCommit = pool.submit(() -> transactions.execute(status -> {
                commands.sendAndWait(new RecordTallyCommand("first-" + run, 1));
                firstAppended.countDown();
                sleep(1500);
                return System.nanoTime();
            }));
            firstAppended.await(30, TimeUnit.SECONDS);
            Future<Long> secondDone = pool.submit(() -> {
                commands.sendAndWait(new RecordTallyCommand("second-" + run, 1));
                return System.nanoTime();
            });

            // The append lock is taken only at the commit, so the open transaction holds up nobody.
            assertThat(secondDone.get(30, TimeUnit.SECONDS)).as("second command completes while the first is open")
                    .isLessThan(firstAboutToCommit.get(30, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        assertThat(indexOf("first-" + run)).as("indexes follow the commit order").isGreaterThan(indexOf("second-" + run));
    }

    @Test
    void aCommandThatLosesTheRaceForItsAggregateToALongerTransactionIsSentAgainAndSucceeds() throws Exception {
        String tally = "raced-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new RecordTallyCommand(tally, 1));
        CountDownLatch longerOneInserted = new CountDownLatch(1);
        CountDownLatch commitNow = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // As the Kafka Inbox does: a command inside a longer transaction. Reading the aggregate inserts its event
            // (sequence 1) and takes the append lock; the transaction then stays open. Axon's aggregate lock is free.
            Future<?> longer = pool.submit(() -> transactions.executeWithoutResult(status -> {
                commands.sendAndWait(new RecordTallyCommand(tally, 2));
                eventStore.readEvents(tally).asStream().count();
                longerOneInserted.countDown();
                awaitQuietly(commitNow);
            }));
            assertThat(longerOneInserted.await(30, TimeUnit.SECONDS)).as("the longer transaction appended").isTrue();

            // Loads the aggregate without the uncommitted event and appends sequence 1 too; at its commit it waits
            // for the append lock, and once the longer transaction has committed its insert is a duplicate.
            Future<?> racing = pool.submit(() -> commands.sendAndWait(new RecordTallyCommand(tally, 3)));
            Await.until(Duration.ofSeconds(30), "the racing command waits for the append lock", () -> jdbc.queryForObject(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted", Long.class) > 0);
            commitNow.countDown();
            longer.get(30, TimeUnit.SECONDS);
            racing.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("select sequencenumber from domainevententry where aggregateidentifier = ? order by 1",
                Long.class, tally)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void aTransactionReadsTheEventsItAppendedEarlier() {
        String tally = "twice-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(status -> {
            commands.sendAndWait(new RecordTallyCommand(tally, 1));
            // Loads the aggregate again: its first event must be there, or this append would clash with it.
            commands.sendAndWait(new RecordTallyCommand(tally, 2));
        });

        assertThat(jdbc.queryForList("select sequencenumber from domainevententry where aggregateidentifier = ? order by globalindex",
                Long.class, tally)).containsExactly(0L, 1L);
    }

    @Test
    void eventsOfALongerTransactionArePublishedRightAfterItCommitsNotAfterTheNextPoll() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            String tally = "wrapped-" + run + "-" + i;
            // As RequestLog and Inbox do: the command's unit of work inside a longer Spring transaction.
            transactions.executeWithoutResult(status -> commands.sendAndWait(new RecordTallyCommand(tally, 1)));
            long committedAt = System.currentTimeMillis();
            ConsumerRecord<String, String> record = TopicReader.readKey(TestInfrastructure.kafka().bootstrapServers(),
                    TallyPublisher.TOPIC, tally, 1).get(0);
            fastest = Math.min(fastest, record.timestamp() - committedAt);
        }
        // Woken only by the unit of work (before the commit), the processor found nothing and slept its 1 s fetch
        // delay, so every send came about 1,000 ms after its commit. Woken after the commit it takes a few ms on a
        // quiet machine; 800 leaves room for a busy one (503 ms was seen at a load average of 8 on 2 cores).
        assertThat(fastest).as("ms from the commit to the send, best of 3").isLessThan(800);
    }

    private long indexOf(String tally) {
        return jdbc.queryForObject("select globalindex from domainevententry where aggregateidentifier = ?", Long.class, tally);
    }

    private static Set<String> publishedEventIds(String run) {
        Set<String> ids = new HashSet<>();
        List<ConsumerRecord<String, String>> records = TopicReader.read(TestInfrastructure.kafka().bootstrapServers(), TallyPublisher.TOPIC,
                record -> record.key().startsWith("concurrent-" + run + "-"),
                found -> {
                    found.forEach(record -> ids.add(nl.samenspel.events.IntegrationEvents.parse(record.value()).id()));
                    return ids.size() >= THREADS * COMMANDS_PER_THREAD;
                }, Duration.ofSeconds(90));
        // Delivery is at least once, but a duplicate here would mean two nodes both believed they held the claim.
        assertThat(records).as("records per published event").hasSameSizeAs(ids);
        return ids;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
