package io.factcheck.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The editor and curation pages. Their scripts and styles are served by this service too (under
 * {@code /plugin} and {@code /assets}), and the policy sent with them lets a page load nothing else
 * and run no inline script, so text from the service can never become script.
 */
@Path("/")
public class PagesResource {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self';"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

  @GET
  @Path("editor")
  @Produces(MediaType.TEXT_HTML)
  public Response editor() {
    return page("web/editor.html");
  }

  @GET
  @Path("curate")
  @Produces(MediaType.TEXT_HTML)
  public Response curate() {
    return page("web/curate.html");
  }

  private static Response page(String resource) {
    InputStream html = PagesResource.class.getClassLoader().getResourceAsStream(resource);
    if (html == null) {
      throw new NotFoundException();
    }
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-cache")
        .build();
  }
}
