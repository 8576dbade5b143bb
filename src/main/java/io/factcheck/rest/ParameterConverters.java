package io.factcheck.rest;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the API's integer, boolean and enum parameters so that a wrong value is a 400 naming the
 * parameter. (JAX-RS would answer 404 for a query parameter it cannot convert, and {@code
 * Boolean.valueOf} reads any word but "true" as false.)
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

  private static final String API_MODEL_PACKAGE = "io.factcheck.api.model";

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    if (rawType == Long.class) {
      return (ParamConverter<T>) converter(Long::valueOf, "must be an integer");
    }
    if (rawType == Boolean.class) {
      return (ParamConverter<T>)
          converter(ParameterConverters::strictBoolean, "must be true or false");
    }
    if (rawType.isEnum() && rawType.getPackageName().equals(API_MODEL_PACKAGE)) {
      T[] values = rawType.getEnumConstants();
      String allowed =
          Arrays.stream(values).map(Object::toString).collect(Collectors.joining(", "));
      return converter(
          text ->
              Arrays.stream(values)
                  .filter(value -> value.toString().equals(text))
                  .findFirst()
                  .orElseThrow(IllegalArgumentException::new),
          "must be one of " + allowed);
    }
    return null;
  }

  private static Boolean strictBoolean(String text) {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException(text);
    };
  }

  private static <T> ParamConverter<T> converter(Function<String, T> read, String expectation) {
    return new ParamConverter<>() {
      @Override
      public T fromString(String text) {
        if (text == null) {
          return null;
        }
        try {
          return read.apply(text);
        } catch (IllegalArgumentException e) {
          throw new InvalidParameterException(text, expectation);
        }
      }

      @Override
      public String toString(T value) {
        return value == null ? null : value.toString();
      }
    };
  }
}
