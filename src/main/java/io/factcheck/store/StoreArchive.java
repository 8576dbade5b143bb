package io.factcheck.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole store as one JSON-lines file, and back: documents, entities with their aliases and
 * roles, events with every column and list, and the audit trail, ids, versions and times included.
 * The file is read and written row by row over JDBC (never the store in memory), column by column,
 * so that an import followed by an export gives back the same bytes.
 *
 * <p>Format: a header line {@code {"format":"factcheck-store","version":1}}; one line per record,
 * {@code {"record":"document",...}}, then entities, events and audit entries, each kind ordered by
 * id; a last line {@code {"record":"end",...}} with the count of each kind, which tells a whole
 * file from a cut-off one. Field names are the columns' names in camel case; the lists of an entity
 * or event are arrays. Non-ASCII characters are escaped, so the file is ASCII and even a lone
 * UTF-16 surrogate in a stored text survives.
 */
@ApplicationScoped
public class StoreArchive {

  public static final String FORMAT = "factcheck-store";
  public static final int VERSION = 1;

  /** Rows sent to the database at once during an import. */
  private static final int BATCH_SIZE = 500;

  /** Rows fetched at once during an export (PostgreSQL streams only with a fetch size). */
  private static final int FETCH_SIZE = 500;

  /** The longest text a record may hold: the longest column is 1,000,000 characters. */
  private static final int MAX_STRING_LENGTH = 8_000_000;

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper json;
  @Inject Event<StoreChanged> changes;

  /** What an import stored. */
  public record Summary(long documents, long entities, long events, long auditEntries) {}

  private enum Type {
    TEXT,
    LONG,
    INT,
    BOOLEAN,
    DATE,
    TIMESTAMP
  }

  private record Column(String name, Type type, boolean required) {
    String field() {
      return camelCase(name);
    }
  }

  /**
   * A list of a record, kept in {@code table} with the record's key in {@code parent} and the
   * position in {@code list_index}. A one-column list is an array of values, others of objects.
   */
  private record Part(String field, String table, String parent, List<Column> columns) {}

