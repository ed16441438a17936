package org.dyad.web.pages;

/** What the analyze form needs: its anti-forgery token, and whether to ask for the API token. */
public record AnalyzeView(String formToken, boolean needsApiToken) {
}
