package org.dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids made from content, so the same input gives the same ids on every run. */
public final class Ids {
    private Ids() {
    }

    /** The first {@code hexDigits} hex digits of the SHA-256 of the key. */
    public static String hash(String key, int hexDigits) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
