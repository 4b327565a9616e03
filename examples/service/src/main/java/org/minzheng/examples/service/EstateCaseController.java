package org.minzheng.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.funeral.cases.CaseState;
import org.minzheng.funeral.cases.EstateQueryCase;
import org.minzheng.funeral.cases.IllegalTransitionException;
import org.minzheng.funeral.cases.Role;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Estate-query cases (身后一件事：遗产查询) and their role-filtered views: the funeral module's
 * {@link EstateQueryCase} and {@link org.minzheng.funeral.cases.CaseViewPolicy}, behind Spring
 * Security. A bank clerk's view (the applicant's grant) is not the official's, nor the auditor's.
 *
 * <ul>
 *   <li>{@code POST /api/estate-cases[?applicant=LOGIN][&coHeir=LOGIN…]} (role OFFICIAL): an
 *       estate-query case envelope, as in examples/cases/estate-query; the case is submitted,
 *       verified and, when the decision grants, granted, all on the envelope's date. The logins
 *       named may see the case as its applicant or as a co-heir. Answers {@code 201} with the
 *       official's view.
 *   <li>{@code POST /api/estate-cases/{id}/answers} (role OFFICIAL): the institutions' answers,
 *       {@code {"date": "…", "records": [AssetRecord…]}}; the query is dispatched and answered.
 *   <li>{@code GET /api/estate-cases/{id}[?date=][&role=]}: the case as the caller's role sees it
 *       (OFFICIAL and AUDITOR: any case; APPLICANT and CO_HEIR: only a case that names their login).
 *       A user with several estate roles says which with {@code role}.
 * </ul>
 *
 * <p>Cases are kept in memory (at most {@code minzheng.estate-cases.max}, default 1000): this is
 * an example of enforcing the views, not a case store. Every view is written to the case's
 * hash-chained audit log, which the auditor's view shows. With no users configured (loopback
 * mode) the caller acts in the role given by {@code role}, OFFICIAL by default.
 */
@RestController
@RequestMapping(path = "/api/estate-cases")
public class EstateCaseController {

    private static final String PROGRAM = "estate-query";

    private final Engine engine;
    private final ServiceUsers users;
    private final int max;
    private final Map<String, Entry> cases = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    private record Entry(EstateQueryCase estateCase, String applicant, Set<String> coHeirs) {}

