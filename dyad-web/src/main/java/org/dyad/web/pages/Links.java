package org.dyad.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The pages' own addresses. Ids come from documents, so each is percent-encoded as one path segment:
 * the template escapes for HTML, this keeps an id from changing the path.
 */
public final class Links {
    private Links() {
    }

    public static String document(String id) {
        return "/documents/" + segment(id);
    }

    public static String story(String id) {
        return "/stories/" + segment(id);
    }

    public static String actor(String id) {
        return "/actors/" + segment(id);
    }

    public static String dyad(String a, String b) {
        return "/dyad/" + segment(a) + "/" + segment(b);
    }

    /** One path segment, percent-encoded. */
    public static String segment(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
