package org.dyad.model;

/** The twenty roots of the CAMEO event codebook: the first two digits of every code. */
public enum CameoRoot {
    MAKE_STATEMENT, APPEAL, EXPRESS_INTENT_TO_COOPERATE, CONSULT, ENGAGE_IN_DIPLOMATIC_COOPERATION,
    ENGAGE_IN_MATERIAL_COOPERATION, PROVIDE_AID, YIELD, INVESTIGATE, DEMAND, DISAPPROVE, REJECT, THREATEN,
    PROTEST, EXHIBIT_FORCE_POSTURE, REDUCE_RELATIONS, COERCE, ASSAULT, FIGHT, USE_UNCONVENTIONAL_MASS_VIOLENCE;

    /** "01" … "20". */
    public String code() {
        return String.format("%02d", ordinal() + 1);
    }

    /** The root of a code ("163" → REDUCE_RELATIONS). */
    public static CameoRoot of(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > values().length) {
            throw new IllegalArgumentException("not a CAMEO code: " + code);
        }
        return values()[root - 1];
    }

    /** Material conflict: the roots of force used on people. */
    public boolean violent() {
        return this == FIGHT || this == USE_UNCONVENTIONAL_MASS_VIOLENCE;
    }
}
