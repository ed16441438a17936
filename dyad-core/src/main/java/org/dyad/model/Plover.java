package org.dyad.model;

/** The sixteen event types of PLOVER, the successor ontology to CAMEO. */
public enum Plover {
    AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
    SANCTION, MOBILIZE, COERCE, ASSAULT
}
