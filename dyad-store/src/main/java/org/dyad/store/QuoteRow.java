package org.dyad.store;

/** A stored quote: the document it is in, its place there, its words and who said it (null if unknown). */
public record QuoteRow(String documentId, int ord, String text, String speakerId, String speakerName, String date,
                       String kind, int start, int end, Integer post) {
}
