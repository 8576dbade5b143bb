package io.factcheck.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/documents} reading events from articles about people the store never knew. */
@QuarkusTest
class DocumentIngestionTest {

  private static JsonPath add(String text, String published, boolean approve) {
    Map<String, String> body =
        published == null ? Map.of("text", text) : Map.of("text", text, "published", published);
    return Api.json()
        .body(body)
        .queryParam("approve", approve)
        .post("/v1/documents")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  @Test
  void anArticleAboutUnknownLeadersBecomesProposedEventsAndEntities() {
    String text =
        "DUSHANBE, April 9, 2024 (Khovar) - Tajik President Emomali Rahmon held talks with"
            + " Turkmen President Serdar Berdimuhamedov in Dushanbe on Tuesday.";
    JsonPath added = add(text, null, false);

    assertThat(added.getBoolean("created")).isTrue();
    assertThat(added.getString("published")).isEqualTo("2024-04-09");
    assertThat(added.getList("entities.id")).contains("emomali-rahmon", "serdar-berdimuhamedov");
    assertThat(added.getList("events")).hasSize(1);
    assertThat(added.getString("events[0].type")).isEqualTo("MEETING");
    assertThat(added.getString("events[0].status")).isEqualTo("PROPOSED");
    assertThat(added.getString("events[0].date.start")).isEqualTo("2024-04-09");
    assertThat(added.getList("events[0].participants.id"))
        .containsExactlyInAnyOrder("emomali-rahmon", "serdar-berdimuhamedov");
    assertThat(added.getInt("events[0].sources[0].start")).isZero();

    Api.json()
        .get("/v1/entities?q=berdimuhamedov")
        .then()
        .statusCode(200)
        .body("id", hasItem("serdar-berdimuhamedov"))
        .body("find { it.id == 'serdar-berdimuhamedov' }.country", equalTo("turkmenistan"));
  }

  @Test
  void aLaterArticleGivesAStoredPersonTheCountryTheFirstLeftOut() {
    add(
        "TOKYO, March 2, 2024 (Kyodo) - Prime Minister Taro Kanemura met business leaders on"
            + " Friday.",
        null,
        true);
    Api.json()
        .get("/v1/entities?q=kanemura")
        .then()
        .statusCode(200)
        .body("find { it.id == 'taro-kanemura' }.country", equalTo(null));

    add(
        "SEOUL, March 4, 2024 (Yonhap) - South Korean President Yoon Suk Yeol spoke by phone with"
            + " Japanese Prime Minister Taro Kanemura on Monday.",
        null,
        true);
    Api.json()
        .get("/v1/entities?q=kanemura")
        .then()
        .statusCode(200)
        .body("find { it.id == 'taro-kanemura' }.country", equalTo("japan"))
        .body("find { it.id == 'taro-kanemura' }.roles", equalTo(List.of("prime minister")));
    // The title now names him in drafts.
    Api.json()
        .body(
            Map.of(
                "text",
                "The Japanese prime minister spoke by phone with Yoon Suk Yeol on Monday.",
                "published",
                "2024-03-05"))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.find { it.verdict == 'SUPPORTED' }", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void approvedEventsAreCheckedAtOnceAndReingestionAddsNothing() {
    String text =
        "ULAANBAATAR, June 3, 2024 (Montsame) - Mongolian President Ukhnaagiin Khurelsukh spoke"
            + " by phone with Kazakh President Kassym-Jomart Tokayev on 2 June 2024.";
    JsonPath first = add(text, null, true);
    long id = first.getLong("events[0].id");
    assertThat(first.getString("events[0].status")).isEqualTo("APPROVED");

    Api.json()
        .body(
            Map.of(
                "text",
                "Khurelsukh and Tokayev spoke by phone on 5 June 2024.",
                "published",
                "2024-06-10"))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.findAll { it.verdict == 'CONTRADICTED' }", hasSize(1))
        .body("findings.find { it.verdict == 'CONTRADICTED' }.kind", equalTo("DATE"));

    JsonPath again = add(text, null, true);
    assertThat(again.getBoolean("created")).isFalse();
    assertThat(again.getList("events.id", Long.class)).containsExactly(id);
    assertThat(again.getList("events[0].sources")).hasSize(1);
  }

  @Test
  void aRejectedEventDoesNotComeBackWhenTheArticleIsSentAgain() {
    String text =
        "TASHKENT, May 20, 2024 (UzA) - Uzbek President Shavkat Mirziyoyev met Azerbaijani"
            + " President Ilham Aliyev in Tashkent on 20 May 2024.";
    JsonPath first = add(text, null, false);
    long id = first.getLong("events[0].id");
    long version = first.getLong("events[0].version");
    Api.json()
        .post("/v1/events/{id}/reject?version={v}", id, version)
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));

    JsonPath again = add(text, null, false);
    assertThat(again.getList("events")).isEmpty();
    Api.json()
        .get("/v1/events/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"));
  }

  @Test
  void twoArticlesOnOneEventMergeAndTheirDisagreementIsFlagged() {
    String first =
        "Clashes between Kyrgyzstan and Tajikistan erupted on the border on 13 May 2024,"
            + " and 4 people were killed.";
    String second =
        "Fighting between Kyrgyzstan and Tajikistan broke out on 13 May 2024 on the border,"
            + " and 3 people were killed.";
    long id = add(first, "2024-05-14", false).getLong("events[0].id");
    JsonPath merged = add(second, "2024-05-15", false);

    assertThat(merged.getList("events.id", Long.class)).containsExactly(id);
    assertThat(merged.getList("events[0].sources.documentId")).hasSize(2);
    assertThat(merged.getList("events[0].conflicts.slot")).containsExactly("count");
    assertThat(merged.getString("events[0].conflicts[0].stored")).startsWith("4 ");
    assertThat(merged.getString("events[0].conflicts[0].reported")).startsWith("3 ");
    assertThat(merged.getString("events[0].conflicts[0].source.quote")).isEqualTo(second);
    assertThat(merged.getList("events[0].uncertain")).contains("count");
    assertThat(merged.getList("events[0].counts.value", Integer.class)).containsExactly(4);
  }

  @Test
  void aYearlessDatelineWithNothingToDateItLeavesTheDocumentUndated() {
    JsonPath added =
        add("BISHKEK, May 14. /Kabar/. The weather was fine. " + List.of(1, 2), null, false);
    assertThat(added.getString("published")).isNull();
    assertThat(added.getList("events")).isEmpty();
  }
}
