package org.dyad.cli;

import org.dyad.events.petrarch.PetrarchCoder.Coding;

/** Exact codings (full source and target actor codes), with event codes compared whole or by their two-digit root. */
final class CodingScore {
    private CodingScore() {
    }

    static MatchScore<Coding, Coding> of(boolean fullCode) {
        return new MatchScore<>((a, b) -> a.source().equals(b.source()) && a.target().equals(b.target())
                && code(a, fullCode).equals(code(b, fullCode)));
    }

    private static String code(Coding c, boolean fullCode) {
        return fullCode ? c.code() : c.code().substring(0, Math.min(2, c.code().length()));
    }
}
