package org.dyad.events.petrarch;

import java.util.List;

/** Builds PETRARCH's full actor codes: prefix agents, the actor, then suffix agents' three-letter parts not already in it. */
final class ActorCode {
    private ActorCode() {
    }

    /** {@code withAgents("ARN", ["NGO"], ["GOV"])} is NGOARNGOV; {@code withAgents("HGWGOVMED", [], ["GOVMED"])} stays HGWGOVMED. */
    static String withAgents(String actor, List<String> before, List<String> after) {
        StringBuilder code = new StringBuilder();
        before.forEach(code::append);
        code.append(actor);
        for (String agent : after) {
            for (int i = 0; i + 3 <= agent.length(); i += 3) {
                String part = agent.substring(i, i + 3);
                if (!has(code, part)) {
                    code.append(part);
                }
            }
        }
        return code.toString();
    }

    /** Whether a three-letter part is already among the code's own three-letter parts. */
    private static boolean has(CharSequence code, String part) {
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            if (code.subSequence(i, i + 3).toString().equals(part)) {
                return true;
            }
        }
        return false;
    }
}
