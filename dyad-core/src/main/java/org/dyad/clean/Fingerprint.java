package org.dyad.clean;

import org.dyad.model.Ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * What makes two cleaned narrations the same article: a hash of the normalized text, for exact
 * copies under other URLs, and a MinHash signature of its word shingles, for syndicated copies with
 * trivial differences (a credit line added, a phrase reworded, a sentence trimmed). MinHash rather
 * than SimHash: news texts are short, and a few changed sentences move a short text's SimHash by
 * as many bits as an unrelated text's; MinHash estimates the share of shingles two texts have in
 * common however long they are.
 *
 * @param hash    hex hash of the normalized text (case, punctuation and spacing ignored)
 * @param minhash the least hash of the text's shingles under each of {@link #HASHES} hash functions,
 *                empty when the text is too short for shingles to mean anything
 */
public record Fingerprint(String hash, int[] minhash) {
    /** Words a shingle: three keep word order, so copies match and texts on one subject do not. */
    static final int SHINGLE = 3;
    /** Hash functions of the signature; the estimate of the shared share is within ±0.09 at this size. */
    public static final int HASHES = 32;
    /** Signature values a band of the lookup index: 16 bands of 2 find a text sharing half its shingles 99 times in 100. */
    public static final int ROWS_PER_BAND = 2;
    /** Share of shingles two texts must have in common to be one article (unrelated news texts share next to none). */
    public static final double NEAR_SHARE = 0.5;
    /** Texts shorter than this many words are compared by their hash alone. */
    static final int MIN_WORDS = 30;

    public static Fingerprint of(String text) {
        String[] words = normalize(text).split(" ");
        return new Fingerprint(Ids.hash(String.join(" ", words), 16), words.length < MIN_WORDS ? new int[0] : minhash(words));
    }

    /** The same text, or near enough. */
    public boolean sameArticle(Fingerprint other) {
        return hash.equals(other.hash) || share(other) >= NEAR_SHARE;
    }

    /** The estimated share of shingles the two texts have in common (Jaccard), 0 when either is too short. */
    public double share(Fingerprint other) {
        if (minhash.length != HASHES || other.minhash.length != HASHES) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            same += minhash[i] == other.minhash[i] ? 1 : 0;
        }
        return (double) same / HASHES;
    }

    /** The lookup keys: each band of {@link #ROWS_PER_BAND} signature values as one number; empty for a short text. */
    public long[] bands() {
        long[] bands = new long[minhash.length / ROWS_PER_BAND];
        for (int b = 0; b < bands.length; b++) {
            bands[b] = ((long) minhash[2 * b] << 32) | (minhash[2 * b + 1] & 0xFFFFFFFFL);
        }
        return bands;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int[] minhash(String[] words) {
        int[] min = new int[HASHES];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long base = hash64(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE)));
            for (int k = 0; k < HASHES; k++) {
                min[k] = Math.min(min[k], (int) mix(base + k * 0x9E3779B97F4A7C15L));
            }
        }
        return min;
    }

    /** SplitMix64's finalizer: turns one good hash into as many independent-looking ones as asked. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A well-spread 64-bit hash of a shingle: the first 8 bytes of its SHA-256 (String.hashCode is too weak). */
    private static long hash64(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && hash.equals(f.hash) && Arrays.equals(minhash, f.minhash);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "Fingerprint[" + hash + "]";
    }
}
