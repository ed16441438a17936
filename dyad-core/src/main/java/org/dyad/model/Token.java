package org.dyad.model;

/**
 * One token of the narration.
 *
 * @param index  position in its sentence, from 0
 * @param word   the token as written
 * @param lemma  dictionary form
 * @param pos    Penn Treebank part-of-speech tag
 * @param ner    coarse named-entity tag ({@code PERSON}, {@code DATE}, …) or {@code O}
 * @param start  offset of its first character in the cleaned text
 * @param end    offset after its last character
 */
public record Token(int index, String word, String lemma, String pos, String ner, int start, int end) {
}
