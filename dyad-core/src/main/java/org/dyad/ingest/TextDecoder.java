package org.dyad.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why they are not text. UTF-8 is expected, strictly: a
 * byte that is not UTF-8 is reported rather than replaced, because a mis-decoded article yields
 * wrong names and quotes with no sign that anything went wrong. A byte-order mark picks UTF-16.
 */
final class TextDecoder {
    /** Bytes inspected for signs of a binary file. */
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    /** The decoded text, or the problem. */
    sealed interface Result {
        record Text(String text) implements Result {
        }

        record Problem(String reason) implements Result {
        }
    }

    static Result decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (looksBinary(bytes)) {
            return new Result.Problem("binary content, not text");
        }
        return utf8(bytes);
    }

    /** Bytes known to be UTF-8 if they are text at all (a line of a JSON Lines file). */
    static Result utf8(byte[] bytes) {
        int bom = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return strict(bytes, bom, StandardCharsets.UTF_8);
    }

    /** Text without its byte-order mark and with Unix line ends. */
    static String normalizeLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Result strict(byte[] bytes, int offset, Charset charset) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Result.Text(normalizeLines(text));
        } catch (MalformedInputException e) {
            return new Result.Problem("not valid " + charset.name() + " (bad bytes near byte " + offset(bytes, offset, charset)
                    + "); save it as UTF-8");
        } catch (CharacterCodingException e) {
            return new Result.Problem("not valid " + charset.name() + ": " + e.getMessage());
        }
    }

    /** Where decoding first fails, for the message. */
    private static int offset(byte[] bytes, int from, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return in.position();
    }

    /** NUL bytes do not occur in UTF-8 text; many control bytes mean an image, archive or document. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
