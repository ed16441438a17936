package org.dyad.quotes;

import org.dyad.actors.Cast;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Annotated;
import org.dyad.model.Post;
import org.dyad.model.Quote;
import org.dyad.quotes.Attributor.Speech;
import org.dyad.quotes.QuoteMarks.Quotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quotations inside embedded social posts, and whose words they are. A post is its author's
 * speech, so a quotation in it is the author's unless the post names another speaker for it, in this
 * order:
 * <ol>
 *   <li>a cue verb of the post ({@code "…" said X}, {@code X reveals … "…"}), by the same cascade as
 *       the narration's quotes, when the post could be parsed (English);</li>
 *   <li>a signature right after the closing mark ({@code "…". Jane Doe.}, {@code "…" — Jane Doe}), as
 *       posts quote a card or a note, in any language;</li>
 *   <li>else the post's author.</li>
 * </ol>
 * The post's own words are not repeated as a quote: the post already carries them and its author.
 * Offsets are into the post's text and {@link Quote#post()} is the post's index, since posts are not
 * part of the narration. A named speaker becomes the narration's actor of that name where there is
 * one (same name, else the one person sharing the surname), else an actor reference with no id.
 * The date is the post's: when its author posted the words, or at the latest when the quoted words
 * were known.
 */
public final class PostQuotes {
    /** A signature: 1–4 capitalised words (or initials) after the closing mark, ending the post or its sentence. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^[\\s.,;:\u2014\u2013-]*((?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)(?:[ \u00A0](?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)){0,3})\\.?(?:\\s|$)");
    /** Words that start a sentence, not a name ("“…” The crowd cheered"). */
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("The", "A", "An", "This", "That", "It", "He", "She",
            "They", "We", "I", "You", "But", "And", "So", "Then", "Now");

    private final CueVerbs cues;

    public PostQuotes(CueVerbs cues) {
        this.cues = cues;
    }

    /** With the project's cue verbs. */
    public static PostQuotes standard() {
        return new PostQuotes(CueVerbs.shared());
    }

    /** A post's text as annotated on its own, with the actors found in it. */
    public record Parsed(Annotated doc, Cast cast) {
    }

    /**
     * The quotes inside these posts, post by post, in text order.
     *
     * @param posts  the article's posts
     * @param cast   the narration's actors, whom named speakers are resolved to
     * @param parser the parse of a post (by its index), or empty when it cannot be parsed; asked only
     *               for posts that hold a quotation
     */
    public List<Quote> find(List<Post> posts, Cast cast, BiFunction<Integer, Post, Optional<Parsed>> parser) {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            List<Quotation> quotations = QuoteMarks.find(post.text());
            if (quotations.isEmpty()) {
                continue;
            }
            Optional<Parsed> parsed = parser.apply(i, post).filter(p -> !p.doc().sentences().isEmpty());
            Attributor attributor = parsed.map(p -> new Attributor(p.doc(), cues)).orElse(null);
            for (Quotation q : quotations) {
                if (attributor != null && attributor.isTerm(q, attributor.topLevel(q))) {
                    continue;
                }
                Optional<String> named = parsed.flatMap(p -> spokenBy(attributor, q, p.cast()))
                        .or(() -> signature(post.text(), q));
                ActorRef speaker = named.map(n -> resolve(n, cast)).orElseGet(() -> author(post, cast));
                Quotation words = q.trimmed(post.text());
                out.add(new Quote(words.text(post.text()), speaker, post.date() == null ? null : post.date().toString(),
                        words.start(), words.end(), Quote.Kind.DIRECT, i));
            }
        }
        return List.copyOf(out);
    }

    /** 1. The actor the post's own cue verbs name, by its name. */
    private static Optional<String> spokenBy(Attributor attributor, Quotation q, Cast postCast) {
        return attributor.speech(q, attributor.topLevel(q)).map(s -> QuoteFinder.speaker(s, postCast, attributor)).map(Actor::name);
    }

    /** 2. A name right after the closing mark. */
    static Optional<String> signature(String text, Quotation q) {
        if (!q.closed() || q.end() + 1 > text.length()) {
            return Optional.empty();
        }
        Matcher m = SIGNATURE.matcher(text.substring(q.end() + 1));
        if (!m.find() || NOT_NAMES.contains(m.group(1).split("[ \u00A0]")[0])) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** 3. The post's author, as the narration's actor where there is one. */
    private static ActorRef author(Post post, Cast cast) {
        return post.author() == null ? null : resolve(post.author(), cast);
    }

    /**
     * The narration's actor of this name, or the one person of the narration with its surname ("Trump",
     * "President Trump"), else a reference with no id.
     */
    private static ActorRef resolve(String name, Cast cast) {
        String wanted = name.strip();
        Optional<Actor> same = cast.actors().stream().filter(a -> a.name().equalsIgnoreCase(wanted)).findFirst();
        if (same.isEmpty()) {
            String surname = surname(wanted);
            List<Actor> people = cast.actors().stream().filter(a -> cast.isPerson(a.id()) && surname(a.name()).equals(surname)).toList();
            same = people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
        }
        return same.map(a -> new ActorRef(a.id(), a.name(), a.country(), a.sector()))
                .orElseGet(() -> new ActorRef(null, wanted, null, null));
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
