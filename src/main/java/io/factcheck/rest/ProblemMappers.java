package io.factcheck.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.factcheck.api.model.Violation;
import io.factcheck.store.ArchiveFormatException;
import io.factcheck.store.DatabaseStatus;
import io.factcheck.store.InvalidFieldException;
import io.factcheck.store.StaleVersionException;
import io.factcheck.store.StoreNotEmptyException;
import io.factcheck.store.UnknownIdException;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an {@code application/problem+json} answer. Bad input is always a 4xx
 * that names the field as the client wrote it: a JSON property path ({@code sources[0].start}), a
 * query parameter ({@code published}) or {@code body}.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  /** The OpenAPI pattern of {@code published}, {@code from} and {@code to}. */
  private static final String PARTIAL_DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

  private static final Set<Class<? extends Annotation>> PARAMETER_ANNOTATIONS =
      Set.of(
          QueryParam.class,
          PathParam.class,
          HeaderParam.class,
          CookieParam.class,
          FormParam.class,
          MatrixParam.class,
          BeanParam.class);

  /** Seconds a client is asked to wait before repeating a write refused for lack of a database. */
  static final int RETRY_AFTER_SECONDS = 5;

  @Inject DatabaseStatus database;

  @ServerExceptionMapper
  public Response invalidField(InvalidFieldException e, UriInfo uri) {
    return Problems.badRequest(List.of(Problems.violation(e.field(), e.getMessage())), path(uri));
  }

  @ServerExceptionMapper
  public Response unknownId(UnknownIdException e, UriInfo uri) {
    return Problems.of(Response.Status.NOT_FOUND, e.getMessage(), path(uri));
  }

  /**
   * Closes the connection once the answer is sent: the rest of the body is not read, and the
   * request would otherwise stay open as long as the client goes on sending.
   */
  @ServerExceptionMapper
  public Response bodyTooLarge(BodyTooLargeException e, RoutingContext routing) {
    routing.addEndHandler(ended -> routing.request().connection().close());
    return Response.status(413)
        .type(Problems.MEDIA_TYPE)
        .header("Connection", "close")
        .entity(RequestSizeLimit.tooLarge(e.path(), e.limit()))
        .build();
  }

  @ServerExceptionMapper
  public Response archiveFormat(ArchiveFormatException e, UriInfo uri) {
    return Problems.badRequest(List.of(Problems.violation("body", e.getMessage())), path(uri));
  }

  @ServerExceptionMapper
  public Response storeNotEmpty(StoreNotEmptyException e, UriInfo uri) {
    return Problems.of(Response.Status.CONFLICT, e.getMessage(), path(uri));
  }

  @ServerExceptionMapper
  public Response staleVersion(StaleVersionException e, UriInfo uri) {
    return Problems.of(
        Response.Status.CONFLICT,
        e.getMessage(),
        path(uri),
        List.of(Problems.violation("version", "is not the current version " + e.currentVersion())));
  }

  /** The same conflict, caught by the database when two changes raced past the version check. */
  @ServerExceptionMapper
  public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
    return Problems.of(
        Response.Status.CONFLICT,
        "The event was changed by someone else meanwhile; read it again and repeat the change.",
        path(uri),
        List.of(Problems.violation("version", "is no longer the current version")));
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> Problems.violation(field(v), message(v)))
            .sorted(Comparator.comparing(Violation::getField).thenComparing(Violation::getMessage))
            .toList();
    return Problems.badRequest(violations, path(uri));
  }

  /** The validator's message, except for the regular expression of partial dates. */
  private static String message(ConstraintViolation<?> violation) {
    Object regexp = violation.getConstraintDescriptor().getAttributes().get("regexp");
    if (PARTIAL_DATE_PATTERN.equals(regexp)) {
      return "must be an ISO 8601 date such as 2023-03-14, 2020-11 or 2021";
    }
    return violation.getMessage();
  }

  /** Quarkus REST lets Jackson's mismatch errors through as they are: wrong types, bad enums. */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    return json(e, uri);
  }

  /**
   * Everything else Quarkus REST or JAX-RS decided: 404, 405, 406, 415, and wrapped JSON errors.
   */
  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri, RoutingContext routing) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return bodyTooLarge(tooLarge, routing); // wrapped by the body reader
      }
    }
    if (e instanceof InvalidParameterException parameter) {
      return Problems.badRequest(
          List.of(
              Problems.violation(parameterWith(parameter.value(), uri), parameter.getMessage())),
          path(uri));
    }
    if (e.getCause() instanceof JsonProcessingException json) {
      return json(json, uri);
    }
    Response.StatusType status = e.getResponse().getStatusInfo();
    if (status.getStatusCode() >= 500) {
      LOG.error("Request failed", e);
    }
    return Problems.of(status, detailOf(status), path(uri));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    if (DatabaseStatus.isUnreachable(e)) {
      database.failed(e);
      LOG.warnf("Refused %s: the database is unreachable (%s)", path(uri), e);
      return Response.fromResponse(
              Problems.of(
                  Response.Status.SERVICE_UNAVAILABLE,
                  "The store's database is unreachable, so nothing can be stored or read from it"
                      + " now; checks still answer from the last snapshot. Repeat the request"
                      + " later.",
                  path(uri)))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.error("Request failed", e);
    return Problems.of(
        Response.Status.INTERNAL_SERVER_ERROR,
        "The service failed on this request; the failure is logged.",
        path(uri));
  }

  private static Response json(JsonProcessingException e, UriInfo uri) {
    String field = e instanceof DatabindException mapping ? jsonPath(mapping) : "";
    StreamReadException syntax = syntaxError(e);
    String message;
    if (syntax == null && e instanceof DatabindException mapping) {
      message = expectation(mapping);
    } else {
      JsonLocation where = syntax == null ? e.getLocation() : syntax.getLocation();
      message =
          "is not well-formed JSON"
              + (where == null
                  ? ""
                  : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
    }
    return Problems.badRequest(
        List.of(Problems.violation(field.isEmpty() ? "body" : field, message)), path(uri));
  }

  /** The JSON syntax error behind {@code e}, if that is what it is. */
  private static StreamReadException syntaxError(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StreamReadException syntax) {
        return syntax;
      }
    }
    return null;
  }

  /** The JSON path of the value Jackson stumbled on, e.g. {@code sources[0].start}. */
  private static String jsonPath(DatabindException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** What the value should have been, in the words of the API rather than of Java. */
  private static String expectation(DatabindException e) {
    Class<?> type = null;
    if (e instanceof MismatchedInputException mismatch) {
      type = mismatch.getTargetType();
    } else if (e instanceof ValueInstantiationException instantiation) {
      type = instantiation.getType().getRawClass();
    }
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "must be an integer";
    }
    if (Number.class.isAssignableFrom(type)) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be a string";
    }
    if (type.getName().startsWith("java.time.")) {
      return "must be an ISO 8601 date such as 2020-09-14";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be an array";
    }
    return "must be an object";
  }

  /**
   * The field a bean-validation violation is about: the JSON property path inside the request body,
   * the name of a query or path parameter, or {@code body} for the body as a whole.
   */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    Path.MethodNode method = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = node.as(Path.MethodNode.class);
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        Path.ParameterNode parameter = node.as(Path.ParameterNode.class);
        field.append(
            isRequestBody(violation.getRootBeanClass(), method, parameter.getParameterIndex())
                ? ""
                : parameter.getName());
      } else if (node.getKind() == ElementKind.PROPERTY) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  /** True when the parameter is the request body: it carries no JAX-RS parameter annotation. */
  private static boolean isRequestBody(Class<?> resource, Path.MethodNode method, int index) {
    if (method == null) {
      return false;
    }
    Class<?>[] parameterTypes = method.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
      for (Class<?> api : type.getInterfaces()) {
        try {
          Method declared = api.getMethod(method.getName(), parameterTypes);
          return Arrays.stream(declared.getParameterAnnotations()[index])
              .noneMatch(annotation -> PARAMETER_ANNOTATIONS.contains(annotation.annotationType()));
        } catch (NoSuchMethodException e) {
          // not declared by this interface
        }
      }
    }
    return false;
  }

  /** The name of the query or path parameter that has {@code value} in this request. */
  private static String parameterWith(String value, UriInfo uri) {
    for (var parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
      for (var parameter : parameters.entrySet()) {
        if (parameter.getValue().contains(value)) {
          return parameter.getKey();
        }
      }
    }
    return "parameter";
  }

  private static String detailOf(Response.StatusType status) {
    return switch (status.getStatusCode()) {
      case 404 -> "There is nothing at this path.";
      case 405 -> "This path does not accept this method.";
      case 406 -> "This path answers only application/json.";
      case 413 -> "The request body is too large.";
      case 415 -> "The request body must be application/json.";
      default -> status.getReasonPhrase() + ".";
    };
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }
}