  private record Kind(String name, String table, List<Column> columns, List<Part> parts) {
    Column key() {
      return columns.get(0);
    }
  }

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "document",
              "document",
              List.of(
                  required("id", Type.TEXT),
                  optional("title", Type.TEXT),
                  optional("source", Type.TEXT),
                  optional("url", Type.TEXT),
                  required("text", Type.TEXT),
                  required("text_sha256", Type.TEXT),
                  optional("published_start", Type.DATE),
                  optional("published_end", Type.DATE),
                  optional("published_precision", Type.TEXT),
                  required("created_at", Type.TIMESTAMP)),
              List.of()),
          new Kind(
              "entity",
              "entity",
              List.of(
                  required("id", Type.TEXT),
                  required("kind", Type.TEXT),
                  required("name", Type.TEXT),
                  optional("country", Type.TEXT),
                  optional("part_of", Type.TEXT)),
              List.of(
                  new Part(
                      "aliases",
                      "entity_alias",
                      "entity_id",
                      List.of(required("alias", Type.TEXT))),
                  new Part(
                      "roles", "entity_role", "entity_id", List.of(required("role", Type.TEXT))))),
          new Kind(
              "event",
              "event",
              List.of(
                  required("id", Type.LONG),
                  required("type", Type.TEXT),
                  optional("mode", Type.TEXT),
                  optional("date_start", Type.DATE),
                  optional("date_end", Type.DATE),
                  optional("date_precision", Type.TEXT),
                  optional("date_weekday", Type.TEXT),
                  optional("summary", Type.TEXT),
                  required("status", Type.TEXT),
                  required("version", Type.LONG),
                  required("created_at", Type.TIMESTAMP),
                  required("updated_at", Type.TIMESTAMP)),
              List.of(
                  new Part(
                      "participants",
                      "event_participant",
                      "event_id",
                      List.of(required("entity_id", Type.TEXT))),
                  new Part(
                      "places", "event_place", "event_id", List.of(required("place", Type.TEXT))),
                  new Part(
                      "counts",
                      "event_count",
                      "event_id",
                      List.of(
                          required("what", Type.TEXT),
                          required("count_value", Type.LONG),
                          required("ordinal", Type.BOOLEAN))),
                  new Part(
                      "uncertain",
                      "event_uncertain",
                      "event_id",
                      List.of(required("slot", Type.TEXT))),
                  new Part(
                      "sources",
                      "provenance",
                      "event_id",
                      List.of(
                          required("document_id", Type.TEXT),
                          required("start_offset", Type.INT),
                          required("end_offset", Type.INT),
                          required("quote", Type.TEXT))),
                  new Part(
                      "conflicts",
                      "event_conflict",
                      "event_id",
                      List.of(
                          required("slot", Type.TEXT),
                          required("stored_value", Type.TEXT),
                          required("reported", Type.TEXT),
                          required("document_id", Type.TEXT),
                          required("start_offset", Type.INT),
                          required("end_offset", Type.INT),
                          required("quote", Type.TEXT))))),
          new Kind(
              "audit",
              "event_audit",
              List.of(
                  required("id", Type.LONG),
                  required("event_id", Type.LONG),
                  required("action", Type.TEXT),
                  required("event_version", Type.LONG),
                  required("actor", Type.TEXT),
                  required("changed_at", Type.TIMESTAMP),
                  required("changed_fields", Type.TEXT),
                  optional("before_state", Type.TEXT),
                  optional("after_state", Type.TEXT)),
              List.of()));

  private static Column required(String name, Type type) {
    return new Column(name, type, true);
  }

  private static Column optional(String name, Type type) {
    return new Column(name, type, false);
  }

  // --- export -----------------------------------------------------------------------------------

  /**
   * Writes the whole store to {@code out}, as of one moment (a repeatable-read transaction), one
   * row at a time. {@code out} is not closed.
   */
  public void export(OutputStream out) throws IOException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try (JsonGenerator generator = generator(out)) {
        Map<String, Long> counts = new LinkedHashMap<>();
        header(generator);
        for (Kind kind : KINDS) {
          counts.put(kind.name(), exportKind(connection, kind, generator));
        }
        generator.writeStartObject();
        generator.writeStringField("record", "end");
        for (Map.Entry<String, Long> count : counts.entrySet()) {
          generator.writeNumberField(count.getKey(), count.getValue());
        }
        generator.writeEndObject();
        generator.writeRaw('\n');
        connection.commit();
      } finally {
        connection.rollback();
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new StoreAccessException("Could not read the store for an export", e);
    }
  }

  private JsonGenerator generator(OutputStream out) throws IOException {
    JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    JsonGenerator generator = factory.createGenerator(out, JsonEncoding.UTF8);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setRootValueSeparator(null);
    return generator;
  }

  private static void header(JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("format", FORMAT);
    generator.writeNumberField("version", VERSION);
    generator.writeEndObject();
    generator.writeRaw('\n');
  }

  /** The rows of one kind ordered by key, each with its lists merged in from their tables. */
  private static long exportKind(Connection connection, Kind kind, JsonGenerator out)
      throws SQLException, IOException {
    List<Statement> statements = new ArrayList<>();
    try {
      ResultSet rows = query(connection, statements, kind.table(), List.of(), kind.columns());
      List<ResultSet> parts = new ArrayList<>();
      for (Part part : kind.parts()) {
        ResultSet partRows =
            query(
                connection,
                statements,
                part.table(),
                List.of(part.parent(), "list_index"),
                part.columns());
        parts.add(partRows.next() ? partRows : null);
      }
      long count = 0;
      while (rows.next()) {
        out.writeStartObject();
        out.writeStringField("record", kind.name());
        for (int i = 0; i < kind.columns().size(); i++) {
          Column column = kind.columns().get(i);
          out.writeFieldName(column.field());
          writeValue(out, rows, i + 1, column.type());
        }
        String key = rows.getString(1);
        for (int p = 0; p < kind.parts().size(); p++) {
          Part part = kind.parts().get(p);
          out.writeArrayFieldStart(part.field());
          ResultSet partRows = parts.get(p);
          // Both are ordered by the record's key, so this record's rows come next, if any.
          while (partRows != null && key.equals(partRows.getString(1))) {
            writePartRow(out, partRows, part);
            if (!partRows.next()) {
              partRows = null;
              parts.set(p, null);
            }
          }
          out.writeEndArray();
        }
        out.writeEndObject();
        out.writeRaw('\n');
        count++;
      }
      return count;
    } finally {
      for (Statement statement : statements) {
        statement.close();
      }
    }
  }

  /** {@code SELECT key..., columns... FROM table ORDER BY key..., list_index} (or by the id). */
  private static ResultSet query(
      Connection connection,
      List<Statement> statements,
      String table,
      List<String> parentAndIndex,
      List<Column> columns)
      throws SQLException {
    List<String> selected = new ArrayList<>();
    if (!parentAndIndex.isEmpty()) {
      selected.add(parentAndIndex.get(0));
    }
    columns.forEach(column -> selected.add(column.name()));
    String order =
        parentAndIndex.isEmpty() ? columns.get(0).name() : String.join(", ", parentAndIndex);
    Statement statement = connection.createStatement();
    statements.add(statement);
    statement.setFetchSize(FETCH_SIZE);
    return statement.executeQuery(
        "SELECT " + String.join(", ", selected) + " FROM " + table + " ORDER BY " + order);
  }

  /** A part's row; its first column is the parent key, the part's columns follow. */
  private static void writePartRow(JsonGenerator out, ResultSet rows, Part part)
      throws SQLException, IOException {
    if (part.columns().size() == 1) {
      writeValue(out, rows, 2, part.columns().get(0).type());
      return;
    }
    out.writeStartObject();
    for (int i = 0; i < part.columns().size(); i++) {
      Column column = part.columns().get(i);
      out.writeFieldName(column.field());
      writeValue(out, rows, i + 2, column.type());
    }
    out.writeEndObject();
  }

  private static void writeValue(JsonGenerator out, ResultSet rows, int index, Type type)
      throws SQLException, IOException {
    switch (type) {
      case TEXT -> {
        String value = rows.getString(index);
        if (value == null) {
          out.writeNull();
        } else {
          out.writeString(value);
        }
      }
      case LONG, INT -> {
        long value = rows.getLong(index);
        if (rows.wasNull()) {
          out.writeNull();
        } else {
          out.writeNumber(value);
        }
      }
      case BOOLEAN -> {
        boolean value = rows.getBoolean(index);
        if (rows.wasNull()) {
          out.writeNull();
        } else {
          out.writeBoolean(value);
        }
      }
      case DATE -> {
        LocalDate value = rows.getObject(index, LocalDate.class);
        if (value == null) {
          out.writeNull();
        } else {
          out.writeString(value.toString());
        }
      }
      case TIMESTAMP -> {
        OffsetDateTime value = rows.getObject(index, OffsetDateTime.class);
        if (value == null) {
          out.writeNull();
        } else {
          out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
      }
    }
  }

  // --- import -----------------------------------------------------------------------------------

  /**
   * Loads an export into the empty store in one transaction: all of it or nothing. Throws {@link
   * StoreNotEmptyException} when the store holds anything, {@link ArchiveFormatException} when the
   * file is not a whole export of a known version or contradicts itself.
   */
  public Summary importFrom(InputStream in) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              // First, so a concurrent write waits for this transaction (the revision row is
              // locked) and every instance renews its snapshot after the commit.
              changes.fire(new StoreChanged("import"));
              try (Connection connection = dataSource.getConnection()) {
                requireEmpty(connection);
                Summary summary = new Loader(connection, in).load();
                continueIdentities(connection);
                return summary;
              } catch (SQLException e) {
                throw asFailure(e);
              }
            });
  }

  private static RuntimeException asFailure(SQLException e) {
    SQLException cause = e;
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      cause = e.getNextException();
    }
    String state = cause.getSQLState();
    // Class 23: integrity constraint violation (a duplicate id, a source of no document...).
    if (state != null && state.startsWith("23")) {
      return new ArchiveFormatException(
          "the records contradict each other or the schema: " + firstLine(cause.getMessage()));
    }
    return new StoreAccessException("Could not write the imported store", e);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static void requireEmpty(Connection connection) throws SQLException {
    long documents = count(connection, "document");
    long entities = count(connection, "entity");
    long events = count(connection, "event");
    long audit = count(connection, "event_audit");
    if (documents + entities + events + audit > 0) {
      throw new StoreNotEmptyException(
          "The store is not empty ("
              + documents
              + " documents, "
              + entities
              + " entities, "
              + events
              + " events, "
              + audit
              + " audit entries): an import needs an empty store.");
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * Ids inserted as they were do not move the tables' identity sequences on; later inserts would
   * collide without this. An event id is never given again, not even a deleted event's (its history
   * is kept), so events continue after the highest id the audit trail names too. (Last, because on
   * H2 this statement also commits.)
   */
  private static void continueIdentities(Connection connection) throws SQLException {
    restartIdentity(
        connection,
        "event",
        Math.max(
            max(connection, "SELECT MAX(id) FROM event"),
            max(connection, "SELECT MAX(event_id) FROM event_audit")));
    restartIdentity(connection, "event_audit", max(connection, "SELECT MAX(id) FROM event_audit"));
  }

  private static long max(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void restartIdentity(Connection connection, String table, long highest)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (highest + 1));
    }
  }

  /** Reads the file record by record and inserts in batches, parents before their lists. */
  private final class Loader {

    private final Connection connection;
    private final InputStream in;
    private final Map<Kind, Inserts> inserts = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private JsonParser parser;
    private long record;
    private int pending;

    Loader(Connection connection, InputStream in) {
      this.connection = connection;
      this.in = in;
    }

    Summary load() throws SQLException {
      try {
        parser =
            json.getFactory()
                .rebuild()
                .streamReadConstraints(
                    StreamReadConstraints.builder().maxStringLength(MAX_STRING_LENGTH).build())
                .build()
                .createParser(in);
        parser.setCodec(json);
        readHeader();
        int kindIndex = 0;
        Set<String> kindNames = new HashSet<>();
        KINDS.forEach(kind -> kindNames.add(kind.name()));
        while (true) {
          JsonNode node = next();
          if (node == null) {
            throw invalid("the file ends without its \"end\" record: it is cut off");
          }
          String kindName = node.path("record").asText(null);
          if ("end".equals(kindName)) {
            checkEnd(node);
            break;
          }
          if (kindName == null || !kindNames.contains(kindName)) {
            throw invalid(
                "\"record\" must be one of document, entity, event, audit or end, not "
                    + node.get("record"));
          }
          while (kindIndex < KINDS.size() && !KINDS.get(kindIndex).name().equals(kindName)) {
            flush(); // the previous kinds are referred to by this one
            kindIndex++;
          }
          if (kindIndex == KINDS.size()) {
            throw invalid("a " + kindName + " record after the records of a later kind");
          }
          add(KINDS.get(kindIndex), node);
        }
        if (next() != null) {
          throw invalid("there is more after the \"end\" record");
        }
        flush();
        return new Summary(
            counts.getOrDefault("document", 0L),
            counts.getOrDefault("entity", 0L),
            counts.getOrDefault("event", 0L),
            counts.getOrDefault("audit", 0L));
      } catch (JsonProcessingException e) {
        throw invalid("is not well-formed JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        for (Inserts statements : inserts.values()) {
          statements.close();
        }
      }
    }

    private JsonNode next() throws IOException {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      record++;
      if (token != JsonToken.START_OBJECT) {
        throw invalid("every record must be a JSON object");
      }
      return parser.readValueAsTree();
    }

    private void readHeader() throws IOException {
      JsonNode header = next();
      if (header == null) {
        throw invalid("the file is empty");
      }
      if (!FORMAT.equals(header.path("format").asText(null))) {
        throw invalid("the first record must be {\"format\":\"" + FORMAT + "\",\"version\":...}");
      }
      JsonNode version = header.get("version");
      if (version == null || !version.isInt() || version.intValue() != VERSION) {
        throw invalid(
            "format version "
                + version
                + " is not known; this service reads version "
                + VERSION
                + " only");
      }
    }

    private void checkEnd(JsonNode end) {
      for (Kind kind : KINDS) {
        long expected = end.path(kind.name()).asLong(-1);
        long found = counts.getOrDefault(kind.name(), 0L);
        if (expected != found) {
          throw invalid(
              "the \"end\" record counts "
                  + end.get(kind.name())
                  + " "
                  + kind.name()
                  + " records, the file has "
                  + found);
        }
      }
    }

    private void add(Kind kind, JsonNode node) throws SQLException {
      Set<String> known = new HashSet<>();
      known.add("record");
      kind.columns().forEach(column -> known.add(column.field()));
      kind.parts().forEach(part -> known.add(part.field()));
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          throw invalid("a " + kind.name() + " has no field \"" + name + "\"");
        }
      }
      Inserts statements = inserts.computeIfAbsent(kind, this::prepare);
      PreparedStatement row = statements.row();
      List<Column> columns = kind.columns();
      for (int i = 0; i < columns.size(); i++) {
        bind(row, i + 1, columns.get(i), node.get(columns.get(i).field()), kind.name());
      }
      row.addBatch();
      JsonNode key = node.get(kind.key().field());
      for (int p = 0; p < kind.parts().size(); p++) {
        Part part = kind.parts().get(p);
        JsonNode values = node.get(part.field());
        if (values == null || values.isNull()) {
          continue;
        }
        if (!values.isArray()) {
          throw invalid("\"" + part.field() + "\" of a " + kind.name() + " must be an array");
        }
        PreparedStatement partRow = statements.parts().get(p);
        for (int index = 0; index < values.size(); index++) {
          JsonNode value = values.get(index);
          bind(partRow, 1, kind.key(), key, kind.name());
          partRow.setInt(2, index);
          String where = kind.name() + "'s " + part.field() + "[" + index + "]";
          if (part.columns().size() == 1) {
            bind(partRow, 3, part.columns().get(0), value, where);
          } else {
            if (!value.isObject()) {
              throw invalid(where + " must be an object");
            }
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
              String name = names.next();
              if (part.columns().stream().noneMatch(column -> column.field().equals(name))) {
                throw invalid(where + " has no field \"" + name + "\"");
              }
            }
            for (int i = 0; i < part.columns().size(); i++) {
              Column column = part.columns().get(i);
              bind(partRow, i + 3, column, value.get(column.field()), where);
            }
          }
          partRow.addBatch();
          pending++;
        }
      }
      counts.merge(kind.name(), 1L, Long::sum);
      if (++pending >= BATCH_SIZE) {
        flush();
      }
    }

    private Inserts prepare(Kind kind) {
      try {
        PreparedStatement row = connection.prepareStatement(insert(kind.table(), kind.columns()));
        List<PreparedStatement> parts = new ArrayList<>();
        for (Part part : kind.parts()) {
          List<Column> columns = new ArrayList<>();
          columns.add(new Column(part.parent(), kind.key().type(), true));
          columns.add(new Column("list_index", Type.INT, true));
          columns.addAll(part.columns());
          parts.add(connection.prepareStatement(insert(part.table(), columns)));
        }
        return new Inserts(row, parts);
      } catch (SQLException e) {
        throw new StoreAccessException("Could not prepare the import", e);
      }
    }

    private static String insert(String table, List<Column> columns) {
      List<String> names = columns.stream().map(Column::name).toList();
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", names)
          + ") VALUES ("
          + String.join(", ", names.stream().map(name -> "?").toList())
          + ")";
    }

    private void bind(
        PreparedStatement statement, int index, Column column, JsonNode value, String where)
        throws SQLException {
      String field = where + "." + column.field();
      if (value == null || value.isNull()) {
        if (column.required()) {
          throw invalid(field + " is missing");
        }
        statement.setNull(index, sqlType(column.type()));
        return;
      }
      switch (column.type()) {
        case TEXT -> {
          if (!value.isTextual()) {
            throw invalid(field + " must be a string");
          }
          statement.setString(index, value.textValue());
        }
        case LONG -> {
          if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field + " must be an integer");
          }
          statement.setLong(index, value.longValue());
        }
        case INT -> {
          if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw invalid(field + " must be a 32-bit integer");
          }
          statement.setInt(index, value.intValue());
        }
        case BOOLEAN -> {
          if (!value.isBoolean()) {
            throw invalid(field + " must be true or false");
          }
          statement.setBoolean(index, value.booleanValue());
        }
        case DATE -> {
          try {
            statement.setObject(index, LocalDate.parse(value.asText()));
          } catch (DateTimeParseException e) {
            throw invalid(field + " must be a date such as 2020-09-14");
          }
        }
        case TIMESTAMP -> {
          try {
            statement.setObject(
                index,
                OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
          } catch (DateTimeParseException e) {
            throw invalid(field + " must be a time such as 2020-09-14T10:15:30.123Z");
          }
        }
      }
    }

    private static int sqlType(Type type) {
      return switch (type) {
        case TEXT -> Types.VARCHAR;
        case LONG -> Types.BIGINT;
        case INT -> Types.INTEGER;
        case BOOLEAN -> Types.BOOLEAN;
        case DATE -> Types.DATE;
        case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
      };
    }

    /** Sends every batched row, records before their lists. */
    private void flush() throws SQLException {
      for (Inserts statements : inserts.values()) {
        statements.row().executeBatch();
        for (PreparedStatement part : statements.parts()) {
          part.executeBatch();
        }
      }
      pending = 0;
    }

    private ArchiveFormatException invalid(String problem) {
      return new ArchiveFormatException("record " + record + ": " + problem);
    }
  }

  /** An insert for a kind's rows and one for each of its lists. */
  private record Inserts(PreparedStatement row, List<PreparedStatement> parts) {
    void close() {
      try {
        row.close();
        for (PreparedStatement part : parts) {
          part.close();
        }
      } catch (SQLException e) {
        // closing after a failure; the transaction is rolled back anyway
      }
    }
  }

  private static String camelCase(String column) {
    StringBuilder field = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        field.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return field.toString();
  }
}
