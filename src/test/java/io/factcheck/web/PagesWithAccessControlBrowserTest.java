package io.factcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factcheck.rest.AuthEnabledProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * The pages of a service with access control on: they say they need a key, use the one typed into
 * their header, say when a key's role does not allow a call, and remember the key for the browser
 * tab ({@code src/test/browser/pages-with-key.cjs}).
 */
@QuarkusTest
@TestProfile(AuthEnabledProfile.class)
class PagesWithAccessControlBrowserTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void pagesAskForTheKeyAndUseIt() throws Exception {
    JsonNode seen =
        BrowserScript.run(
            "pages-with-key.cjs",
            root,
            AuthEnabledProfile.CURATOR_KEY,
            AuthEnabledProfile.CHECKER_KEY);

    assertThat(seen.get("curateWithoutKey").asText()).contains("needs an API key");
    assertThat(seen.get("rowsWithoutKey").asInt()).isZero();
    assertThat(seen.get("keyFieldInvalid").asText()).isEqualTo("true");
    assertThat(seen.get("rowsWithKey").asInt()).isGreaterThan(10);
    assertThat(seen.get("editorKeyRemembered").asBoolean()).isTrue();
    assertThat(seen.get("editorWithCuratorKey").asText())
        .isEqualTo("error: Check failed: this API key may not check drafts");
    assertThat(seen.get("editorWithCheckerKey").asText()).isEqualTo("done");
    assertThat(seen.get("flagged").toString()).isEqualTo("[\"September 16\"]");
    assertThat(seen.get("editorWithoutKey").asText())
        .isEqualTo("error: Check failed: the service needs an API key (data-factcheck-key)");
    assertThat(seen.has("pageErrors")).as("page errors: %s", seen.get("pageErrors")).isFalse();
  }
}
