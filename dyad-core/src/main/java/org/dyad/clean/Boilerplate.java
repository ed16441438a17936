package org.dyad.clean;

import org.dyad.model.Dropped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises lines that are not narration — advertisement markers, contact and copyright lines,
 * comment-policy and share prompts, bare links — by the patterns of {@code boilerplate.tsv}.
 */
public final class Boilerplate {
    private static final String RESOURCE = "boilerplate.tsv";
    private static final Pattern CONTACT_NAME = Pattern.compile(
            "^[•·*–-]?\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4})\\s+(?:can be reached|contributed)");

    private record Rule(Dropped.Reason reason, Pattern pattern) {
    }

    private final List<Rule> rules;

    private Boilerplate(List<Rule> rules) {
        this.rules = rules;
    }

    public static Boilerplate load() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<Rule> rules = new ArrayList<>();
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 2);
                rules.add(new Rule(Dropped.Reason.valueOf(cols[0].trim()),
                        Pattern.compile(cols[1].trim(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
            }
            return new Boilerplate(List.copyOf(rules));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the trimmed line is boilerplate, or empty when it may be narration. */
    public Optional<Dropped.Reason> reason(String line) {
        for (Rule rule : rules) {
            if (rule.pattern().matcher(line).matches()) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }

    /** The person a contact line names ("Tom Howell Jr. can be reached at …"), if any. */
    static Optional<String> contactName(String line) {
        Matcher m = CONTACT_NAME.matcher(line);
        return m.find() ? Optional.of(m.group(1).trim()) : Optional.empty();
    }
}
