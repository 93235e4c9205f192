package de.newsroom.console.scale;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the browser's part of an interaction goes, for trial runs ({@code -Dbench.browser.profile=true}): Chromium's
 * own counters (script, style recalculation, layout) around each sample through the DevTools protocol, and a sampling
 * JavaScript profile whose self time is summed by function over all samples of a row. Printed as benchmark notes,
 * never part of the timed numbers' condition (the profiler itself slows the page a little, so a profiled run's
 * totals are not compared with an unprofiled one).
 */
final class BrowserProfile {

    private static final String[] METRICS = {"ScriptDuration", "RecalcStyleDuration", "LayoutDuration",
            "TaskDuration", "LayoutCount", "RecalcStyleCount", "Nodes"};

    private final String name;
    private final CDPSession cdp;
    private final Map<String, Double> totals = new LinkedHashMap<>();
    private final Map<String, Double> selfMillis = new HashMap<>();
    private Map<String, Double> before;
    private int samples;

    private BrowserProfile(String name, Page page) {
        this.name = name;
        this.cdp = page.context().newCDPSession(page);
        cdp.send("Performance.enable");
        cdp.send("Profiler.enable");
        var interval = new JsonObject();
        interval.addProperty("interval", 200);
        cdp.send("Profiler.setSamplingInterval", interval);
    }

    /** A profile of {@code page}, or null unless {@code -Dbench.browser.profile=true}. */
    static BrowserProfile of(String name, Page page) {
        return Boolean.getBoolean("bench.browser.profile") ? new BrowserProfile(name, page) : null;
    }

    void start() {
        before = metrics();
        cdp.send("Profiler.start");
    }

    void stop() {
        JsonObject profile = cdp.send("Profiler.stop").getAsJsonObject("profile");
        Map<String, Double> after = metrics();
        for (String m : METRICS) {
            double d = after.getOrDefault(m, 0d) - before.getOrDefault(m, 0d);
            totals.merge(m, m.endsWith("Duration") ? d * 1000 : d, Double::sum);
        }
        samples++;
        Map<Integer, String> names = new HashMap<>();
        for (JsonElement e : profile.getAsJsonArray("nodes")) {
            JsonObject node = e.getAsJsonObject();
            JsonObject frame = node.getAsJsonObject("callFrame");
            String url = frame.get("url").getAsString();
            String fn = frame.get("functionName").getAsString();
            names.put(node.get("id").getAsInt(), (fn.isEmpty() ? "(anonymous)" : fn) + " "
                    + url.substring(url.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber").getAsInt());
        }
        JsonArray ids = profile.getAsJsonArray("samples");
        JsonArray deltas = profile.getAsJsonArray("timeDeltas");
        for (int i = 1; i < ids.size(); i++) {
            // A sample's time is the gap to the next one.
            double ms = (i + 1 < deltas.size() ? deltas.get(i + 1).getAsDouble() : 0) / 1000.0;
            selfMillis.merge(names.get(ids.get(i).getAsInt()), ms, Double::sum);
        }
    }

    private Map<String, Double> metrics() {
        Map<String, Double> m = new HashMap<>();
        for (JsonElement e : cdp.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            JsonObject o = e.getAsJsonObject();
            m.put(o.get("name").getAsString(), o.get("value").getAsDouble());
        }
        return m;
    }

    /** Per sample: Chromium's counters and the functions with the most self time. */
    void report() {
        if (samples == 0) {
            return;
        }
        BrowserReport.note(String.format(Locale.ROOT, "Profile %s, per sample (%d): %s", name, samples,
                totals.entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(),
                        e.getValue() / samples)).collect(Collectors.joining(", "))));
        BrowserReport.note("Profile " + name + ", self time per sample (ms): " + selfMillis.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(25)
                .map(e -> String.format(Locale.ROOT, "%.1f %s", e.getValue() / samples, e.getKey()))
                .collect(Collectors.joining("; ")));
        cdp.detach();
    }
}
