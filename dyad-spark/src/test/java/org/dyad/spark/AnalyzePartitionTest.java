package org.dyad.spark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysing stage on its own (no Spark context): a document past its time or throwing is rejected, and the partition goes on. */
class AnalyzePartitionTest {
    private static Item.Doc doc(String source, String text) {
        return new Item.Doc(source, source, text, null, null, null, List.of(), null);
    }

    @Test
    void aDocumentPastTheLimitOrThrowingIsRejectedAndTheNextStillRuns() throws Exception {
        Analyzer analyzer = article -> {
            if (article.text().equals("slow")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("woke up");
            }
            throw new IllegalArgumentException("bad " + article.source());
        };
        List<Item> items = List.of(doc("a", "slow"), doc("b", "slow"), doc("c", "fast"),
                new Item.Reject("d", "read", "malformed JSON"));
        long start = System.nanoTime();
        Iterator<Tagged> out = new AnalyzePartition(analyzer, 200).call(items.iterator());
        List<String> rejects = new ArrayList<>();
        out.forEachRemaining(t -> {
            assertThat(t.table()).isEqualTo(Tables.REJECTS);
            rejects.add(t.row().getString(0) + " " + t.row().getString(1) + " " + t.row().getString(2));
        });
        assertThat(rejects).hasSize(4);
        assertThat(rejects.get(0)).startsWith("a timeout");
        assertThat(rejects.get(1)).as("the stuck thread does not hold up the next document").startsWith("b timeout");
        assertThat(rejects.get(2)).isEqualTo("c analyze java.lang.IllegalArgumentException: bad c");
        assertThat(rejects.get(3)).isEqualTo("d read malformed JSON");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
    }
}
