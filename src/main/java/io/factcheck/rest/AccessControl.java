package io.factcheck.rest;

import io.factcheck.auth.Access;
import io.factcheck.auth.ApiClients;
import io.factcheck.auth.RateLimits;
import io.factcheck.auth.Role;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * When {@code factcheck.auth.enabled}: every API request names its client by the {@code X-API-Key}
 * header (401 without a known key), the client's roles must allow the endpoint (403), and the
 * client's rate limit must allow the request (429 with {@code Retry-After}). Health, metrics,
 * OpenAPI and static pages are not API resources and stay public.
 */
@Provider
@PreMatching // an unknown path under /v1 is not told apart from a known one without a key
@Priority(Priorities.AUTHENTICATION)
public class AccessControl implements ContainerRequestFilter {

  public static final String API_KEY_HEADER = "X-API-Key";

  @Inject ApiClients clients;
  @Inject RateLimits rateLimits;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!clients.enabled()) {
      return;
    }
    Access access = Access.of(request.getMethod(), request.getUriInfo().getPath());
    if (access == Access.PUBLIC) {
      return;
    }
    String path = request.getUriInfo().getRequestUri().getRawPath();
    String key = request.getHeaderString(API_KEY_HEADER);
    if (key == null || key.isBlank()) {
      request.abortWith(
          unauthorized(
              "This endpoint needs an API key in the " + API_KEY_HEADER + " header.", path));
      return;
    }
    Optional<ApiClients.Client> found = clients.byKey(key.trim());
    if (found.isEmpty()) {
      request.abortWith(unauthorized("The API key is not known.", path));
      return;
    }
    ApiClients.Client client = found.get();
    if (!access.allows(client.roles())) {
      request.abortWith(
          Problems.of(
              Response.Status.FORBIDDEN,
              "Client "
                  + client.name()
                  + " has the roles "
                  + names(client.roles())
                  + "; "
                  + request.getMethod()
                  + " "
                  + path
                  + " needs one of "
                  + names(access.roles())
                  + ".",
              path));
      return;
    }
    RateLimits.Decision decision = rateLimits.take(client);
    if (!decision.allowed()) {
      Response tooMany =
          Problems.of(
              Response.Status.TOO_MANY_REQUESTS,
              "Client "
                  + client.name()
                  + " may make "
                  + client.requestsPerMinute()
                  + " requests a minute; retry in "
                  + decision.retryAfterSeconds()
                  + " s.",
              path);
      request.abortWith(
          Response.fromResponse(tooMany)
              .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
              .build());
      return;
    }
    boolean secure = request.getSecurityContext().isSecure();
    request.setSecurityContext(new ClientSecurityContext(client, secure));
  }

  private static Response unauthorized(String detail, String path) {
    return Response.fromResponse(Problems.of(Response.Status.UNAUTHORIZED, detail, path))
        .header(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + API_KEY_HEADER + "\"")
        .build();
  }

  private static String names(java.util.Set<Role> roles) {
    return roles.stream().map(Role::configName).sorted().collect(Collectors.joining(", "));
  }

  /** Lets resources ask who is calling and in which role. */
  private record ClientSecurityContext(ApiClients.Client client, boolean secure)
      implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
      return client::name;
    }

    @Override
    public boolean isUserInRole(String role) {
      return client.roles().contains(Role.ADMIN)
          || client.roles().stream().anyMatch(r -> r.configName().equals(role));
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return "ApiKey";
    }
  }
}
