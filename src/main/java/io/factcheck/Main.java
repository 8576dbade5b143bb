package io.factcheck;

import io.factcheck.ingest.IngestCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;

/**
 * The jar's entry point: {@code java -jar quarkus-run.jar} starts the service; {@code java -jar
 * quarkus-run.jar ingest <folder> ...} runs the bulk ingestion client against a running service,
 * without starting one.
 */
@QuarkusMain
public class Main {

  public static void main(String... args) {
    if (args.length > 0 && args[0].equals("ingest")) {
      System.exit(IngestCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    Quarkus.run(args);
  }
}
