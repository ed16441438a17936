package org.dyad.store;

/**
 * An actor another one interacts with: events from that one to this ({@code asTarget}: this actor
 * was the target) and from this to that one ({@code asSource}), counted over every stored document.
 */
public record PartnerRow(String id, String name, long asSource, long asTarget) {
    public long events() {
        return asSource + asTarget;
    }
}