    public EstateCaseController(
            Engine engine, ServiceUsers users, @Value("${minzheng.estate-cases.max:1000}") int max) {
        this.engine = engine;
        this.users = users;
        this.max = max;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    public ResponseEntity<byte[]> submit(
            @RequestBody byte[] body,
            @RequestParam(name = "applicant", required = false) String applicantLogin,
            @RequestParam(name = "coHeir", required = false) List<String> coHeirLogins) {
        CaseFile c = engine.runner().read(body);
        if (!c.program().equals(PROGRAM)) {
            throw new BadRequestException(
                    "program", "program: estate cases are estate-query cases", "program：此处只接受 estate-query 案件");
        }
        EstateQueryApplication application =
                (EstateQueryApplication) engine.runner().facts(c);
        PolicySnapshot snapshot = engine.book().snapshot(c.region(), c.date());
        String id = String.format(java.util.Locale.ROOT, "EQ-%06d", sequence.incrementAndGet());
        EstateQueryCase estateCase = EstateQueryCase.submit(id, application, c.date());
        estateCase.verify(snapshot);
        if (estateCase.state() == CaseState.VERIFIED) {
            try {
                estateCase.grant(snapshot);
            } catch (IllegalTransitionException e) {
                // the decision does not grant (undetermined): the case stays VERIFIED
            }
        }
        synchronized (cases) {
            if (cases.size() >= max) {
                String oldest = cases.keySet().iterator().next();
                cases.remove(oldest);
            }
            cases.put(
                    id,
                    new Entry(estateCase, applicantLogin, coHeirLogins == null ? Set.of() : Set.copyOf(coHeirLogins)));
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(id)
                .toUri();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .contentType(ApiController.JSON)
                .body(Json.pretty(estateCase.view(Role.OFFICIAL, c.date())).getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping(path = "/{id}/answers", consumes = "application/json", produces = "application/json")
    public ResponseEntity<byte[]> answer(@PathVariable("id") String id, @RequestBody byte[] body) {
        Entry e = find(id);
        JsonNode tree = Json.readTree(body, "$");
        List<org.minzheng.core.validation.Violation> problems = new ArrayList<>();
        LocalDate on = null;
        AssetRecord[] records = null;
        try {
            on = Json.convert(required(tree, "date"), LocalDate.class, "date");
        } catch (InvalidInputException x) {
            problems.addAll(x.violations());
        }
        try {
            records = Json.convert(required(tree, "records"), AssetRecord[].class, "records");
        } catch (InvalidInputException x) {
            problems.addAll(x.violations());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        EstateQueryCase estateCase = e.estateCase();
        try {
            if (estateCase.state() == CaseState.GRANTED) {
                estateCase.dispatch(on);
            }
            estateCase.answer(List.of(records), on);
        } catch (IllegalTransitionException x) {
            throw new CaseConflict(x.reason());
        }
        return ApiController.json(Json.pretty(estateCase.view(Role.OFFICIAL, on)));
    }

    @GetMapping(path = "/{id}", produces = "application/json")
    public ResponseEntity<byte[]> view(
            @PathVariable("id") String id,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "role", required = false) String role) {
        Entry e = find(id);
        Role r = role(role);
        String login = login();
        if ((r == Role.APPLICANT && !login.equals(e.applicant())
                        || r == Role.CO_HEIR && !e.coHeirs().contains(login))
                && !users.none()) {
            throw new CaseNotFound();
        }
        LocalDate on =
                date == null || date.isBlank() ? LocalDate.now(ApiController.CHINA) : ApiController.parseDate(date);
        try {
            return ApiController.json(Json.pretty(e.estateCase().view(r, on)));
        } catch (IllegalArgumentException x) {
            throw new BadRequestException(
                    "date", "date: a view cannot be dated before the case's last event", "date：查看日期不能早于案件的最近一次事件");
        }
    }

    private Entry find(String id) {
        synchronized (cases) {
            Entry e = cases.get(id);
            if (e == null) {
                throw new CaseNotFound();
            }
            return e;
        }
    }

    private static JsonNode required(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        if (n == null || n.isNull()) {
            throw new InvalidInputException(
                    List.of(new org.minzheng.core.validation.Violation(field, "NotNull", "不能为空", "must not be null")));
        }
        return n;
    }

    /** @return the role the caller looks in: the one their login holds (or names, when they hold several) */
    private Role role(String asked) {
        Role wanted = null;
        if (asked != null && !asked.isBlank()) {
            try {
                wanted = Role.valueOf(asked.trim());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(
                        "role",
                        "role: expected APPLICANT, CO_HEIR, OFFICIAL or AUDITOR",
                        "role：应为 APPLICANT、CO_HEIR、OFFICIAL 或 AUDITOR");
            }
        }
        if (users.none()) {
            return wanted == null ? Role.OFFICIAL : wanted;
        }
        List<Role> held = new ArrayList<>();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Role r : Role.values()) {
                if (("ROLE_" + r.name()).equals(a.getAuthority())) {
                    held.add(r);
                }
            }
        }
        if (wanted != null) {
            if (!held.contains(wanted)) {
                throw new org.springframework.security.access.AccessDeniedException("role not held");
            }
            return wanted;
        }
        if (held.size() != 1) {
            throw new BadRequestException(
                    "role", "role: the user holds several estate roles; name one", "role：当前用户有多个角色，请指明一个");
        }
        return held.get(0);
    }

    private String login() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "" : auth.getName();
    }

    /** No such case, or not one the caller may see (the two are not told apart). */
    static final class CaseNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CaseNotFound() {
            super("no such case", null, false, false);
        }
    }

    /** A move the case's lifecycle does not allow now. */
    static final class CaseConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final IllegalTransitionException.Reason reason;

        CaseConflict(IllegalTransitionException.Reason reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        IllegalTransitionException.Reason reason() {
            return reason;
        }
    }

    static String caseNotFound(Language lang) {
        return Problems.pick(lang, "没有这个案件，或当前用户不能查看", "no such case, or not one this user may see");
    }
}
