package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A body over {@code minzheng.max-body-bytes} is refused with 413 whether its length is declared
 * (refused before it is read) or not (a chunked body, cut off when it passes the limit); a body
 * within the limit goes through whole.
 */
class BodySizeLimitTest {

    private static final FilterChain READ_ALL =
            (request, response) -> request.getInputStream().readAllBytes();

    /** A request sent without a Content-Length (chunked). */
    private static MockHttpServletRequest chunked(byte[] body) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/decisions") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        r.setContent(body);
        return r;
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/decisions");
        request.setContent(new byte[11]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        boolean[] reached = {false};
        new BodySizeLimit(10).doFilter(request, response, (q, s) -> reached[0] = true);
        assertThat(reached[0]).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("#body-too-large");
    }

    @Test
    void aChunkedBodyIsCutOffWhenItPassesTheLimit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new BodySizeLimit(10).doFilter(chunked(new byte[11]), response, READ_ALL);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("\"status\":413");
    }

    @Test
    void aBodyWithinTheLimitGoesThroughWhole() throws Exception {
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {chunked(new byte[10]), declared(10)}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            int[] read = {-1};
            new BodySizeLimit(10)
                    .doFilter(
                            request,
                            response,
                            (q, s) -> read[0] = q.getInputStream().readAllBytes().length);
            assertThat(read[0]).isEqualTo(10);
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private static MockHttpServletRequest declared(int length) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/decisions");
        r.setContent(new byte[length]);
        return r;
    }
}
