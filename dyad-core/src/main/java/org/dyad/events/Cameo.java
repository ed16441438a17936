package org.dyad.events;

import org.dyad.model.Plover;
import org.dyad.resource.Tsv;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event codes with their Goldstein conflict–cooperation score and their PLOVER event type
 * and mode, from {@code cameo.tsv} (PLOVER columns after the official CAMEO→PLOVER mapping; a test
 * checks them against it).
 */
public final class Cameo {

    /** One code of the table. */
    public record Code(String code, String name, double goldstein, Plover plover, String mode) {
    }

    private final Map<String, Code> codes = new HashMap<>();

    private Cameo() {
        for (String[] row : Tsv.read(Cameo.class, "cameo.tsv", 5)) {
            codes.put(row[0], new Code(row[0], row[1], Double.parseDouble(row[2]),
                    row[3].isEmpty() ? null : Plover.valueOf(row[3]), row[4].isEmpty() ? null : row[4]));
        }
    }

    /** The table of this JVM, read on first use. */
    public static Cameo shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Cameo INSTANCE = new Cameo();
    }

    public Optional<Code> code(String code) {
        return Optional.ofNullable(codes.get(code));
    }
}
