package org.opencsc.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * The load of bench/web: USERS people signed in at once (each their own session, as the director,
 * the analyst or the administrator, who see every child), each walking the journey again and again,
 * through a warm-up (not counted), a steady phase of a fixed time, and then while an
 * administrator's "Refresh now" imports the drop folder, until that refresh has finished. Prints,
 * for each phase, the pages served, their 50th, 95th and 99th percentile and slowest times, and the
 * errors (any answer but 200, or no answer).
 *
 * <p>Arguments: base URL, password of the demo logins, users, seconds of the steady phase, the
 * pause a user takes after each page in milliseconds (0: none; otherwise between half and one and a
 * half times it, at random, so that users do not click in step), and the journey: addresses with
 * {serviceArea}, {team}, {worker}, {child} or {indicator} in them, which each walk fills with a
 * unit of the council picked at random (a team of the service area, a worker of the team, a child
 * of the worker), read from the pages themselves before the run.
 */
public final class WebBench {

  private static final String[] LOGINS = {"director", "analyst", "admin"};

  private final String base;
  private final String password;
  private final List<String> journey;
  private final Council council;
  private final long pauseMillis;

  private WebBench(String base, String password, List<String> journey, long pauseMillis)
      throws Exception {
    this.base = base;
    this.password = password;
    this.journey = journey;
    this.pauseMillis = pauseMillis;
    this.council = Council.read(new Session(base, "director", password), journey);
  }

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    int users = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    long pauseMillis = Long.parseLong(args[4]);
    List<String> journey = List.of(args[5].trim().split("\\s+"));
    WebBench bench = new WebBench(base, password, journey, pauseMillis);
    System.out.printf(
        "council: %d service areas, %d teams, %d workers, %d children, %d indicators%n",
        bench.council.serviceAreas.size(),
        bench.council.teams.size(),
        bench.council.workers.size(),
        bench.council.children.size(),
        bench.council.indicators.size());
    System.out.println("journey: " + String.join(" -> ", journey));
    System.out.println(
        pauseMillis == 0
            ? "no pause between pages"
            : "a pause of about " + pauseMillis + " ms after each page");

    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      sessions.add(new Session(base, LOGINS[i % LOGINS.length], password));
    }
    Phases phases = new Phases(bench.journey);
    List<Future<?>> walking = bench.start(sessions, phases);

    Thread.sleep(Duration.ofSeconds(Math.min(10, seconds)).toMillis());
    phases.begin(STEADY);
    Thread.sleep(Duration.ofSeconds(seconds).toMillis());

    Session admin = new Session(base, "admin", password);
    long started = System.nanoTime();
    phases.begin(DURING_REFRESH);
    admin.refresh();
    long deadline = started + Duration.ofMinutes(10).toNanos();
    while (admin.refreshRunning() && System.nanoTime() < deadline) {
      Thread.sleep(500);
    }
    phases.begin(null);
    for (Future<?> session : walking) {
      session.get();
    }
    phases.result(STEADY).print("steady");
    phases.result(DURING_REFRESH).print("during refresh");
    System.out.printf(
        "refresh: %.1f s, ended %s%n", (System.nanoTime() - started) / 1e9, admin.latestOutcome());
  }

  private static final String WARM_UP = "warm-up";
  private static final String STEADY = "steady";
  private static final String DURING_REFRESH = "during refresh";

  /**
   * Every session walks the journey again and again, from the warm-up to the end of the refresh,
   * without stopping between phases: a page counts in the phase in which it was asked for. Each
   * session starts after a random delay of up to one journey's pauses, so that the users do not all
   * open the first page of the journey at the same instant (as no council's staff do: a run that
   * restarted every user's journey at once at the start of each phase measured its own burst of
   * fifty overviews).
   */
  private List<Future<?>> start(List<Session> sessions, Phases phases) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            sessions.size(),
            task -> {
              Thread thread = new Thread(task);
              thread.setDaemon(true);
              return thread;
            });
    List<Future<?>> walking = new ArrayList<>();
    long spread = Math.max(pauseMillis, 100) * journey.size();
    for (Session session : sessions) {
      walking.add(
          pool.submit(
              () -> {
                Thread.sleep(ThreadLocalRandom.current().nextLong(spread + 1));
                while (phases.current() != null) {
                  List<String> pages = council.walk(journey);
                  for (int step = 0; step < pages.size() && phases.current() != null; step++) {
                    String phase = phases.current();
                    Timed timed = session.time(pages.get(step));
                    if (phase != null) {
                      phases.add(phase, step, timed);
                    }
                    pause();
                  }
                }
                return null;
              }));
    }
    pool.shutdown();
    return walking;
  }

  /** Which phase the run is in (null: over), and each phase's page times. */
  static final class Phases {
    private final List<String> journey;
    private final Map<String, Result> results = new ConcurrentHashMap<>();
    private volatile @Nullable String current = WARM_UP;

    Phases(List<String> journey) {
      this.journey = journey;
    }

    void begin(@Nullable String phase) {
      current = phase;
    }

    @Nullable String current() {
      return current;
    }

    void add(String phase, int step, Timed timed) {
      Result result = results.computeIfAbsent(phase, p -> new Result(journey));
      synchronized (result) {
        result.add(step, timed);
      }
    }

    Result result(String phase) {
      return results.getOrDefault(phase, new Result(journey));
    }
  }

  private void pause() throws InterruptedException {
    if (pauseMillis > 0) {
      Thread.sleep(ThreadLocalRandom.current().nextLong(pauseMillis / 2, pauseMillis * 3 / 2 + 1));
    }
  }

  /** Page times in nanoseconds, in all and by step of the journey, and the failures. */
  static final class Result {
    private final List<String> journey;
    private final Times all = new Times();
    private final List<Times> steps = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    Result(List<String> journey) {
      this.journey = journey;
      journey.forEach(step -> steps.add(new Times()));
    }

    void add(int step, Timed timed) {
      all.add(timed.nanos());
      steps.get(step).add(timed.nanos());
      if (timed.error() != null) {
        errors.add(timed.error());
      }
    }

    void addAll(Result other) {
      all.addAll(other.all);
      for (int i = 0; i < steps.size(); i++) {
        steps.get(i).addAll(other.steps.get(i));
      }
      errors.addAll(other.errors);
    }

    void print(String phase) {
      System.out.printf("%s: %s, errors %d%n", phase, all.summary(), errors.size());
      for (int i = 0; i < steps.size(); i++) {
        System.out.printf("  %-28s %s%n", journey.get(i), steps.get(i).summary());
      }
      errors.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
    }
  }

  /** A growing list of times in nanoseconds. */
  static final class Times {
    private long[] nanos = new long[1024];
    private int count;

    void add(long time) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = time;
    }

    void addAll(Times other) {
      for (int i = 0; i < other.count; i++) {
        add(other.nanos[i]);
      }
    }

    String summary() {
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      return "%d pages, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, slowest %.1f ms"
          .formatted(
              count,
              percentile(sorted, 50),
              percentile(sorted, 95),
              percentile(sorted, 99),
              count == 0 ? 0 : sorted[count - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  record Timed(long nanos, String error) {}

  /** One person's browser: its own cookies (session and CSRF), following redirects. */
  static final class Session {
    private final String base;
    private final HttpClient http;

    Session(String base, String login, String password) throws IOException, InterruptedException {
      this.base = base;
      this.http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NORMAL)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      String csrf = document("/login").select("input[name=_csrf]").attr("value");
      HttpResponse<String> response =
          post("/login", Map.of("username", login, "password", password, "_csrf", csrf));
      if (response.uri().getPath().equals("/login")) {
        throw new IllegalStateException("cannot sign in as " + login);
      }
    }

    Timed time(String path) {
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = get(path);
        long took = System.nanoTime() - start;
        return new Timed(
            took, response.statusCode() == 200 ? null : response.statusCode() + " " + path);
      } catch (IOException | InterruptedException | RuntimeException e) {
        return new Timed(System.nanoTime() - start, e + " " + path);
      }
    }

    /** Presses "Refresh now" on the load history. */
    void refresh() throws IOException, InterruptedException {
      String csrf = document("/loads").select("form#refresh input[name=_csrf]").attr("value");
      HttpResponse<String> response = post("/loads", Map.of("_csrf", csrf));
      if (!Jsoup.parse(response.body()).text().contains("A refresh has started")) {
        throw new IllegalStateException("the refresh did not start");
      }
    }

    /** True while the newest run is running, or not yet on the load history (just started). */
    boolean refreshRunning() throws IOException, InterruptedException {
      String outcome = latestOutcome();
      return outcome.isEmpty() || outcome.equals("Running");
    }

    /** The newest run's outcome on the load history; empty when it lists none. */
    String latestOutcome() throws IOException, InterruptedException {
      var tag = document("/loads").select("tr[id^=run-] strong.govuk-tag").first();
      return tag == null ? "" : tag.text();
    }

    Document document(String path) throws IOException, InterruptedException {
      return Jsoup.parse(get(path).body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form)
        throws IOException, InterruptedException {
      StringBuilder body = new StringBuilder();
      form.forEach(
          (name, value) ->
              body.append(body.isEmpty() ? "" : "&")
                  .append(name)
                  .append('=')
                  .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * The units a walk picks from, read from the structure pages: service area → its teams → their
   * workers → their children. Indicators come from the JSON API's catalogue.
   */
  static final class Council {
    final List<String> serviceAreas = new ArrayList<>();
    final Map<String, List<String>> teamsOf = new java.util.HashMap<>();
    final List<String> teams = new ArrayList<>();
    final Map<String, List<String>> workersOf = new java.util.HashMap<>();
    final List<String> workers = new ArrayList<>();
    final Map<String, List<String>> childrenOf = new java.util.HashMap<>();
    final List<String> children = new ArrayList<>();
    final List<String> indicators = new ArrayList<>();

    static Council read(Session session, List<String> journey) throws Exception {
      Council council = new Council();
      for (String area : ids(session.document("/structure"), "service-area-")) {
        council.serviceAreas.add(area);
        List<String> teams = ids(session.document("/service-areas/" + area), "team-");
        council.teamsOf.put(area, teams);
        for (String team : teams) {
          council.teams.add(team);
          List<String> workers = ids(session.document("/teams/" + team), "worker-");
          council.workersOf.put(team, workers);
          council.workers.addAll(workers);
          if (String.join(" ", journey).contains("{child}")) {
            for (String worker : workers) {
              List<String> children = ids(session.document("/workers/" + worker), "child-");
              council.childrenOf.put(worker, children);
              council.children.addAll(children);
            }
          }
        }
      }
      String catalogue = session.get("/api/indicators").body();
      var ids = java.util.regex.Pattern.compile("\"id\":\"([a-z0-9_]+)\"").matcher(catalogue);
      while (ids.find()) {
        council.indicators.add(ids.group(1));
      }
      return council;
    }

    private static List<String> ids(Document page, String prefix) {
      return page.select("tr[id^=" + prefix + "]").stream()
          .map(row -> row.id().substring(prefix.length()))
          .toList();
    }

    /** The journey's addresses with one unit picked at random for each placeholder. */
    List<String> walk(List<String> journey) {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      String area = pick(serviceAreas, random);
      String team = pick(teamsOf.getOrDefault(area, teams), random);
      if (team == null) {
        team = pick(teams, random);
      }
      String worker = pick(workersOf.getOrDefault(team, workers), random);
      if (worker == null) {
        worker = pick(workers, random);
      }
      String child = pick(childrenOf.getOrDefault(worker, children), random);
      if (child == null) {
        child = pick(children, random);
      }
      String indicator = pick(indicators, random);
      List<String> pages = new ArrayList<>(journey.size());
      for (String page : journey) {
        pages.add(
            page.replace("{serviceArea}", String.valueOf(area))
                .replace("{team}", String.valueOf(team))
                .replace("{worker}", String.valueOf(worker))
                .replace("{child}", String.valueOf(child))
                .replace("{indicator}", String.valueOf(indicator)));
      }
      return pages;
    }

    private static String pick(List<String> from, ThreadLocalRandom random) {
      return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }
  }
}
