package org.dyad.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlDecoderTest {
    private static final String PAGE = "<html><head><meta charset=\"%s\"></head><body><p>Café in Zürich — “quoted”</p></body></html>";

    @Test
    void readsTheCharsetThePageDeclares() {
        String page = PAGE.formatted("windows-1252").replace("—", "-");
        assertThat(HtmlDecoder.decode(page.getBytes(Charset.forName("windows-1252")), null)).contains("Café in Zürich - “quoted”");
    }

    @Test
    void theHttpHeaderComesBeforeTheMetaTag() {
        String page = PAGE.formatted("utf-8").replace("—", "-").replace("“", "\"").replace("”", "\"");
        assertThat(HtmlDecoder.decode(page.getBytes(StandardCharsets.ISO_8859_1), "iso-8859-1")).contains("Café in Zürich");
    }

    @Test
    void utf8WithoutADeclarationAndWithABom() {
        String page = "<html><body><p>Café</p></body></html>";
        assertThat(HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null)).contains("Café");
        byte[] bom = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
        assertThat(HtmlDecoder.decode(bom, null)).startsWith("<html>");
    }

    @Test
    void anUnknownCharsetFallsBackToUtf8() {
        String page = PAGE.formatted("x-no-such-charset");
        assertThat(HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null)).contains("Café in Zürich — “quoted”");
    }
}
