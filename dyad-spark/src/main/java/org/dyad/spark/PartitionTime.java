package org.dyad.spark;

import java.io.Serializable;

/** How long one analysing partition took, over how many documents: the bench's view of skew. */
public record PartitionTime(int partition, int documents, long nanos) implements Serializable {
}
