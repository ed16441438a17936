package org.dyad.spark;

import java.io.Serializable;

/**
 * How long one analysing partition took, over how many documents, and when it ended (wall clock, so
 * that partitions of different executors compare): the bench's view of skew and of the analysing
 * stage's span.
 */
public record PartitionTime(int partition, int documents, long nanos, long endMillis) implements Serializable {
    /** When it started, by the wall clock. */
    public double startMillis() {
        return endMillis - nanos / 1e6;
    }
}
