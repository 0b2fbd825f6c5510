package nl.samenspel.coordinator.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Master-key rotation: rewraps every resident's data key under the current master key, batch by batch, each batch its
 * own transaction. Idempotent and restartable: keys already under the current master key are left alone, and a run
 * that stops half-way leaves every key wrapped by a key that still unwraps it. Erased residents have no key to rewrap.
 */
@Service
public class MasterKeyRotation {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyRotation.class);

    private final ResidentKeys keys;
    private final MasterKeys master;
    private final TransactionTemplate transaction;

    MasterKeyRotation(ResidentKeys keys, MasterKeys master, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.master = master;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Rewraps every data key not yet under the current master key; refuses to start while a master key is missing. */
    public RewrapResultView rewrap(int batchSize) {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("batchSize must be between 1 and 10000, not " + batchSize + ".");
        }
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new MasterKeyUnavailableException("Nothing was rewrapped: " + String.join(" ", problems));
        }
        long rewrapped = 0;
        int batches = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> batch = transaction.execute(status -> keys.rewrapBatch(from, batchSize));
            if (batch == null || batch.isEmpty()) {
                break;
            }
            rewrapped += batch.size();
            batches++;
            after = batch.get(batch.size() - 1);
        }
        Map<String, Long> now = keys.countByMasterKey();
        log.info("Rewrapped {} data keys under master key {} in {} batches; data keys by master key now {}",
                rewrapped, master.currentId(), batches, now);
        return new RewrapResultView(master.currentId(), rewrapped, batches, now);
    }

    /** The configured master keys and how many data keys each wraps. */
    public MasterKeyUsageView usage() {
        return new MasterKeyUsageView(master.currentId(), List.copyOf(master.ids()), keys.countByMasterKey(), problems());
    }

    /**
     * What stops data keys from being unwrapped: a master key that wraps data keys but is not configured, or a
     * configured key that does not unwrap them (checked on one data key per master key).
     */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        keys.countByMasterKey().forEach((id, count) -> {
            if (!master.ids().contains(id)) {
                problems.add(count + " data keys are wrapped by vault master key '" + id + "', which is not configured:"
                        + " add it back (as samenspel.vault.master-keys." + id + ") and rewrap before removing it.");
                return;
            }
            try {
                keys.unwrapOneWrappedBy(id);
            } catch (MasterKeyUnavailableException e) {
                problems.add(e.getMessage());
            }
        });
        return problems;
    }
}
