package org.dyad.ingest;

import org.dyad.model.Ids;

import java.text.Normalizer;

/**
 * A document id made from its text, so the same article gets the same id wherever and however often
 * it is read. The text is normalized first (Unicode NFC, line ends, runs of spaces, outer blanks) so
 * that a copy saved by another editor is still the same document.
 */
public final class ContentId {
    /** Hex digits kept: 64 bits, far from collisions at the scale of any news archive. */
    static final int LENGTH = 16;

    private ContentId() {
    }

    public static String of(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[ \\t\\u00A0]+", " ")
                .strip();
        return Ids.hash(normal, LENGTH);
    }
}
