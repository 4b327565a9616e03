package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Users and roles from configuration: who may decide, and what each role sees of an estate-query
 * case (身后一件事) — the funeral module's {@link org.minzheng.funeral.cases.CaseViewPolicy}
 * enforced by the service: a co-heir sees that a query exists and what it covers, not the
 * balances nor who applied; an auditor sees the process, not the balances; the applicant sees
 * the balances; the official sees everything but the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecuredServiceTest {

    static final String PASSWORD = "correct horse battery staple";
    static final String[][] USERS = {
        {"worker", "CASE_WORKER"},
        {"official", "OFFICIAL"},
        {"widow", "APPLICANT"},
        {"son", "CO_HEIR"},
        {"stranger", "CO_HEIR"},
        {"auditor", "AUDITOR"},
        {"both", "OFFICIAL,AUDITOR"}
    };

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        for (int i = 0; i < USERS.length; i++) {
            int n = i;
            registry.add("minzheng.security.users[" + n + "].name", () -> USERS[n][0]);
            registry.add("minzheng.security.users[" + n + "].password", () -> hash);
            registry.add("minzheng.security.users[" + n + "].roles", () -> USERS[n][1]);
        }
    }

    @Autowired
    MockMvc mvc;

    static final String FAMILY_OF_THREE = Cases.text("dibao", "huzhou-2024-family-of-three-below-standard");
    static final String ESTATE = Cases.text("estate-query", "spouse-deposits-granted");

    String caseId;

    @BeforeEach
    void openAnEstateCaseAndRecordTheBanksAnswers() throws Exception {
        MvcResult r = mvc.perform(as("official", post("/api/estate-cases"))
                        .param("applicant", "widow")
                        .param("coHeir", "son")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ESTATE))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn();
        JsonNode view = Json.mapper().readTree(r.getResponse().getContentAsByteArray());
        caseId = view.get("caseId").asText();
        assertThat(view.get("state").asText()).isEqualTo("GRANTED");
        mvc.perform(as("official", post("/api/estate-cases/" + caseId + "/answers"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2024-12-05\", \"records\": ["
                                + "{\"institution\": \"湖州银行\", \"kind\": \"DEPOSITS\", \"balance\": \"12000.00\","
                                + " \"asOf\": \"2024-12-04\", \"referral\": false},"
                                + "{\"institution\": \"某证券公司\", \"kind\": \"SECURITIES\", \"balance\": \"500.00\","
                                + " \"asOf\": \"2024-12-04\", \"referral\": false}]}"))
                .andExpect(status().isOk());
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    private JsonNode view(String user, String... roleParam) throws Exception {
        MockHttpServletRequestBuilder get =
                as(user, get("/api/estate-cases/" + caseId)).param("date", "2024-12-06");
        if (roleParam.length > 0) {
            get.param("role", roleParam[0]);
        }
        MvcResult r = mvc.perform(get).andExpect(status().isOk()).andReturn();
        return Json.mapper().readTree(r.getResponse().getContentAsByteArray());
    }

    private static List<String> fields(JsonNode view) {
        List<String> names = new ArrayList<>();
        view.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void withoutLoginTheApiAnswers401WithAProblemAndTheBasicChallenge() throws Exception {
        mvc.perform(get("/api/programs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(
                                "WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic realm=\"minzheng\"")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/programs").with(httpBasic("worker", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageNeedsNoLoginItHoldsNoData() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void aCaseWorkerDecidesAndExplainsOtherRolesMayNot() throws Exception {
        mvc.perform(as("worker", post("/api/decisions"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE))
                .andExpect(status().isOk());
        mvc.perform(as("worker", post("/api/explanations"))
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE))
                .andExpect(status().isOk());
        mvc.perform(as("worker", get("/api/programs"))).andExpect(status().isOk());
        for (String user : List.of("widow", "son", "auditor")) {
            mvc.perform(as(user, post("/api/decisions"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(FAMILY_OF_THREE))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theOfficialSeesTheBalancesWithinTheGrantAndTheCountsButNotTheAuditTrail() throws Exception {
        JsonNode v = view("official");
        assertThat(v.get("role").asText()).isEqualTo("OFFICIAL");
        assertThat(fields(v)).contains("applicant", "evidence", "records", "disclosableCount", "withheldCount");
        assertThat(fields(v)).doesNotContain("auditTrail");
        assertThat(v.get("records").size()).isEqualTo(1);
        assertThat(v.get("withheldCount").asInt()).isEqualTo(1);
    }

    @Test
    void theApplicantSeesTheBalancesNamedForThemButNotTheCounts() throws Exception {
        JsonNode v = view("widow");
        assertThat(v.get("role").asText()).isEqualTo("APPLICANT");
        assertThat(v.get("records").get(0).get("balance").asText()).isEqualTo("12000.00");
        assertThat(fields(v)).doesNotContain("disclosableCount", "withheldCount", "auditTrail");
    }

    @Test
    void aCoHeirSeesThatAQueryExistsAndWhatItCoversNotTheBalancesNorWhoApplied() throws Exception {
        JsonNode v = view("son");
        assertThat(fields(v)).contains("state", "deceased", "scope");
        assertThat(fields(v)).doesNotContain("applicant", "relation", "evidence", "records", "auditTrail");
        assertThat(v.toString()).doesNotContain("12000");
        mvc.perform(as("stranger", get("/api/estate-cases/" + caseId)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theAuditorSeesTheProcessAndTheAuditTrailNotTheBalancesNorTheDocuments() throws Exception {
        JsonNode v = view("auditor");
        assertThat(fields(v)).contains("state", "applicant", "disclosableCount", "auditTrail");
        assertThat(fields(v)).doesNotContain("records", "evidence");
        assertThat(v.toString()).doesNotContain("12000").doesNotContain("330502197506200420");
    }

    @Test
    void aUserWithSeveralEstateRolesNamesOneAndMayNotTakeARoleTheyDoNotHold() throws Exception {
        mvc.perform(as("both", get("/api/estate-cases/" + caseId))).andExpect(status().isBadRequest());
        assertThat(view("both", "AUDITOR").get("role").asText()).isEqualTo("AUDITOR");
        mvc.perform(as("auditor", get("/api/estate-cases/" + caseId)).param("role", "OFFICIAL"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyAnOfficialOpensCasesAndACaseWorkerSeesNoEstateCase() throws Exception {
        mvc.perform(as("widow", post("/api/estate-cases"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ESTATE))
                .andExpect(status().isForbidden());
        mvc.perform(as("worker", get("/api/estate-cases/" + caseId))).andExpect(status().isForbidden());
        mvc.perform(as("official", get("/api/estate-cases/EQ-999999"))).andExpect(status().isNotFound());
    }

    @Test
    void noViewShowsAFullIdentityNumberOrAName() throws Exception {
        for (String user : List.of("official", "widow", "son", "auditor")) {
            String text = view(user).toString();
            assertThat(text).as(user).doesNotContain("330502194803150315", "330502197506200420", "沈国华");
        }
        String body = new String(
                mvc.perform(as("official", get("/api/estate-cases/" + caseId)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("沈国华");
    }
}
