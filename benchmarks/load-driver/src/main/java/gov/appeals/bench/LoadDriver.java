package gov.appeals.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the appeals API from a second process on loopback and prints one JSON line of figures
 * per command. Every loop is bounded in count and time and stops by itself.
 *
 * <pre>
 * load      --url U --path P [--method POST|GET] [--body phone|none] --clients N --requests M [--user operator]
 * radio     --url U --batches B --size S [--clients N]
 * await     --url U --total T [--timeout-s 900]             (appeals registered, from the list's total)
 * lookup    --url U --numbers-from YYYY-NNNNNN --count K --clients N --requests M
 * list      --url U --clients N --requests M
 * caller-history --url U --callers K --clients N --requests M   (a hotline's lookup of a caller's earlier appeals)
 * search    --url U --count K --clients N --requests M   (a dispatcher's search: number, phone, words, name, in turn)
 * worklist  --url U --clients N --requests M [--user officer]   (an official's "my appeals", pages 0-4)
 * report    --url U --year Y --requests M [--path P]   (the yearly summary, or the report at P)
 * export    --url U --path P [--accept text/csv]     (one streamed answer: bytes, lines, seconds)
 * resilience-load --urls U1,U2 --appeals N --clients C --out FILE
 * verify    --url U --in FILE
 * (load, lookup, list, caller-history, report: --warmup W sends W requests first, not recorded)
 * summarize --in FIGURES.jsonl --database D --history H --backlog B [--phases P]   (the results page, markdown)
 * </pre>
 */
public final class LoadDriver {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * A mobile prefix of this run's callers: each run's appeals come from other people than the
     * last run's, or registration would rightly link them as duplicates of the earlier ones.
     */
    private static final int CALLER_PREFIX = 500 + java.util.concurrent.ThreadLocalRandom.current().nextInt(500);
    private static final String[] SUMMARIES = {
            "Пенсияны эки айдан бери ала элекмин, социалдык фонддон жооп жок",
            "Суд затягивает рассмотрение моего дела уже полгода",
            "Мне не выделяют земельный участок, хотя очередь подошла",
            "Банк начислил незаконные проценты по кредиту",
            "Прошу рассмотреть вопрос о принятии в гражданство",
            "Жер тилкесин бербей жатышат",
            "Зейнетақы уақытында төленбейді",
            "Прошу сообщить, куда обратиться по моему вопросу",
    };

    private final Map<String, String> args;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();

    private LoadDriver(Map<String, String> args) {
        this.args = args;
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: LoadDriver load|radio|await|lookup|list|report|resilience-load|verify --option value ...");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < argv.length; i += 2) {
            options.put(argv[i].replaceFirst("^--", ""), argv[i + 1]);
        }
        LoadDriver driver = new LoadDriver(options);
        String result = switch (argv[0]) {
            case "load" -> driver.load();
            case "radio" -> driver.radio();
            case "await" -> driver.awaitRegistered();
            case "lookup" -> driver.lookup();
            case "list" -> driver.list();
            case "caller-history" -> driver.callerHistory();
            case "search" -> driver.search();
            case "worklist" -> driver.worklist();
            case "report" -> driver.report();
            case "export" -> driver.export();
            case "resilience-load" -> driver.resilienceLoad();
            case "verify" -> driver.verify();
            case "summarize" -> new Summary(java.nio.file.Path.of(options.get("in")))
                    .markdown(options.get("database"), options.get("history"), options.get("backlog"),
                            options.getOrDefault("phases", Summary.ALL_PHASES));
            default -> throw new IllegalArgumentException("unknown command " + argv[0]);
        };
        System.out.println(result);
        System.exit(0);
    }

    // ---------------------------------------------------------------- commands

    /** Fixed number of requests from N clients; throughput and latency percentiles of the 2xx answers. */
    private String load() throws Exception {
        String path = required("path");
        String method = args.getOrDefault("method", "POST");
        String body = args.getOrDefault("body", "phone");
        AtomicLong counter = new AtomicLong(System.nanoTime() % 1_000_000);
        return run(intArg("clients", 16), intArg("requests", 10_000), i -> {
            HttpRequest.Builder r = request(url(path));
            if (method.equals("GET")) {
                return r.GET().build();
            }
            String json = body.equals("phone") ? phoneAppeal(counter.incrementAndGet()) : "{}";
            return r.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }, 200, 202, 204);
    }

    /** A broadcast's appeals in batches: seconds until every batch is accepted, and the receipts given. */
    private String radio() throws Exception {
        int batches = intArg("batches", 10);
        int size = intArg("size", 1000);
        AtomicLong counter = new AtomicLong(System.nanoTime() % 1_000_000);
        AtomicInteger receipts = new AtomicInteger();
        long start = System.nanoTime();
        String figures = run(intArg("clients", 2), batches, i -> {
            StringBuilder items = new StringBuilder();
            for (int k = 0; k < size; k++) {
                long n = counter.incrementAndGet();
                items.append(k == 0 ? "" : ",").append("{\"kind\":\"APPLICATION\",\"summary\":")
                        .append(quote(SUMMARIES[(int) (n % SUMMARIES.length)] + " (эфир, звонок " + n + ")"))
                        .append(",\"answeredOnAir\":").append(n % 5 == 0).append(n % 5 == 0 ? ",\"onAirAnswer\":\"Ответ дан в эфире\"" : "")
                        .append('}');
            }
            String json = "{\"broadcast\":{\"programme\":\"Биринчи кабылдама\",\"airDate\":\"2026-11-20\"},\"appeals\":[" + items + "]}";
            return request(url("intake/radio")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }, response -> receipts.addAndGet(count(response.body(), "receiptId")), 202);
        double seconds = (System.nanoTime() - start) / 1e9;
        return figures.replaceFirst("}$", ",\"receipts\":" + receipts.get() + ",\"acceptedInSeconds\":" + round(seconds) + "}");
    }

    /** Polls the appeals registered (all years) until they reach --total; seconds waited. */
    private String awaitRegistered() throws Exception {
        long total = Long.parseLong(required("total"));
        long deadline = System.nanoTime() + Duration.ofSeconds(intArg("timeout-s", 900)).toNanos();
        long start = System.nanoTime();
        long seen = 0;
        while (System.nanoTime() < deadline) {
            seen = registeredTotal();
            if (seen >= total) {
                break;
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return "{\"registered\":" + seen + ",\"expected\":" + total + ",\"seconds\":" + round(seconds)
                + ",\"reached\":" + (seen >= total) + "}";
    }

    private String lookup() throws Exception {
        String from = required("numbers-from");
        String year = from.substring(0, 4);
        long first = Long.parseLong(from.substring(5));
        int count = intArg("count", 1_000_000);
        return run(intArg("clients", 8), intArg("requests", 5000), i -> {
            long n = first + Math.floorMod((long) i * 7919L, count);
            return request(url("appeals/" + year + "-" + String.format("%06d", n))).header("Accept", "application/json")
                    .GET().build();
        }, 200);
    }

    private String list() throws Exception {
        String[] filters = {"channel=PHONE", "category=SOCIAL", "status=ASSIGNED", "body=MIN_ECONOMY",
                "from=2026-03-01&to=2026-03-31", "category=LAND_HOUSING&channel=RECEPTION"};
        return run(intArg("clients", 8), intArg("requests", 2000),
                i -> request(url("appeals?size=50&page=" + (i % 5) + "&" + filters[i % filters.length])).GET().build(), 200);
    }

    /**
     * The hotline's lookup of a caller's earlier appeals, as the operator types the number: the
     * generated year's callers (+996 555 NNNNNN), four appeals each, every one shown access-logged.
     */
    private String callerHistory() throws Exception {
        int callers = intArg("callers", 250_000);
        return run(intArg("clients", 8), intArg("requests", 5000), i -> {
            long n = Math.floorMod((long) i * 7919L, callers);
            return request(url("intake/earlier-appeals?phone=996555" + String.format("%06d", n)))
                    .header("Accept", "application/json").GET().build();
        }, 200);
    }

    /**
     * A dispatcher's search over the generated year, in turn by registration number, the caller's
     * phone, words of the summary and the applicant's name ("Заявитель N"), each of one appeal or
     * of a caller's four.
     */
    private String search() throws Exception {
        int count = intArg("count", 1_000_000);
        return run(intArg("clients", 8), intArg("requests", 2000), i -> {
            long n = 1 + Math.floorMod((long) i * 7919L, count);
            String q = switch (i % 4) {
                case 0 -> "2025-" + String.format("%06d", n);
                case 1 -> "0555" + String.format("%06d", n % 250_000);
                case 2 -> "замеров " + n;
                default -> "Заявитель " + n;
            };
            return request(url("appeals?size=50&q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Accept", "application/json").GET().build();
        }, 200);
    }

    /** An official's worklist, pages 0-4 of 50, the nearest due date first. */
    private String worklist() throws Exception {
        return run(intArg("clients", 8), intArg("requests", 1000),
                i -> request(url("appeals/mine?size=50&page=" + (i % 5))).header("Accept", "application/json").GET().build(), 200);
    }

    private String report() throws Exception {
        String year = args.getOrDefault("year", "2025");
        // A database may reuse the result of a query over tables unchanged since (H2 does), which
        // a real office never sees: appeals keep arriving. Before each request one appeal is
        // filed and given time to be registered (not timed).
        String path = args.getOrDefault("path", "reports/summary?year=" + year);
        return run(1, intArg("requests", 20), i -> {
            fileOneAppeal();
            return request(url(path)).GET().build();
        }, 200);
    }

    /** One streamed GET, read as it arrives: its size, rows (CSV lines after the header, or JSON objects) and time. */
    private String export() throws Exception {
        HttpRequest get = request(url(required("path"))).timeout(Duration.ofMinutes(15))
                .header("Accept", args.getOrDefault("accept", "text/csv")).GET().build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> r = http.send(get, HttpResponse.BodyHandlers.ofInputStream());
        boolean json = args.getOrDefault("accept", "text/csv").contains("json");
        byte rowMark = (byte) (json ? '{' : '\n');
        long bytes = 0;
        long lines = 0;
        double firstByte = Double.NaN;
        try (java.io.InputStream in = r.body()) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (Double.isNaN(firstByte)) {
                    firstByte = (System.nanoTime() - start) / 1e6;
                }
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == rowMark) {
                        lines++;
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long rows = json ? lines : Math.max(0, lines - 1); // a CSV's first line is its header; a JSON row is an object
        return "{\"status\":" + r.statusCode() + ",\"bytes\":" + bytes + ",\"rows\":" + rows + ",\"seconds\":" + round(seconds)
                + ",\"rowsPerSecond\":" + round(rows / seconds) + ",\"firstByteMs\":" + round(firstByte) + "}";
    }

    private void fileOneAppeal() {
        try {
            http.send(request(url("intake/phone"), "operator").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(phoneAppeal(System.nanoTime() % 1_000_000))).build(),
                    HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1000);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Files appeals across nodes while they are killed and restarted: each appeal keeps its own
     * Idempotency-Key, and a request that fails (connection refused, 5xx, no answer) is sent again,
     * to the next node, until it gets 202 or three minutes pass. An appeal given up on is sent once
     * more after the load, with the same key, as an operator would resend it: its first attempt may
     * have been committed by the transaction manager's recovery meanwhile, and the server must then
     * answer with the receipt it gave, not file it twice. Writes every receipt id to --out.
     */
    private String resilienceLoad() throws Exception {
        List<URI> bases = Arrays.stream(required("urls").split(",")).map(LoadDriver::api).toList();
        int appeals = intArg("appeals", 5000);
        int clients = intArg("clients", 8);
        Path out = Path.of(required("out"));
        List<String> receipts = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Integer> givenUp = java.util.Collections.synchronizedList(new ArrayList<>());
        String[] keys = new String[appeals];
        AtomicInteger retries = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < appeals; i = next.getAndIncrement()) {
                    keys[i] = "resilience-" + UUID.randomUUID();
                    String receipt = fileUntilAccepted(bases, i, keys[i], Duration.ofMinutes(3), retries);
                    if (receipt == null) {
                        givenUp.add(i);
                    } else {
                        receipts.add(receipt);
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        int resentAccepted = 0;
        for (int i : givenUp) {
            String receipt = fileUntilAccepted(bases, i, keys[i], Duration.ofMinutes(5), retries);
            if (receipt != null) {
                receipts.add(receipt);
                resentAccepted++;
            }
        }
        Files.write(out, receipts);
        String seen = refusals.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        double window = firstRefusal.get() == 0 ? 0 : (lastRefusal.get() - firstRefusal.get()) / 1e9;
        return "{\"accepted\":" + receipts.size() + ",\"gaveUp\":" + (givenUp.size() - resentAccepted)
                + ",\"acceptedOnResend\":" + resentAccepted + ",\"retries\":" + retries.get()
                + ",\"seconds\":" + round(loadSeconds) + ",\"refusals\":" + seen
                + ",\"refusedFromFirstToLastSeconds\":" + round(window) + "}";
    }

    /**
     * What the clients were answered instead of 202, by status and kind: "problem" (RFC 9457, with
     * or without Retry-After) or the content type of anything else (an HTML page would be a defect);
     * "no answer" when the connection failed or timed out.
     */
    private final Map<String, Integer> refusals = new java.util.concurrent.ConcurrentSkipListMap<>();
    private final java.util.concurrent.atomic.AtomicLong firstRefusal = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lastRefusal = new java.util.concurrent.atomic.AtomicLong();

    private void refused(String what) {
        long now = System.nanoTime();
        firstRefusal.compareAndSet(0, now);
        lastRefusal.accumulateAndGet(now, Math::max);
        refusals.merge(what, 1, Integer::sum);
    }

    private static String kindOf(HttpResponse<String> r) {
        String type = r.headers().firstValue("Content-Type").orElse("none");
        String kind = type.startsWith("application/problem+json") ? "problem" : type.replaceAll(";.*", "");
        return r.statusCode() + " " + kind + (r.headers().firstValue("Retry-After").isPresent() ? " Retry-After" : "");
    }

    /** Sends phone appeal {@code i} with its key, node after node, until 202 (its receipt id) or the window ends (null). */
    private String fileUntilAccepted(List<URI> bases, int i, String key, Duration window, AtomicInteger retries)
            throws InterruptedException {
        String json = phoneAppeal(i);
        long giveUp = System.nanoTime() + window.toNanos();
        for (int attempt = 0; ; attempt++) {
            URI base = bases.get((i + attempt) % bases.size());
            try {
                HttpResponse<String> r = http.send(request(base.resolve("intake/phone"))
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202) {
                    return field(r.body(), "receiptId");
                }
                refused(kindOf(r));
            } catch (IOException e) {
                refused("no answer"); // node down or no answer in time: next node
            }
            retries.incrementAndGet();
            if (System.nanoTime() > giveUp) {
                return null;
            }
            Thread.sleep(Math.min(2000, 50L * (attempt + 1)));
        }
    }

    /** Reads every receipt in --in: how many are registered, queued or rejected, and whether any number repeats. */
    private String verify() throws Exception {
        List<String> ids = Files.readAllLines(Path.of(required("in")));
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        Set<String> numbers = new HashSet<>();
        int duplicates = 0;
        for (String id : ids) {
            HttpResponse<String> r = http.send(request(url("intake/receipts/" + id), "dispatcher").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String status = r.statusCode() == 200 ? field(r.body(), "status") : "HTTP_" + r.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String number = r.statusCode() == 200 ? field(r.body(), "registrationNumber") : null;
            if (number != null && !numbers.add(number)) {
                duplicates++;
            }
        }
        StringBuilder json = new StringBuilder("{\"receipts\":" + ids.size() + ",\"distinctNumbers\":" + numbers.size()
                + ",\"duplicateNumbers\":" + duplicates);
        statuses.forEach((k, v) -> json.append(",\"").append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    // ---------------------------------------------------------------- measurement

    private interface OnResponse {
        void accept(HttpResponse<String> response);
    }

    private String run(int clients, int requests, IntFunction<HttpRequest> requestFor, int... okStatuses) throws Exception {
        return run(clients, requests, requestFor, r -> { }, okStatuses);
    }

    private String run(int clients, int requests, IntFunction<HttpRequest> requestFor, OnResponse onOk, int... okStatuses)
            throws Exception {
        int warmup = intArg("warmup", 0);
        if (warmup > 0) {
            // Not recorded: lets this JVM's HTTP client and the server's paths for these requests
            // compile first, so that a short latency run measures the server, not the driver's start.
            timed(clients, warmup, i -> requestFor.apply(requests + i), r -> { }, okStatuses, new long[warmup],
                    new AtomicInteger(), new java.util.concurrent.ConcurrentHashMap<>());
        }
        long[] latencies = new long[requests];
        AtomicInteger ok = new AtomicInteger();
        Map<String, Integer> errors = new java.util.concurrent.ConcurrentHashMap<>();
        long start = System.nanoTime();
        timed(clients, requests, requestFor, onOk, okStatuses, latencies, ok, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return "{\"clients\":" + clients + ",\"requests\":" + requests + ",\"ok\":" + ok.get() + ",\"errors\":" + errors.size()
                + (errors.isEmpty() ? "" : ",\"errorKinds\":\"" + errors + "\"")
                + ",\"seconds\":" + round(seconds) + ",\"throughput\":" + round(requests / seconds)
                + ",\"p50ms\":" + round(percentile(sorted, 50)) + ",\"p95ms\":" + round(percentile(sorted, 95))
                + ",\"p99ms\":" + round(percentile(sorted, 99))
                + ",\"maxms\":" + round(sorted[sorted.length - 1] / 1e6) + "}";
    }

    /** Sends the requests from N clients, each latency into {@code latencies[i]}; returns when all are answered. */
    private void timed(int clients, int requests, IntFunction<HttpRequest> requestFor, OnResponse onOk, int[] okStatuses,
            long[] latencies, AtomicInteger ok, Map<String, Integer> errors) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = requestFor.apply(i); // built before the clock starts
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (Arrays.stream(okStatuses).anyMatch(s -> s == r.statusCode())) {
                            ok.incrementAndGet();
                            onOk.accept(r);
                        } else {
                            errors.merge("HTTP_" + r.statusCode(), 1, Integer::sum);
                        }
                    } catch (IOException e) {
                        latencies[i] = System.nanoTime() - t0;
                        errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Appeals registered so far, from the year counters of GET /admin/intake. */
    private long registeredTotal() throws Exception {
        HttpResponse<String> r = http.send(request(url("admin/intake"), "dispatcher").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return 0;
        }
        Matcher byYear = Pattern.compile("\"registeredByYear\":\\{([^}]*)}").matcher(r.body());
        long total = 0;
        if (byYear.find()) {
            Matcher n = Pattern.compile(":(\\d+)").matcher(byYear.group(1));
            while (n.find()) {
                total += Long.parseLong(n.group(1));
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- helpers

    private static String phoneAppeal(long n) {
        return "{\"kind\":\"APPLICATION\",\"summary\":" + quote(SUMMARIES[(int) (n % SUMMARIES.length)] + " (звонок " + n + ")")
                + ",\"language\":\"ru\",\"callerNumber\":\"+996 " + CALLER_PREFIX + " " + String.format("%06d", n % 1_000_000) + "\""
                + ",\"applicant\":{\"fullName\":\"Заявитель " + n + "\",\"phone\":\"+996" + CALLER_PREFIX
                + String.format("%06d", n % 1_000_000) + "\"}}";
    }

    private HttpRequest.Builder request(URI uri) {
        return request(uri, args.getOrDefault("user", "operator"));
    }

    private HttpRequest.Builder request(URI uri, String user) {
        String token = Base64.getEncoder().encodeToString((user + ":" + args.getOrDefault("password", "demo"))
                .getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Authorization", "Basic " + token);
    }

    private URI url(String path) {
        return api(required("url")).resolve(path);
    }

    private static URI api(String base) {
        return URI.create(base.endsWith("/") ? base : base + "/");
    }

    private String required(String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private int intArg(String name, int fallback) {
        return args.containsKey(name) ? Integer.parseInt(args.get(name)) : fallback;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static int count(String text, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
