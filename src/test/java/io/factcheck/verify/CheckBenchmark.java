package io.factcheck.verify;

import io.factcheck.analysis.TextFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one check of a draft takes against the bundled store, without HTTP. Run as the README
 * says ("Benchmarks"); not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {

  /** Sentences of the kinds a draft mixes: supported, wrong, and unrelated to the store. */
  private static final List<String> SENTENCES =
      List.of(
          "Russian President Vladimir Putin and his Belarusian counterpart spoke by phone on October 2, 2020.",
          "The two leaders had met in Sochi on September 14, when they discussed vaccine trials.",
          "Putin sent a congratulatory telegram to Lukashenko on August 12, 2020.",
          "Analysts in Warsaw and Vilnius said the talks changed little for the opposition.",
          "Fighting between Azerbaijan and Armenia broke out on September 27, 2020.",
          "The war lasted 44 days and ended with a Russian-brokered agreement in November 2020.",
          "Local markets were calm on Monday, and the rouble gained 2 percent against the dollar.",
          "“We will keep talking,” a Kremlin official told reporters after the call.",
          "Critics argued that the election of August 9 was neither free nor fair.",
          "Thousands of people marched in Minsk every Sunday for several months.");

  @Param({"200", "1000"})
  int words;

  private FactChecker checker;
  private Draft draft;

  @Setup
  public void setUp() {
    checker = BundledChecker.get();
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (int i = 0; count < words; i++) {
      String sentence = SENTENCES.get(i % SENTENCES.size());
      text.append(sentence).append(i % 4 == 3 ? "\n\n" : " ");
      count += sentence.split("\\s+").length;
    }
    draft = new Draft(text.toString(), TextFormat.TEXT, "2020-10-05");
  }

  @Benchmark
  public List<Finding> check() {
    return checker.check(draft);
  }
}
