package nl.samenspel.benchmarks.workload;

/**
 * A sequence of commands one actor sends, each possibly using the answer to the one before (an id it created).
 * One journey belongs to one worker thread, so it needs no locking.
 */
public interface Journey {

    /** The next command, or {@code null} when the journey is done; {@code previous} is null for the first. */
    Command next(ApiResponse previous);
}
