package io.factcheck.store.jpa;

import io.factcheck.store.model.DatePrecision;
import io.factcheck.store.model.DateRange;
import io.factcheck.store.model.Document;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of {@code document}: an article, stored once per distinct text. */
@Entity
@Table(name = "document")
public class DocumentRow {

  @Id private String id;

  private String title;

  private String source;

  private String url;

  @Column(length = 1_000_000)
  private String text;

  @Column(name = "text_sha256")
  private String textSha256;

  @Column(name = "published_start")
  private LocalDate publishedStart;

  @Column(name = "published_end")
  private LocalDate publishedEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "published_precision")
  private DatePrecision publishedPrecision;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected DocumentRow() {}

  public DocumentRow(Document document, String textSha256, OffsetDateTime createdAt) {
    this.id = document.id();
    this.title = document.title();
    this.source = document.source();
    this.url = document.url();
    this.text = document.text();
    this.textSha256 = textSha256;
    DateRange published = document.published();
    if (published != null) {
      this.publishedStart = published.start();
      this.publishedEnd = published.end();
      this.publishedPrecision = published.precision();
    }
    this.createdAt = createdAt;
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public Document toDomain() {
    DateRange published =
        publishedStart == null
            ? null
            : new DateRange(publishedStart, publishedEnd, publishedPrecision, null);
    return new Document(id, title, source, url, text, published);
  }
}
