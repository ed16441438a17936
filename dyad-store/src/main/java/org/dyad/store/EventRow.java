package org.dyad.store;

/**
 * A stored event with what exporters and the API need beside it: the actors' countries and sectors
 * (as the record gives them) and the reporting document's publication date, outlet and URL.
 * {@code date} is when it happened (a TIMEX3 value, or null), never the publication date.
 */
public record EventRow(String documentId, String id, String sourceId, String sourceName, String sourceCountry,
                       String sourceSector, String targetId, String targetName, String targetCountry, String targetSector,
                       String cameo, String plover, Double goldstein, String date, String dateSource, String location,
                       String locationCountry, String sentence, int start, int end, Double confidence, String published,
                       String outlet, String url) {
    /** This event as reported by a document published then, by that outlet, at that URL. */
    EventRow reportedBy(String published, String outlet, String url) {
        return new EventRow(documentId, id, sourceId, sourceName, sourceCountry, sourceSector, targetId, targetName, targetCountry,
                targetSector, cameo, plover, goldstein, date, dateSource, location, locationCountry, sentence, start, end, confidence,
                published, outlet, url);
    }
}
