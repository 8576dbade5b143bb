package io.factcheck.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every verdict and every kind of finding through HTTP, with exact UTF-16 offsets into the text as
 * sent, for plain text, HTML and Markdown. The drafts are this test's own.
 */
@QuarkusTest
class CheckVerdictsTest {

  private static JsonPath check(String text, String format, String published) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("text", text);
    if (format != null) {
      body.put("format", format);
    }
    if (published != null) {
      body.put("published", published);
    }
    return Api.json().body(body).post("/v1/checks").then().statusCode(200).extract().jsonPath();
  }

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Putin sent a telegram to Lukashenko on August 12, 2020.||DATE|August 12|August 10|",
        "Putin and Pashinyan spoke by phone on Sunday.||DATE|Sunday|Monday|2023-03-14",
        "On Saturday, August 10, 2020, Putin sent a telegram to Lukashenko.||DATE|Saturday|Monday|",
        "In their August 7, 2020 call, the presidents raised the detention of 30 Russians.||COUNT|30|33|",
        "Putin welcomed Lukashenko in Minsk on 14 September 2020.||LOCATION|Minsk|Sochi|",
        "Putin and Lukashenko met on October 2, 2020.||MODE|met|spoke by phone|",
        "Sputnik V was developed by the Pasteur Institute.||OTHER|Pasteur Institute|Gamaleya|",
        "<p>Putin sent <b>a telegram</b> to Lukashenko on <i>August 12, 2020</i>.</p>|html|DATE|August 12|August 10|",
        "Putin &amp; Lukashenko met in <b>Minsk</b> on 14 September 2020.|html|LOCATION|Minsk|Sochi|",
        "*Putin* and **Lukashenko** met in [Minsk](https://x.example) on 14 September 2020.|markdown|LOCATION|Minsk|Sochi|",
      })
  void contradictionsCoverTheWrongValueExactly(
      String text, String format, String kind, String wrong, String suggestion, String published) {
    JsonPath result = check(text, format, published);
    List<Map<String, Object>> contradicted =
        result.getList("findings.findAll { it.verdict == 'CONTRADICTED' }");
    org.assertj.core.api.Assertions.assertThat(contradicted).hasSize(1);
    Map<String, Object> finding = contradicted.get(0);
    int start = text.indexOf(wrong);
    org.assertj.core.api.Assertions.assertThat(finding)
        .containsEntry("kind", kind)
        .containsEntry("start", start)
        .containsEntry("end", start + wrong.length());
    org.assertj.core.api.Assertions.assertThat((String) finding.get("suggestion"))
        .contains(suggestion);
    org.assertj.core.api.Assertions.assertThat((String) finding.get("message")).isNotBlank();
  }

  @Test
  void supportedClaimsCoverTheirSentenceAndCiteTheSource() {
    String text = "Background first. Putin and Lukashenko spoke by phone on 2 October 2020.";
    String sentence = "Putin and Lukashenko spoke by phone on 2 October 2020.";
    JsonPath result = check(text, null, null);
    Map<String, Object> supported = result.getMap("findings.find { it.verdict == 'SUPPORTED' }");
    org.assertj.core.api.Assertions.assertThat(supported)
        .containsEntry("start", text.indexOf(sentence))
        .containsEntry("end", text.length());
    Map<String, Object> evidence =
        result.getMap("findings.find { it.verdict == 'SUPPORTED' }.evidence[0]");
    org.assertj.core.api.Assertions.assertThat(evidence)
        .containsEntry("documentId", "001_2ba1a5d2d5bdc1cb")
        .containsKeys("eventId", "quote", "start", "end");
    org.assertj.core.api.Assertions.assertThat((String) evidence.get("quote"))
        .contains("telephone conversation");
  }

  @Test
  void claimsTheStoreDoesNotKnowAreUnverifiedNeverContradicted() {
    String text = "Putin and Lukashenko met in Minsk on March 3, 2019.";
    Api.json()
        .body(Map.of("text", text))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.verdict", everyItem(equalTo("UNVERIFIED")))
        .body("findings[0].start", equalTo(0))
        .body("findings[0].end", equalTo(text.length()))
        .body("findings[0].message", notNullValue());
  }

  @Test
  void nothingCheckableGivesNoFindings() {
    Api.json()
        .body(Map.of("text", "The weather in Lisbon was mild and the markets were calm."))
        .post("/v1/checks")
        .then()
        .statusCode(200)
        .body("findings.verdict", not(hasItem("CONTRADICTED")))
        .body("findings.verdict", not(hasItem("SUPPORTED")));
  }
}
