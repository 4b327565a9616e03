package org.minzheng.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Turns what goes wrong into problem documents ({@link Problems}):
 *
 * <ul>
 *   <li>bad input ({@link InvalidInputException} from the SDK) → {@code 400}, every violation as
 *       {@code {path, code, message}}, the message in the request's language;
 *   <li>an unknown program → {@code 404};
 *   <li>a bad parameter ({@link BadRequestException}) → {@code 400} naming it;
 *   <li>Spring MVC's own errors (no body, wrong method, no such path…) → their status, with a
 *       generic title (Spring's own detail may quote the request);
 *   <li>a client that left while its answer was written ({@link AsyncRequestNotUsableException}) →
 *       nothing, logged at DEBUG only;
 *   <li>anything else → {@code 500} with no detail; the log gets the exception's class, its masked
 *       message ({@link MaskedText#scrub}) and where it happened, never the request body.
 * </ul>
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    static final String UNKNOWN_PROGRAM = "case.unknown-program";

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<byte[]> invalidInput(InvalidInputException e, HttpServletRequest request) {
        Language lang = Problems.language(request);
        List<Map<String, Object>> list = new ArrayList<>();
        boolean unknownProgram = false;
        for (Violation v : e.violations()) {
            list.add(Problems.violation(v.path(), v.code(), lang == Language.ZH ? v.messageZh() : v.messageEn()));
            unknownProgram |= v.code().equals(UNKNOWN_PROGRAM);
        }
        LOG.info("refused invalid input on {}: {} violation(s), nothing decided", request.getRequestURI(), list.size());
        if (unknownProgram) {
            return Problems.response(
                    HttpStatus.NOT_FOUND,
                    Problems.document(
                            HttpStatus.NOT_FOUND,
                            "unknown-program",
                            Problems.pick(lang, "未知的事项", "Unknown program"),
                            Problems.pick(
                                    lang,
                                    "案件的 program 不是已登记的事项；GET /api/programs 列出全部事项",
                                    "the case's program is not a registered program; GET /api/programs lists them"),
                            Problems.violations(list)));
        }
        boolean region = e.violations().stream().anyMatch(v -> v.path().equals("region"));
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Problems.document(
                        HttpStatus.BAD_REQUEST,
                        "invalid-input",
                        Problems.pick(lang, "输入无效，未作认定", "Invalid input: nothing decided"),
                        Problems.pick(
                                        lang,
                                        list.size() + " 处问题，见 violations",
                                        list.size() + (list.size() == 1 ? " violation" : " violations")
                                                + ", listed in violations")
                                + (region
                                        ? Problems.pick(
                                                lang,
                                                "；region 须为决定日期有效的六位行政区划代码",
                                                "; region must be a six-digit region code in force on the decision date")
                                        : ""),
                        Problems.violations(list)));
    }

    @ExceptionHandler(Engine.UnknownProgramException.class)
    ResponseEntity<byte[]> unknownProgram(HttpServletRequest request) {
        Language lang = Problems.language(request);
        return Problems.response(
                HttpStatus.NOT_FOUND,
                Problems.document(
                        HttpStatus.NOT_FOUND,
                        "unknown-program",
                        Problems.pick(lang, "未知的事项", "Unknown program"),
                        Problems.pick(
                                lang,
                                "没有这个 id 的事项；GET /api/programs 列出全部事项",
                                "no program has this id; GET /api/programs lists them"),
                        Map.of()));
    }

    @ExceptionHandler(EstateCaseController.CaseNotFound.class)
    ResponseEntity<byte[]> caseNotFound(HttpServletRequest request) {
        Language lang = Problems.language(request);
        return Problems.response(
                HttpStatus.NOT_FOUND,
                Problems.document(
                        HttpStatus.NOT_FOUND,
                        "case-not-found",
                        Problems.pick(lang, "没有这个案件", "No such case"),
                        EstateCaseController.caseNotFound(lang),
                        Map.of()));
    }

    @ExceptionHandler(EstateCaseController.CaseConflict.class)
    ResponseEntity<byte[]> caseConflict(EstateCaseController.CaseConflict e, HttpServletRequest request) {
        Language lang = Problems.language(request);
        return Problems.response(
                HttpStatus.CONFLICT,
                Problems.document(
                        HttpStatus.CONFLICT,
                        "case-conflict",
                        Problems.pick(lang, "案件当前状态不允许此操作", "The case's state does not allow this"),
                        e.reason().name(),
                        Map.of()));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<byte[]> badRequest(BadRequestException e, HttpServletRequest request) {
        Language lang = Problems.language(request);
        String message = lang == Language.ZH ? e.messageZh() : e.messageEn();
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Problems.document(
                        HttpStatus.BAD_REQUEST,
                        "bad-parameter",
                        Problems.pick(lang, "请求参数无效", "Bad request parameter"),
                        message,
                        Problems.violations(List.of(Problems.violation(e.parameter(), "request.parameter", message)))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<byte[]> noBody(HttpServletRequest request) {
        Language lang = Problems.language(request);
        return Problems.response(
                HttpStatus.BAD_REQUEST,
                Problems.document(
                        HttpStatus.BAD_REQUEST,
                        "invalid-input",
                        Problems.pick(lang, "输入无效，未作认定", "Invalid input: nothing decided"),
                        Problems.pick(lang, "请求没有正文：应为一个案件 JSON", "the request has no body: expected a case as JSON"),
                        Problems.violations(List.of(Problems.violation(
                                "$", "json.no-body", Problems.pick(lang, "请求没有正文", "the request has no body"))))));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(RuntimeException e) {
        // Spring Security's filters answer these (401 / 403); rethrown so they reach them
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> internal(Exception e, HttpServletRequest request) {
        if (e instanceof ErrorResponse er) {
            HttpStatusCode code = er.getStatusCode();
            HttpStatus status = HttpStatus.resolve(code.value());
            if (status == null) {
                status = HttpStatus.BAD_REQUEST;
            }
            return Problems.response(
                    status,
                    Problems.document(status, "http-" + status.value(), status.getReasonPhrase(), null, Map.of()));
        }
        if (e instanceof BodySizeLimit.TooLarge t) {
            throw t;
        }
        if (e instanceof AsyncRequestNotUsableException) {
            // the client went away (a page reloaded, a request cancelled) while the answer was being
            // written: nothing is wrong here and nobody is left to answer
            LOG.debug(
                    "the client left before the answer to {} {} was written",
                    request.getMethod(),
                    request.getRequestURI());
            return null;
        }
        Masked masked = new Masked(e);
        LOG.error("internal error on {} {}", request.getMethod(), request.getRequestURI(), masked);
        Language lang = Problems.language(request);
        return Problems.response(
                HttpStatus.INTERNAL_SERVER_ERROR,
                Problems.document(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        Problems.pick(lang, "服务内部错误", "Internal error"),
                        null,
                        Map.of()));
    }

    /**
     * An exception as logged: its class and masked message, with its stack and causes the same
     * way. An exception's message may quote the input it choked on.
     */
    static final class Masked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Masked(Throwable t) {
            super(
                    t.getClass().getName() + (t.getMessage() == null ? "" : ": " + MaskedText.scrub(t.getMessage())),
                    t.getCause() == null ? null : new Masked(t.getCause()),
                    false,
                    true);
            setStackTrace(t.getStackTrace());
        }
    }
}
