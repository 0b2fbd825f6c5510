package nl.samenspel.kit.axon;

import java.util.List;

/**
 * One event processor of this service as an operator sees it.
 *
 * @param name       the processor (its processing group)
 * @param running    whether it runs on this node
 * @param error      whether it is stopped by an error and retrying
 * @param replaying  whether it is replaying after a reset
 * @param replayable whether {@code POST /operations/event-processors/{name}/replay} may rebuild it: a projection
 *                   (it has a reset handler that empties what it builds) whose handlers all allow a replay
 * @param head       the position of the newest event in the event store, {@code null} when it holds none
 * @param lag        events between the head and the segment furthest behind, {@code null} when this node holds no
 *                   segment of the processor (another node does, or it is stopped)
 * @param segments   the segments this node holds
 */
public record EventProcessorView(String name, boolean running, boolean error, boolean replaying, boolean replayable,
                                 Long head, Long lag, List<Segment> segments) {

    /**
     * One segment.
     *
     * @param segment  its id
     * @param position the position of the last event it handled, {@code null} before the first
     * @param caughtUp whether it has reached the head
     * @param error    why it is stopped, {@code null} when it is not
     */
    public record Segment(int segment, Long position, boolean caughtUp, String error) {
    }
}
