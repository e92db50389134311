package org.netorch.process.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A router configuration template on the classpath ({@code templates/<name>.txt}) with {@code {{placeholders}}}. */
public final class ConfigTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final String name;
    private final String text;

    private ConfigTemplate(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static ConfigTemplate load(String name) {
        String path = "templates/" + name + ".txt";
        try (InputStream in = ConfigTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no template " + path + " on the classpath");
            }
            return new ConfigTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails, naming the placeholder, rather than hand an operator a configuration with a hole in it, or with lines
     * that a NetBox name or description smuggled in (a value with a line break would become a command of its own).
     */
    public String render(Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String placeholder = matcher.group(1);
            Object value = values.get(placeholder);
            if (value == null) {
                throw new IllegalStateException("template " + name + " needs a value for " + placeholder);
            }
            String rendered = value.toString();
            if (rendered.chars().anyMatch(ConfigTemplate::breaksTheLine)) {
                throw new IllegalArgumentException("template " + name + ": " + placeholder
                        + " must not contain line breaks or control characters, got " + visible(rendered));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(rendered));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean breaksTheLine(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** The refused value with its control characters spelled out, short enough for an incident message. */
    private static String visible(String value) {
        StringBuilder shown = new StringBuilder("\"");
        value.codePoints().limit(80).forEach(c -> shown.append(breaksTheLine(c)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return shown.append(value.length() > 80 ? "…\"" : "\"").toString();
    }
}
