package gov.appeals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the figures of one run (one JSON line per phase) into the results page: every figure as
 * measured, and as a ratio to its ceiling from the same run, against the targets.
 */
final class Summary {

    private static final Pattern LINE = Pattern.compile("\\{\"phase\":\"([^\"]+)\",\"figures\":(\\{.*\\})\\}");
    private static final Pattern NUMBER = Pattern.compile("\"([A-Za-z0-9]+)\":(-?[0-9.]+)");

    static final String ALL_PHASES = "ceilings,intake,radio,history";

    private final Map<String, Map<String, Double>> phases = new LinkedHashMap<>();

    Summary(Path figures) throws IOException {
        for (String line : Files.readAllLines(figures)) {
            Matcher m = LINE.matcher(line.trim());
            if (!m.matches()) {
                continue;
            }
            Map<String, Double> values = new LinkedHashMap<>();
            Matcher n = NUMBER.matcher(m.group(2));
            while (n.find()) {
                values.put(n.group(1), Double.parseDouble(n.group(2)));
            }
            phases.put(m.group(1), values);
        }
    }

    String markdown(String database, String history, String backlog, String phasesRun) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark run: ").append(database).append("\n\n");
        md.append("Machine: ").append(machine()).append("\n\n");
        md.append("Server: WildFly 39, default -Xmx512m, ").append(database.equals("postgresql")
                ? "PostgreSQL 127.0.0.1:5432 (XA)" : "H2 file database").append(", embedded Artemis. ");
        md.append("Load from a second JVM on loopback (benchmarks/load-driver). Backlog ").append(backlog)
                .append(", history ").append(history).append(" appeals.\n\n");
        if (!phasesRun.equals(ALL_PHASES)) {
            md.append("**Phases run: ").append(phasesRun).append(" only**: a partial run; the other phases were not measured.\n\n");
        }

        md.append("## Throughput and latency\n\n| phase | requests/s | p50 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|\n");
        phases.forEach((name, v) -> {
            if (v.containsKey("throughput")) {
                md.append(String.format(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.0f |%n", name, v.get("throughput"),
                        v.get("p50ms"), v.get("p99ms"), v.getOrDefault("errors", 0.0)));
            }
        });

        md.append("\n## Against the ceilings of the same run\n\n| figure | measured | ceiling | ratio | target | met |\n|---|---:|---:|---:|---|---|\n");
        for (int clients : new int[] {16, 64}) {
            ratio(md, "intake with registration running, " + clients + " clients (req/s)",
                    get("intake running, " + clients + " clients", "throughput"),
                    get("ceiling no-op, " + clients + " clients", "throughput"), "≥ 0.5 of the no-op", 0.5);
            ratio(md, "intake with registration paused, " + clients + " clients (req/s)",
                    get("intake paused, " + clients + " clients", "throughput"),
                    get("ceiling no-op, " + clients + " clients", "throughput"), "(for comparison)", Double.NaN);
        }
        row(md, "intake p99 at 64 clients, registration running (ms)", get("intake running, 64 clients", "p99ms"),
                "< 50 ms", get("intake running, 64 clients", "p99ms") < 50);
        Double drained = get("drain of " + backlog, "registered");
        Double drainSeconds = get("drain of " + backlog, "seconds");
        double drainRate = Double.parseDouble(backlog) / drainSeconds; // NaN when the drain was not run
        ratio(md, "registration drain (appeals/s, whole transaction)", drainRate,
                get("ceiling insert, 16 clients", "throughput"), "≥ 1.0 of the single-row insert (16 clients)", 1.0);
        row(md, "radio burst: 10,000 accepted (s)", get("radio burst accepted", "acceptedInSeconds"), "≤ 10 s",
                get("radio burst accepted", "acceptedInSeconds") <= 10 && get("radio burst accepted", "receipts") == 10000);
        row(md, "radio burst: all 10,000 registered (s from the first batch)",
                get("radio burst registered", "secondsSinceFirstBatch"), "all registered, none twice",
                get("radio burst registered", "registered") >= get("radio burst registered", "expected"));
        for (int clients : new int[] {1, 8}) {
            latency(md, "lookup by registration number, " + clients + (clients == 1 ? " client" : " clients") + ", p99 (ms)",
                    get("lookup by number, " + clients + " clients", "p99ms"),
                    get("ceiling no-op, " + clients + " clients", "p99ms"), 10);
            latency(md, "filtered list page, " + clients + (clients == 1 ? " client" : " clients") + ", p99 (ms)",
                    get("filtered list page, " + clients + " clients", "p99ms"),
                    get("ceiling no-op, " + clients + " clients", "p99ms"), 50);
            double earlier = get("caller history, " + clients + " clients", "p95ms");
            row(md, "caller's earlier appeals by phone (#23), " + clients + (clients == 1 ? " client" : " clients")
                    + ", p95 (ms)", earlier, "< 300 ms", earlier < 300);
            double search = get("search, " + clients + " clients", "p95ms");
            row(md, "dispatcher's search: number, phone, words, name (#24), " + clients
                    + (clients == 1 ? " client" : " clients") + ", p95 (ms)", search, "< 500 ms", search < 500);
            double worklist = get("worklist, " + clients + " clients", "p95ms");
            row(md, "an official's worklist, pages 0-4 (#24), " + clients + (clients == 1 ? " client" : " clients")
                    + ", p95 (ms)", worklist, "< 500 ms", worklist < 500);
        }
        row(md, "yearly summary of " + history + " appeals, p99 (ms)", get("yearly summary of 2025", "p99ms"), "< 1000 ms",
                get("yearly summary of 2025", "p99ms") < 1000);
        for (String report : new String[] {"summary of 2025 by subject", "summary of 2025, subject by region",
            "performance of 2025 by body", "public statistics of 2025"}) {
            row(md, report + " (" + history + " appeals), p99 (ms)", get(report, "p99ms"), "< 1000 ms", get(report, "p99ms") < 1000);
        }
        for (String format : new String[] {"CSV", "JSON"}) {
            String export = "open data of 2025, " + format;
            row(md, export + ": rows/s (rows " + fmt(get(export, "rows")) + ", " + fmt(get(export, "bytes") / 1_048_576) + " MiB, "
                    + fmt(get(export, "seconds")) + " s)", get(export, "rowsPerSecond"), "streamed, stated", true);
        }

