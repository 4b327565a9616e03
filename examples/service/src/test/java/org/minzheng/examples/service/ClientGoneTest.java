package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

@ExtendWith(OutputCaptureExtension.class)
class ClientGoneTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/schemas/dibao");

    @Test
    void aBrowserThatLeftWhileItsSchemaWasWritten_isNotAnInternalError(CapturedOutput output) {
        var gone = new AsyncRequestNotUsableException(
                "ServletResponse failed to flushBuffer", new IOException("Broken pipe"));
        assertThat(new ProblemAdvice().internal(gone, request)).isNull();
        assertThat(output.getAll()).doesNotContain("internal error").doesNotContain("Broken pipe");
    }

    @Test
    void anythingElse_isStillAnInternalError_loggedAtError(CapturedOutput output) {
        var failed = new IllegalStateException("something broke");
        var answer = new ProblemAdvice().internal(failed, request);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(output.getAll()).contains("internal error on GET /api/schemas/dibao");
    }
}
