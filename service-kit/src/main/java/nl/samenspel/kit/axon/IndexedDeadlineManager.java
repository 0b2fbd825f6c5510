package nl.samenspel.kit.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;

/**
 * Axon's db-scheduler deadline manager with each deadline's name and scope indexed ({@code deadline_scope}). Axon
 * cancels "every deadline of this name in this scope" by reading and deserialising every pending deadline of the
 * service to compare it: a cost per cancel that grows with the open cases, hundreds of thousands nationally. Here a
 * cancel is one delete by the index; the index's foreign key takes a row away with its deadline when db-scheduler
 * deletes it (fired or cancelled). The scope is kept as Axon serialises it, which is also how Axon compares scopes.
 */
public class IndexedDeadlineManager extends DbSchedulerDeadlineManager {

    /** The db-scheduler task Axon's binary deadlines are stored under. */
    static final String TASK_NAME = "AxonDeadline";
    private static final String INDEX = """
            insert into deadline_scope (task_name, schedule_id, deadline_name, scope) values (?, ?, ?, ?)
            on conflict do nothing""";
    /** A deadline that is running already is left to finish, as Axon's own cancel leaves it. */
    private static final String CANCEL = """
            delete from scheduled_tasks t using deadline_scope d
             where d.deadline_name = ? and d.scope = ? and d.task_name = t.task_name
               and d.schedule_id = t.task_instance and not t.picked""";

    private final Scheduler scheduler;
    private final Serializer serializer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public IndexedDeadlineManager(DbSchedulerDeadlineManager.Builder builder, Scheduler scheduler, Serializer serializer,
                                  JdbcTemplate jdbc, TransactionTemplate transactions) {
        super(builder.scheduler(scheduler).serializer(serializer));
        this.scheduler = scheduler;
        this.serializer = serializer;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload, ScopeDescriptor deadlineScope) {
        String scheduleId = super.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        // After the deadline's own row, which Axon also stores when the unit of work prepares its commit; the scope is
        // serialised only then too, as a new aggregate's identifier is known only once its first event is applied.
        runOnPrepareCommitOrNow(() -> jdbc.update(INDEX, TASK_NAME, scheduleId, deadlineName, serialised(deadlineScope)));
        return scheduleId;
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        runOnPrepareCommitOrNow(() -> jdbc.update(CANCEL, deadlineName, serialised(scope)));
    }

    /**
     * Indexes the deadlines scheduled before the index existed, once per schema: the migration that adds the index
     * marks it incomplete. Run before the scheduler starts; instances starting together wait for each other here.
     */
    public void indexEarlierDeadlines() {
        transactions.executeWithoutResult(status -> {
            Boolean complete = jdbc.queryForObject("select complete from deadline_scope_indexing for update", Boolean.class);
            if (Boolean.TRUE.equals(complete)) {
                return;
            }
            scheduler.fetchScheduledExecutionsForTask(TASK_NAME, DbSchedulerBinaryDeadlineDetails.class, execution -> {
                DbSchedulerBinaryDeadlineDetails details = execution.getData();
                jdbc.update(INDEX, TASK_NAME, execution.getTaskInstance().getId(), details.getD(), details.getS());
            });
            jdbc.update("update deadline_scope_indexing set complete = true");
        });
    }

    private byte[] serialised(ScopeDescriptor scope) {
        return serializer.serialize(scope, byte[].class).getData();
    }
}
