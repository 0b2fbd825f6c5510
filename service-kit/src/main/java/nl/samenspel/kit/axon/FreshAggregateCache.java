package nl.samenspel.kit.axon;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps recently commanded aggregates in memory, so that the next command on one of them reads one index entry
 * instead of its whole history: {@code @Aggregate(cache = "...")} with a bean of this type per aggregate type.
 * <p>
 * It never hands out a stale aggregate. Before a cached aggregate is used, its version is compared with the last
 * sequence number in the event store, inside the command's transaction; when another instance of the service (or
 * anything else) appended to it since, the aggregate is loaded from its events again. Two instances committing to one
 * aggregate at the same moment still meet at the event store's unique sequence number, as without a cache. Only
 * committed aggregates enter the cache, and Axon removes one when its command fails, so a refused or rolled-back
 * command leaves no half-changed state behind.
 */
public class FreshAggregateCache implements Cache {

    /** Axon keeps the cached version private; read once here, so an Axon upgrade that moves it fails at start. */
    private static final Field VERSION = versionField();

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final ObjectProvider<EventStore> eventStore;
    private final Counter stale;

    /**
     * @param name       the aggregate type, for the metrics {@code cache.*{cache=name}} and
     *                   {@code samenspel.aggregate.cache.stale{cache=name}}
     * @param eventStore looked up at first use: the cache is built before Axon's event store
     */
    public FreshAggregateCache(String name, int maximumSize, Duration expireAfterAccess,
                               ObjectProvider<EventStore> eventStore, MeterRegistry meters) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(expireAfterAccess)
                .recordStats().build();
        this.eventStore = eventStore;
        CaffeineCacheMetrics.monitor(meters, entries, name);
        this.stale = Counter.builder("samenspel.aggregate.cache.stale").tag("cache", name)
                .description("cached aggregates found older than the event store and loaded again").register(meters);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object entry = entries.getIfPresent(key);
        if (entry == null) {
            return null;
        }
        Long stored = eventStore.getObject().lastSequenceNumberFor(key.toString()).orElse(null);
        if (!Objects.equals(versionOf(entry), stored)) {
            entries.invalidate(key);
            stale.increment();
            return null;
        }
        return (V) entry;
    }

    /**
     * Axon puts an aggregate while its command's transaction is still open, and that transaction may be a longer one
     * (a Kafka inbox, an idempotent request) that rolls back after the command. So the aggregate enters the cache only
     * once the transaction has committed: a rolled-back change never does, even when another instance later stores an
     * event with the same sequence number.
     */
    @Override
    public void put(Object key, Object value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            entries.put(key, value);
            return;
        }
        entries.invalidate(key);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                entries.put(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.asMap().putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.asMap().remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.invalidateAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.asMap().containsKey(key);
    }

    /** Nothing listens: Axon's aggregate repositories register no listeners. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("FreshAggregateCache has no entry listeners");
    }

    private static Long versionOf(Object entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the version of a cached aggregate", e);
        }
    }

    private static Field versionField() {
        try {
            Field version = AggregateCacheEntry.class.getDeclaredField("version");
            version.setAccessible(true);
            return version;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more", e);
        }
    }
}
