package org.dyad.actors;

/** A run of adjacent pieces read as one actor mention, with what it tells. */
final class Phrase {
    int sentence;
    int start;
    int end;
    String text;
    String person;
    String country;
    String placeSector;
    Agents.Agent agent;
    String agentText;
    String title;
    String organisation;
    String organisationCode;
    Phrase affiliate;
    Phrase coreferent;
    boolean definite;
    boolean singular;
    boolean pronoun;
    boolean subject;
}
