package io.factcheck.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

  @Test
  void checksAndTheLanguageToolApiAreForCheckers() {
    assertThat(Access.of("POST", "/v1/checks")).isEqualTo(Access.CHECK);
    assertThat(Access.of("POST", "/v2/check")).isEqualTo(Access.CHECK);
    assertThat(Access.of("GET", "v2/languages")).isEqualTo(Access.CHECK);
  }

  @Test
  void readsAreForCheckersAndCuratorsWritesForCurators() {
    assertThat(Access.of("GET", "/v1/events")).isEqualTo(Access.READ);
    assertThat(Access.of("GET", "/v1/documents/abc")).isEqualTo(Access.READ);
    assertThat(Access.of("GET", "/v1/entities")).isEqualTo(Access.READ);
    assertThat(Access.of("POST", "/v1/documents")).isEqualTo(Access.CURATE);
    assertThat(Access.of("PUT", "/v1/events/3")).isEqualTo(Access.CURATE);
    assertThat(Access.of("DELETE", "/v1/events/3")).isEqualTo(Access.CURATE);
    assertThat(Access.of("POST", "/v1/events/3/approve")).isEqualTo(Access.CURATE);
  }

  @Test
  void adminPathsAndUnknownApiPathsAreForAdminsOnlyAndTheRestIsPublic() {
    assertThat(Access.of("POST", "/v1/admin/import")).isEqualTo(Access.ADMINISTER);
    assertThat(Access.of("GET", "/v1/something-new")).isEqualTo(Access.ADMINISTER);
    assertThat(Access.of("GET", "/v1/eventsx")).isEqualTo(Access.ADMINISTER);
    assertThat(Access.of("GET", "/editor")).isEqualTo(Access.PUBLIC);
    assertThat(Access.of("GET", "/q/health/ready")).isEqualTo(Access.PUBLIC);
    assertThat(Access.of("GET", "/v10/checks")).isEqualTo(Access.PUBLIC);
  }

  @Test
  void adminImpliesEveryRole() {
    for (Access access : Access.values()) {
      assertThat(access.allows(Set.of(Role.ADMIN))).as(access.name()).isTrue();
    }
    assertThat(Access.CURATE.allows(Set.of(Role.CHECKER))).isFalse();
    assertThat(Access.CHECK.allows(Set.of(Role.CURATOR))).isFalse();
    assertThat(Access.READ.allows(Set.of(Role.CURATOR))).isTrue();
    assertThat(Access.ADMINISTER.allows(Set.of(Role.CHECKER, Role.CURATOR))).isFalse();
  }

  @Test
  void rolesAreParsedByTheirConfigNames() {
    assertThat(Role.parse(" Curator ")).isEqualTo(Role.CURATOR);
    assertThatThrownBy(() -> Role.parse("editor")).hasMessageContaining("checker, curator");
  }
}
