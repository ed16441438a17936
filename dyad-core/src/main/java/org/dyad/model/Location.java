package org.dyad.model;

/** Where an event took place, as the sentence names it ("Beijing"), with its country where known. */
public record Location(String name, String country) {
}
