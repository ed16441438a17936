package org.dyad.cli;

import java.util.Arrays;

/**
 * Maps offsets in a cleaned narration back to the text it was cleaned from. The cleaner keeps
 * lines as they are but strips them, drops some (titles, headings, datelines) and joins paragraphs
 * with a blank line; so each paragraph is found again in the source by its non-space characters.
 */
final class SourceOffsets {
    /** For each character of the narration, its offset in the source; -1 for whitespace the cleaner wrote. */
    private final int[] source;
    /** The source characters the narration holds. */
    private final boolean[] kept;

    private SourceOffsets(int[] source, boolean[] kept) {
        this.source = source;
        this.kept = kept;
    }

    static SourceOffsets align(String sourceText, String narration) {
        Squeezed src = Squeezed.of(sourceText);
        int[] map = new int[narration.length()];
        Arrays.fill(map, -1);
        boolean[] kept = new boolean[sourceText.length()];
        int cursor = 0;
        int from = 0;
        while (from < narration.length()) {
            int to = narration.indexOf("\n\n", from);
            to = to < 0 ? narration.length() : to;
            Squeezed paragraph = Squeezed.of(narration.substring(from, to));
            int at = src.chars.indexOf(paragraph.chars, cursor);
            if (at >= 0) {
                for (int i = 0; i < paragraph.chars.length(); i++) {
                    int s = src.offsets[at + i];
                    map[from + paragraph.offsets[i]] = s;
                    kept[s] = true;
                }
                cursor = at + paragraph.chars.length();
            }
            from = to + 2;
        }
        return new SourceOffsets(map, kept);
    }

    /** The source offset of a span starting here: that of its first non-space character; -1 when it has none. */
    int start(int start, int end) {
        for (int i = start; i < end; i++) {
            if (source[i] >= 0) {
                return source[i];
            }
        }
        return -1;
    }

    /** The source offset just after a span ending here: after its last non-space character; -1 when it has none. */
    int end(int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (source[i] >= 0) {
                return source[i] + 1;
            }
        }
        return -1;
    }

    /** Whether the narration holds any of these source characters. */
    boolean keeps(int start, int end) {
        for (int i = start; i < end; i++) {
            if (kept[i]) {
                return true;
            }
        }
        return false;
    }

    /** A text's non-space characters, with the offset of each. */
    private record Squeezed(String chars, int[] offsets) {
        static Squeezed of(String text) {
            StringBuilder chars = new StringBuilder();
            int[] offsets = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    offsets[chars.length()] = i;
                    chars.append(text.charAt(i));
                }
            }
            return new Squeezed(chars.toString(), Arrays.copyOf(offsets, chars.length()));
        }
    }
}