        md.append("\n## Heap after each phase (after a full GC)\n\n| after | used MiB |\n|---|---:|\n");
        phases.forEach((name, v) -> {
            if (name.startsWith("heap after")) {
                md.append(String.format(Locale.ROOT, "| %s | %.0f |%n", name.substring("heap after ".length()), v.get("usedMiB")));
            }
        });
        if (!Double.isNaN(drainSeconds)) {
            md.append(String.format(Locale.ROOT, "%nDrain: a backlog of %s registered in %.1f s (%.0f appeals registered in all by then).%n",
                    backlog, drainSeconds, drained));
            md.append(String.format(Locale.ROOT, "Summary tally right after the drain: %.0f appeals left to count (folded in by"
                    + " that run), %.0f pending after it.%n", get("tally after the drain", "tallied"),
                    get("tally after the drain", "pending")));
        }
        Double generated = get("history generated", "seconds");
        if (!Double.isNaN(generated)) {
            md.append(String.format(Locale.ROOT, "%nHistory: %s appeals written by the bulk path in %.0f s, with their counts"
                    + " in the summary's tally.%n", history, generated));
            Double recounted = get("day tally recounted", "seconds");
            if (!Double.isNaN(recounted)) {
                md.append(String.format(Locale.ROOT, "The day tally of its %.0f days recounted by the administrator's"
                        + " endpoint in %.1f s.%n", get("day tally recounted", "days"), recounted));
            }
        }
        return md.toString();
    }

    private Double get(String phase, String key) {
        Map<String, Double> v = phases.get(phase);
        return v == null || !v.containsKey(key) ? Double.NaN : v.get(key);
    }

    private static void ratio(StringBuilder md, String what, double measured, double ceiling, String target, double needed) {
        if (Double.isNaN(measured) || Double.isNaN(ceiling)) {
            md.append("| ").append(what).append(" | not measured | | | ").append(target).append(" | |\n");
            return;
        }
        double ratio = measured / ceiling;
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s | %s |%n", what, measured, ceiling, ratio, target,
                Double.isNaN(needed) ? "" : ratio >= needed ? "yes" : "**no**"));
    }

    /** A read's p99 against the no-op's p99 at the same number of clients. */
    private static void latency(StringBuilder md, String what, double measured, double noop, double targetMs) {
        if (Double.isNaN(measured)) {
            md.append("| ").append(what).append(" | not measured | | | < ").append((int) targetMs).append(" ms | |\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %.1f | no-op %.1f | %.1f | < %d ms | %s |%n", what, measured, noop,
                measured / noop, (int) targetMs, measured < targetMs ? "yes" : "**no**"));
    }

    private static void row(StringBuilder md, String what, double measured, String target, boolean met) {
        if (Double.isNaN(measured)) {
            md.append("| ").append(what).append(" | not measured | | | ").append(target).append(" | |\n");
            return;
        }
        md.append(String.format(Locale.ROOT, "| %s | %.2f | | | %s | %s |%n", what, measured, target, met ? "yes" : "**no**"));
    }

    /** A count or size for a table cell: whole numbers with thousands separators, "?" when not measured. */
    private static String fmt(double value) {
        return Double.isNaN(value) ? "?" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceFirst("model name\\s*:\\s*", "")).orElse("unknown CPU");
        long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return String.format(Locale.ROOT, "%d cores (%s), %.0f GiB, Java %s, %s", Runtime.getRuntime().availableProcessors(),
                cpu, memKb / 1024.0 / 1024.0, System.getProperty("java.version"), List.of(System.getProperty("os.name"),
                        System.getProperty("os.arch")));
    }
}
