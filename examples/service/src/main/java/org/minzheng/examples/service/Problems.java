package org.minzheng.examples.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.decision.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Problem documents (RFC 9457, {@code application/problem+json}), written with the SDK's mapper.
 * A problem names what was wrong (a path, a parameter) and never repeats a value from the request:
 * it may be an identity number or a name.
 */
final class Problems {

    /** {@code application/problem+json}. */
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    /** The base of the problem type URIs, documented in docs/service.md. */
    static final String TYPE_BASE = "https://github.com/minzheng/minzheng/blob/main/docs/service.md#";

    private Problems() {}

    /**
     * @param status the HTTP status
     * @param type   the problem type's anchor in docs/service.md
     * @param title  the title, in the response's language
     * @param detail the detail, in the response's language, or null
     * @param extra  extension members (e.g. {@code violations}), in order
     * @return the document
     */
    static Map<String, Object> document(
            HttpStatus status, String type, String title, String detail, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", TYPE_BASE + type);
        p.put("title", title);
        p.put("status", status.value());
        if (detail != null) {
            p.put("detail", detail);
        }
        p.putAll(extra);
        return p;
    }

    static ResponseEntity<byte[]> response(HttpStatus status, Map<String, Object> document) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(ApiController.jsonLine(document));
    }

    /** Writes a problem from a servlet filter or an entry point, outside Spring MVC. */
    static void write(HttpServletResponse response, HttpStatus status, Map<String, Object> document)
            throws IOException {
        byte[] body = ApiController.jsonLine(document);
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** @return the language of the request's problem: {@code lang}, else {@code Accept-Language} */
    static Language language(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        try {
            return Languages.pick(lang, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (BadRequestException e) {
            return Languages.fromHeader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
    }

    /** @return zh or en, as the language asks */
    static String pick(Language lang, String zh, String en) {
        return lang == Language.ZH ? zh : en;
    }

    static Map<String, Object> violation(String path, String code, String message) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("path", path);
        v.put("code", code);
        v.put("message", message);
        return v;
    }

    static Map<String, Object> violations(List<Map<String, Object>> list) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("violations", list);
        return m;
    }
}
