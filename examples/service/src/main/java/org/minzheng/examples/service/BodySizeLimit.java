package org.minzheng.examples.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.minzheng.core.decision.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code minzheng.max-body-bytes} (default 1 MiB: a household's
 * case is a few kilobytes) with {@code 413} and a problem document, before anything reads it: a
 * declared {@code Content-Length} over the limit is refused at once, and a body sent without one
 * (chunked) is cut off when it passes the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BodySizeLimit extends OncePerRequestFilter {

    /** 413 by number: Spring Framework 7 names it CONTENT_TOO_LARGE, 6.2 (Boot 3.5) PAYLOAD_TOO_LARGE. */
    static final HttpStatus TOO_LARGE = HttpStatus.valueOf(413);

    private final long limit;

    public BodySizeLimit(@Value("${minzheng.max-body-bytes:1048576}") long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response);
            return;
        }
        try {
            chain.doFilter(declared >= 0 ? request : new Limited(request, limit), response);
        } catch (ServletException e) {
            if (e.getCause() instanceof TooLarge && !response.isCommitted()) {
                response.reset();
                tooLarge(request, response);
                return;
            }
            throw e;
        } catch (TooLarge e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(request, response);
                return;
            }
            throw e;
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language lang = Problems.language(request);
        response.setHeader("Connection", "close");
        Problems.write(
                response,
                TOO_LARGE,
                Problems.document(
                        TOO_LARGE,
                        "body-too-large",
                        Problems.pick(lang, "请求正文过大", "Request body too large"),
                        Problems.pick(lang, "正文不得超过 " + limit + " 字节", "the body may not exceed " + limit + " bytes"),
                        Map.of()));
    }

    /** Thrown when a body without a declared length passes the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("request body too large", null, false, false);
        }
    }

    /** A request whose body stream stops at the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++count > limit) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (count += n) > limit) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
