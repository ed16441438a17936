package org.dyad.store;

import org.dyad.record.AnalysisReader;
import org.dyad.stories.Stories;

/** The stages' {@link Stories} resumed from a store: its documents back in the stories they were stored in. */
public final class StoredStories {
    private StoredStories() {
    }

    /** Stories that new analyses can join, as {@code dyad analyze} and {@code dyad serve} both need. */
    public static Stories resume(Store store) {
        Stories stories = new Stories();
        store.forEachStoryMember((story, record) -> stories.restore(AnalysisReader.read(record), story));
        return stories;
    }
}
