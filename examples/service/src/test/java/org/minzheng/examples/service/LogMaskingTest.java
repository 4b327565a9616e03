package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service's logs never hold an identity number or a name, even with Spring MVC's and the
 * service's own logging at DEBUG: cases with a real-looking identity number and a name are
 * decided, explained, refused and opened as estate cases, and everything logged is searched.
 */
@SpringBootTest(
        properties = {
            "logging.level.org.minzheng=DEBUG",
            "logging.level.org.springframework.web=DEBUG",
            "logging.level.org.springframework.security=DEBUG"
        })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    static final String ID = "330502194803150315";
    static final String APPLICANT_ID = "330502197506200420";
    static final String NAME = "沈国华";

    @Autowired
    MockMvc mvc;

    @Test
    void noIdentityNumberOrNameReachesTheLog(CapturedOutput output) throws Exception {
        String estate = Cases.text("estate-query", "spouse-deposits-granted");
        assertThat(estate).contains(ID, APPLICANT_ID, NAME);
        mvc.perform(post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(estate))
                .andExpect(status().isOk());
        mvc.perform(post("/api/explanations")
                        .param("lang", "zh")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(estate))
                .andExpect(status().isOk());
        mvc.perform(post("/api/estate-cases")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(estate))
                .andExpect(status().isCreated());
        // refused: the identity number in a field that does not exist, and a broken date beside the name
        String bad = estate.replace("\"dateOfDeath\": \"2024-10-08\"", "\"dateOfDeath\": \"2024-13-08\"")
                .replace("\"relation\": \"SPOUSE\"", "\"relation\": \"SPOUSE\", \"" + ID + "\": \"" + NAME + "\"");
        mvc.perform(post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bad))
                .andExpect(status().isBadRequest());
        // an identity number with a wrong check digit, and a name where an id number belongs
        String badId = estate.replace(APPLICANT_ID, "330502197506200421").replace(ID, NAME);
        mvc.perform(post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(badId))
                .andExpect(status().isBadRequest());

        String log = output.getAll();
        assertThat(log).contains("decided estate-query", "refused invalid input");
        assertThat(log).doesNotContain(ID, APPLICANT_ID, "330502197506200421", NAME);
    }
}
