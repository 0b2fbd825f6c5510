/** Growing an event store to millions of real-shaped events and timing how fast projections rebuild from it. */
package nl.samenspel.benchmarks.replay;
