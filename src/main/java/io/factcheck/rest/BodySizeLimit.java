package io.factcheck.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts a request body of unknown length (chunked) as it is read and stops the reading at the
 * request's limit ({@link RequestSizeLimit}) with {@link BodyTooLargeException}: a 413 problem,
 * after which the connection is closed, so the rest of the body is never read. A body with a
 * declared length was checked before it was read.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

  @Inject RequestSizeLimit limits;
  @Inject HttpServerRequest request;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH) == null) {
      String path = request.path();
      long limit = limits.limitFor(path);
      context.setInputStream(new Counted(context.getInputStream(), limit, path));
    }
    return context.proceed();
  }

  /**
   * Throws once more than {@code limit} bytes have been read, and from then on does not close the
   * body it reads: closing it would read the rest of the body to its end.
   */
  private static final class Counted extends FilterInputStream {

    private final long limit;
    private final String path;
    private long read;
    private boolean exceeded;

    Counted(InputStream in, long limit, String path) {
      super(in);
      this.limit = limit;
      this.path = path;
    }

    @Override
    public void close() throws IOException {
      if (!exceeded) {
        super.close();
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        exceeded = true;
        throw new BodyTooLargeException(path, limit);
      }
    }
  }
}
