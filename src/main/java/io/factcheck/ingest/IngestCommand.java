package io.factcheck.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * {@code ingest <folder> [--url URL] [--approve] [--checkpoint FILE | --no-checkpoint] [--retries
 * N]}: the command line of {@link BulkIngest}. Progress goes to stderr (a bar on a terminal, a line
 * every few seconds otherwise), the summary to stdout. Exit status: 0 when every article was
 * answered, 1 when some failed, 2 when the run stopped because the service could not be reached
 * (run it again to resume), 64 for a wrong command line.
 */
public final class IngestCommand {

  static final String USAGE =
      "usage: ingest <folder> [--url http://127.0.0.1:8080] [--approve]"
          + " [--checkpoint FILE | --no-checkpoint] [--retries 3]";

  private static final Duration PLAIN_PROGRESS_EVERY = Duration.ofSeconds(5);

  private IngestCommand() {}

  public static int run(String... args) {
    return run(args, System.out, System.err, System.console() != null);
  }

  static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
    Path folder = null;
    URI url = URI.create("http://127.0.0.1:8080");
    boolean approve = false;
    Path checkpoint = null;
    boolean noCheckpoint = false;
    int retries = 3;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--url" -> url = URI.create(args[++i]);
          case "--approve" -> approve = true;
          case "--checkpoint" -> checkpoint = Path.of(args[++i]);
          case "--no-checkpoint" -> noCheckpoint = true;
          case "--retries" -> retries = Integer.parseInt(args[++i]);
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          default -> {
            if (args[i].startsWith("--") || folder != null) {
              throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            folder = Path.of(args[i]);
          }
        }
      }
      if (folder == null) {
        throw new IllegalArgumentException("no folder given");
      }
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException(folder + " is not a folder");
      }
    } catch (RuntimeException e) {
      err.println("ingest: " + e.getMessage());
      err.println(USAGE);
      return 64;
    }
    if (checkpoint == null && !noCheckpoint) {
      checkpoint = folder.resolve(".ingest-checkpoint");
    }
    try {
      ArticleFolder articles = new ArticleFolder(folder);
      long total = articles.count();
      BulkIngest ingest =
          new BulkIngest(
              url, approve, noCheckpoint ? null : checkpoint, retries, Duration.ofMillis(500));
      BulkIngest.Summary summary;
      if (terminal) {
        try (ProgressBar bar =
            new ProgressBarBuilder()
                .setTaskName("Ingesting")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" articles", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build()) {
          summary = ingest.run(articles, (article, outcome) -> bar.step());
        }
      } else {
        summary = ingest.run(articles, new PlainProgress(err, total));
      }
      out.println(summary(summary, total));
      if (!summary.failures().isEmpty()) {
        err.println("failures (first " + summary.failures().size() + "):");
        summary.failures().forEach(failure -> err.println("  " + failure));
      }
      if (summary.aborted()) {
        err.println("stopped: " + summary.abortReason());
        err.println("run the same command again to resume");
        return 2;
      }
      return summary.failed() > 0 ? 1 : 0;
    } catch (IOException | RuntimeException e) {
      err.println("ingest: " + e);
      return 1;
    }
  }

  static String summary(BulkIngest.Summary summary, long total) {
    return String.format(
        Locale.ROOT,
        "%d articles: %d stored, %d already present, %d skipped (checkpoint), %d failed%s;"
            + " %.1f s, %.1f articles/s",
        total,
        summary.stored(),
        summary.alreadyPresent(),
        summary.skipped(),
        summary.failed(),
        summary.aborted() ? ", stopped early" : "",
        summary.elapsed().toNanos() / 1e9,
        summary.articlesPerSecond());
  }

  /** A progress line every few seconds, for logs and pipes where a bar would be noise. */
  private static final class PlainProgress implements BulkIngest.Listener {
    private final PrintStream err;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastPrinted = System.nanoTime();

    PlainProgress(PrintStream err, long total) {
      this.err = err;
      this.total = total;
    }

    @Override
    public void done(Article article, BulkIngest.Outcome outcome) {
      done++;
      long now = System.nanoTime();
      if (now - lastPrinted >= PLAIN_PROGRESS_EVERY.toNanos() || done == total) {
        lastPrinted = now;
        double seconds = (now - started) / 1e9;
        err.printf(
            Locale.ROOT,
            "ingest: %d/%d articles (%.0f%%), %.1f articles/s%n",
            done,
            total,
            total == 0 ? 100.0 : 100.0 * done / total,
            seconds <= 0 ? 0 : done / seconds);
      }
    }
  }
}
