package org.dyad.model;

/** The one argument-check helper: throws {@link IllegalArgumentException} with the argument's name. */
public final class Validate {
    private Validate() {
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    public static void isTrue(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
