package org.dyad.html;

import org.dyad.clean.PostFinder;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes the embedded social posts out of a page: the embed codes of X/Twitter, Instagram,
 * Facebook, TikTok, Threads and Bluesky leave their text in a marked blockquote or div, which is
 * removed from the page, so that a post's words never count as the article's.
 */
final class SocialEmbeds {
    /** The embed markup of the common networks (their published embed codes). */
    static final String SELECTOR = "blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, "
            + "blockquote.tiktok-embed, blockquote.text-post-media, blockquote.bluesky-embed, div.fb-post, div.fb-video, "
            + "blockquote.fb-xfbml-parse-ignore";

    private SocialEmbeds() {
    }

    /** A post as the page shows it: who and when where the attribution line says, and the words. */
    record Embedded(String author, String handle, java.time.LocalDate date, String text) {
    }

    /** The posts embedded in the element, in page order; each is removed from the page. */
    static List<Embedded> take(Element root) {
        List<Embedded> posts = new ArrayList<>();
        for (Element embed : root.select(SELECTOR)) {
            if (embed.parents().stream().anyMatch(p -> p.is(SELECTOR))) {
                continue; // a Facebook embed's own blockquote inside its div: one post
            }
            List<String> lines = Blocks.of(embed).stream().map(Block::text).toList();
            embed.remove();
            List<PostFinder.Found> found = PostFinder.find(lines);
            if (!found.isEmpty()) {
                PostFinder.Found f = found.get(0);
                posts.add(new Embedded(f.author(), f.handle(), f.date(), f.text()));
            } else if (!lines.isEmpty()) {
                posts.add(new Embedded(null, null, null, String.join("\n", lines)));
            }
        }
        return posts;
    }
}
