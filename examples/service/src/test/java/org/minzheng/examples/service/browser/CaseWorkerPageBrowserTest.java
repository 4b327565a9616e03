package org.minzheng.examples.service.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case-worker page in a real browser: Debian's {@code chromium} driven through its own
 * {@code chromedriver} (no Selenium Manager, nothing downloaded), against the service started on a
 * random loopback port with no users configured (the loopback-only mode).
 *
 * <p>A case worker fills a dibao (最低生活保障) household of three with two wage incomes
 * (1,200.00 + 800.00 yuan a month) in Huzhou on 2024-12-31 and decides: the standard is 1,145.00
 * yuan per person a month, so the monthly amount is 1,145.00 × 3 − 2,000.00 = 1,435.00 yuan
 * (《最低生活保障审核确认办法》第二十三条: 按照共同生活的家庭成员人均收入低于当地低保标准的差额发给),
 * and the income condition cites 《社会救助暂行办法》第九条.
 *
 * <p>Screenshots for reviewers go to {@code target/screenshots/}. Without a browser the tests are
 * skipped with a message saying how to install it; CI ({@code .ci/run}) installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseWorkerPageBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static ChromeDriverService service;
    static ChromeDriver driver;
    static Path downloads;

    @TempDir
    static Path temp;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            System.err.println(
                    "\n*** SKIPPED: the case-worker page's browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                            + ".\n*** Install them: apt-get install -y chromium chromium-driver fonts-wqy-microhei"
                            + " (.ci/run does this on CI).\n");
        }
        assumeTrue(
                present,
                "SKIPPED: no browser. The case-worker page test needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + ": apt-get install -y chromium chromium-driver fonts-wqy-microhei (.ci/run does this on CI)");
        // the system driver, named explicitly: Selenium Manager is never asked to find or fetch one
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Files.createDirectories(SCREENSHOTS);
        downloads = Files.createDirectories(temp.resolve("downloads"));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(temp.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--window-size=1280,800",
                "--user-data-dir=" + temp.resolve("profile"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void openPage() {
        driver.manage().window().setSize(new Dimension(1280, 800));
        driver.get("http://127.0.0.1:" + port + "/");
        js("window.localStorage.clear();"); // the language a previous test chose
        driver.navigate().refresh();
        waitFor().until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(driver.getTitle()).isEqualTo("民政规则 · 个案认定");
    }

    @Test
    void dibaoHouseholdOfThreeInHuzhouShowsTheAmountAndArticleNineInChineseThenInEnglish() throws IOException {
        assertThat(new Select(driver.findElement(By.id("program")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("dibao");
        fillHuzhouFamilyOfThree();
        driver.findElement(By.id("decide")).click();

        WebElement amount = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-figure")));
        assertThat(amount.getText()).isEqualTo("1435.00 元");
        assertThat(driver.findElement(By.id("outcome")).getText()).isEqualTo("符合条件");
        String conditions = driver.findElement(By.id("conditions")).getText();
        // 《社会救助暂行办法》第九条: per-capita income below the standard; 民发〔2021〕57号 第二十三条: the amount
        assertThat(conditions).contains("dibao.income-below-standard", "符合", "第九条", "第二十三条");
        String explanation = explanationText();
        assertThat(explanation).contains("认定结果：符合条件").contains("《社会救助暂行办法》第九条").contains("每月低保金1435元");
        assertThat(driver.findElement(By.id("counterfactuals")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("missing")).getText()).isNotBlank();
        assertNoCspViolations();
        screenshot("case-worker-page-zh-1280");
        readmeScreenshot();

        driver.findElement(By.id("lang-en")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("outcome"), "eligible"));
        assertThat(driver.findElement(By.id("amount-figure")).getText()).isEqualTo("1435.00 yuan");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("minzheng · case decision");
        waitFor().until(d -> explanationText().startsWith("Minimum living guarantee"));
        assertThat(explanationText())
                .contains("Decision: eligible")
                .contains("Interim Measures for Social Assistance, Art. 9");
        // the form keeps what was typed across the switch, with English labels
        assertThat(driver.findElement(By.cssSelector("[data-path='facts.incomes[1].amount']"))
                        .getAttribute("value"))
                .isEqualTo("800.00");
        assertThat(driver.findElement(By.id("facts")).getText())
                .contains("Household members", "Relation to the applicant");
        screenshot("case-worker-page-en-1280");
        driver.findElement(By.id("lang-zh")).click();
        waitFor().until(ExpectedConditions.textToBe(By.id("outcome"), "符合条件"));
    }

    @Test
    void anExampleCaseLoadsIntoTheFormAndDecidesAsItsExpectation() {
        Select examples = new Select(driver.findElement(By.id("example")));
        assertThat(examples.getOptions())
                .extracting(o -> o.getAttribute("value"))
                .contains("huzhou-2024-family-of-three-below-standard");
        examples.selectByValue("huzhou-2024-family-of-three-below-standard");
        driver.findElement(By.id("load-example")).click();
        waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("example-status"), "huzhou-2024-family-of-three-below-standard"));
        assertThat(driver.findElement(By.id("date")).getAttribute("value")).isEqualTo("2024-12-31");
        assertThat(driver.findElement(By.cssSelector("[data-path='facts.members[2].relation']"))
                        .getAttribute("value"))
                .isEqualTo("CHILD");
        driver.findElement(By.id("decide")).click();
        WebElement amount = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-figure")));
        // examples/cases/dibao/huzhou-2024-family-of-three-below-standard.expected.json: monthlyAmount 1435.00
        assertThat(amount.getText()).isEqualTo("1435.00 元");
    }

    @Test
    void theDecisionDownloadsAsTheJsonTheServiceReturned() throws Exception {
        fillHuzhouFamilyOfThree();
        driver.findElement(By.id("decide")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-figure")));
        driver.findElement(By.id("download")).click();
        Path file = downloads.resolve("decision-dibao-330500-2024-12-31.json");
        waitFor().until(d -> Files.exists(file));
        String body = Files.readString(file);
        assertThat(body)
                .startsWith("{\"schemaVersion\":\"1\",\"program\":\"dibao\"")
                .contains("\"monthlyAmount\":\"1435.00\"");
    }

    @Test
    void aMissingBirthDateIsShownAtItsFieldAndNothingIsDecided() throws IOException {
        fillHuzhouFamilyOfThree();
        setValue(By.cssSelector("[data-path='facts.members[2].birthDate']"), "");
        driver.findElement(By.id("decide")).click();
        WebElement errors = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertThat(errors.getText()).contains("facts.members[2].birthDate");
        // the path in the list takes the case worker to the field
        errors.findElement(By.cssSelector("button.path")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("data-path")).isEqualTo("facts.members[2].birthDate");
        WebElement field = driver.findElement(By.cssSelector("[data-field='facts.members[2].birthDate']"));
        assertThat(field.getAttribute("class")).contains("has-error");
        assertThat(field.findElement(By.className("field-error")).getText()).isNotBlank();
        assertThat(driver.findElement(By.cssSelector("[data-path='facts.members[2].birthDate']"))
                        .getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        screenshot("case-worker-page-zh-error");
    }

    @Test
    void onAPhoneThePageFitsTheWidthAndStillDecides() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        fillHuzhouFamilyOfThree();
        driver.findElement(By.id("decide")).click();
        WebElement amount = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("amount-figure")));
        assertThat(amount.getText()).isEqualTo("1435.00 元");
        explanationText();
        Number overflow =
                (Number) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue())
                .as("horizontal overflow at phone width (px)")
                .isLessThanOrEqualTo(0);
        screenshot("case-worker-page-zh-phone");
        js("document.getElementById('result').scrollIntoView(true);");
        Files.copy(
                driver.getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("case-worker-page-zh-phone-result.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void everyLabelOnTheDibaoFormIsChineseByDefault() {
        List<WebElement> labels = driver.findElements(By.cssSelector("#facts label, #facts legend"));
        assertThat(labels).isNotEmpty();
        for (WebElement l : labels) {
            String text = l.getText().strip();
            if (!text.isEmpty()) {
                assertThat(text).as("label %s", text).containsPattern("\\p{IsHan}");
            }
        }
        List<WebElement> relations =
                driver.findElements(By.cssSelector("[data-path='facts.members[0].relation'] option"));
        assertThat(relations).extracting(WebElement::getText).contains("申请人 (APPLICANT)", "配偶 (SPOUSE)");
    }

    /* ---------- the case worker's steps ---------- */

    private void fillHuzhouFamilyOfThree() {
        WebElement region = driver.findElement(By.id("region"));
        region.clear();
        region.sendKeys("330500");
        setValue(By.id("date"), "2024-12-31");

        WebElement addMember = addButton("facts.members");
        addMember.click();
        addMember.click();
        member(0, "APPLICANT", "1980-03-01");
        member(1, "SPOUSE", "1982-05-01");
        member(2, "CHILD", "2012-09-01");

        WebElement addIncome = addButton("facts.incomes");
        addIncome.click();
        addIncome.click();
        income(0, "0", "WAGES", "1200.00");
        income(1, "1", "WAGES", "800.00");
    }

    private WebElement addButton(String path) {
        return driver.findElement(By.cssSelector("fieldset[data-field='" + path + "'] > button.add"));
    }

    private void member(int i, String relation, String birthDate) {
        new Select(driver.findElement(By.cssSelector("[data-path='facts.members[" + i + "].relation']")))
                .selectByValue(relation);
        setValue(By.cssSelector("[data-path='facts.members[" + i + "].birthDate']"), birthDate);
    }

    private void income(int i, String member, String category, String amount) {
        driver.findElement(By.cssSelector("[data-path='facts.incomes[" + i + "].member']"))
                .sendKeys(member);
        new Select(driver.findElement(By.cssSelector("[data-path='facts.incomes[" + i + "].category']")))
                .selectByValue(category);
        driver.findElement(By.cssSelector("[data-path='facts.incomes[" + i + "].amount']"))
                .sendKeys(amount);
    }

    /** A date input's keyboard order follows the browser's locale; the value is set as the page reads it. */
    private void setValue(By by, String value) {
        WebElement e = driver.findElement(by);
        js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                e,
                value);
    }

    private String explanationText() {
        waitFor().until(d -> {
            String t = d.findElement(By.id("explanation")).getText();
            return !t.isBlank() && !"…".equals(t);
        });
        return driver.findElement(By.id("explanation")).getText();
    }

    private void assertNoCspViolations() {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(entries)
                .extracting(LogEntry::getMessage)
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .noneMatch(m -> m.contains("Uncaught"));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /**
     * The README's picture ({@code docs/images/service-page.png} is a copy): a 1280×900 window from the
     * "decide" button down, i.e. the decision with its amount and its conditions and articles.
     */
    private void readmeScreenshot() throws IOException {
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, 900));
        js("document.activeElement && document.activeElement.blur();"
                + "var y = document.getElementById('decide').getBoundingClientRect().top + window.scrollY - 16;"
                + "window.scrollTo(0, y);");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve("service-page.png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
    }

    /** The whole page, not only the window: the window is stretched to the page's height first. */
    private void screenshot(String name) throws IOException {
        js("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();");
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height.intValue())));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
    }
}
