package org.dyad.cli;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A TimeML document as TempEval-3 gives it: the creation time, the plain text of its {@code TEXT}
 * element and the TIMEX3 annotated in that text, as character offsets into it.
 *
 * @param id    the document's name
 * @param dct   the value of the creation-time TIMEX3 ({@code functionInDocument="CREATION_TIME"}), or null
 * @param title the {@code TITLE} element's text, or null
 * @param text  the {@code TEXT} element's text, markup removed and entities decoded
 * @param times the TIMEX3 inside {@code TEXT}, in text order
 */
record TimeMl(String id, String dct, String title, String text, List<TimeMl.Timex> times) {

    /** One TIMEX3 of the text: {@code [start, end)} in {@link TimeMl#text()}. */
    record Timex(int start, int end, String text, String value) {
        boolean overlaps(Timex other) {
            return start < other.end && other.start < end;
        }

        boolean sameSpan(Timex other) {
            return start == other.start && end == other.end;
        }
    }

    static TimeMl read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    static TimeMl read(String id, Reader in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // the TE3 files point at a schema, never at a DTD; nothing outside the file is fetched
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new Parse(id).run(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(id + ": not TimeML: " + e.getMessage(), e);
        }
    }

    /** One pass over the events; the text of {@code TEXT} is built as it goes, so offsets are its length at each TIMEX3. */
    private static final class Parse {
        private final String id;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder title = new StringBuilder();
        private final List<Timex> times = new ArrayList<>();
        private String dct;
        private boolean inText;
        private boolean inTitle;
        private int timexStart = -1;
        private String timexValue;

        Parse(String id) {
            this.id = id;
        }

        TimeMl run(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamReader.START_ELEMENT -> start(xml);
                    case XMLStreamReader.END_ELEMENT -> end(xml.getLocalName());
                    case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> characters(xml.getText());
                    default -> { }
                }
            }
            return new TimeMl(id, dct, title.isEmpty() ? null : title.toString().strip(), text.toString(), List.copyOf(times));
        }

        private void start(XMLStreamReader xml) {
            switch (xml.getLocalName()) {
                case "TEXT" -> inText = true;
                case "TITLE" -> inTitle = true;
                case "TIMEX3" -> {
                    String value = xml.getAttributeValue(null, "value");
                    if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument"))) {
                        dct = value;
                    } else if (inText) {
                        timexStart = text.length();
                        timexValue = value;
                    }
                }
                default -> { }
            }
        }

        private void end(String name) {
            switch (name) {
                case "TEXT" -> inText = false;
                case "TITLE" -> inTitle = false;
                case "TIMEX3" -> {
                    if (timexStart >= 0) {
                        times.add(new Timex(timexStart, text.length(), text.substring(timexStart), timexValue));
                        timexStart = -1;
                    }
                }
                default -> { }
            }
        }

        private void characters(String chars) {
            if (inText) {
                text.append(chars);
            } else if (inTitle) {
                title.append(chars);
            }
        }
    }
}
