package org.dyad.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text by the charset it declares: a byte-order mark, else the HTTP
 * header's charset, else a {@code <meta charset>} near the top, else UTF-8. Unlike pasted text, a
 * page with a few bad bytes is still read (they become U+FFFD): pages often mix encodings in their
 * furniture while their article text is fine.
 */
public final class HtmlDecoder {
    /** How far into the page a {@code <meta charset>} is looked for (HTML asks for the first 1024 bytes; pages stray). */
    static final int SNIFF_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlDecoder() {
    }

    /** The page's text; {@code declared} is the HTTP header's charset, or null. */
    public static String decode(byte[] bytes, String declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charset(declared);
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            charset = m.find() ? charset(m.group(1)) : null;
        }
        return new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset);
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset c = Charset.forName(name.strip());
            // UTF-16 declared inside an ASCII-readable page is a template's mistake: the bytes are not UTF-16
            return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
