package org.munacademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main journeys in a real browser (Debian's Chromium, headless) against the built WAR on Payara Micro: an
 * HR officer signs in, opens the people of their municipality, adds a person, finds them in the grid and signs
 * out; a wrong password gets the plain error; the login page is Russian and switches to English.
 */
class BrowserJourneyIT extends OnPayaraMicro {

    Browser browser;

    @BeforeEach
    void start(TestInfo info) {
        browser = new Browser(base, info.getTestMethod().map(m -> m.getName()).orElse("test"));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void hr_officer_signs_in_adds_a_person_sees_them_in_the_grid_and_signs_out() {
        browser.open("login");
        browser.waitForText("Вход");
        String sessionBefore = browser.sessionId();
        browser.signIn("hr", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        assertThat(browser.sessionId()).as("a new session id at sign-in").isNotNull().isNotEqualTo(sessionBefore);
        assertThat(figure("home-headcount")).matches("\\d+");

        browser.open("people");
        WebElement grid = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people-grid")));
        browser.waitForGridText("городской округ город Вологда");
        browser.type(By.id("people-search"), "Смирнова");
        browser.waitForGridText("Смирнова Анна Викторовна");
        browser.type(By.id("people-search"), "Морозов"); // works in Тверь: outside the officer's scope
        browser.wait.until(d -> d.findElement(By.id("people-total")).getText().matches(".*\\D0$"));
        assertThat(browser.gridText()).doesNotContain("Морозов");
        browser.type(By.id("people-search"), "");
        browser.screenshot("people");

        String surname = "Журавлёва" + UUID.randomUUID().toString().substring(0, 4);
        browser.click(By.id("people-add"));
        browser.click(By.id("person-save")); // nothing entered: the form names what is missing
        browser.waitForText("Укажите фамилию");
        browser.waitForText("Выберите муниципальное образование");
        browser.type(By.id("person-lastName"), surname);
        browser.type(By.id("person-firstName"), "Светлана");
        browser.type(By.id("person-middleName"), "Игоревна");
        // a malformed e-mail is refused in the form, with a message on the field
        browser.type(By.id("person-email"), "not-an-email");
        browser.click(By.id("person-save"));
        browser.waitForText("корректный адрес");
        browser.type(By.id("person-email"), "zhuravleva." + UUID.randomUUID().toString().substring(0, 6)
                + "@vologda-city.ru");
        WebElement municipality = browser.input(By.id("person-municipality"));
        municipality.sendKeys("19701000");
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        municipality.sendKeys(Keys.ARROW_DOWN);
        municipality.sendKeys(Keys.ENTER);
        browser.wait.until(d -> browser.input(By.id("person-municipality")).getAttribute("value").contains("Вологда"));
        browser.check(By.id("person-consentGiven"));
        browser.wait.until(d -> !browser.input(By.id("person-consentDate")).getAttribute("value").isEmpty());
        browser.screenshot("form");
        browser.click(By.id("person-save"));
        browser.waitForText("Сохранено");

        browser.type(By.id("people-search"), surname);
        browser.waitForGridText(surname + " Светлана Игоревна");
        assertThat(grid.isDisplayed()).isTrue();
        browser.screenshot("created");

        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));
        browser.waitForText("Вход");
        browser.open("people");
        browser.wait.until(ExpectedConditions.urlContains("login"));
        assertThat(Api.as(base, "admin").get("api/v1/audit?action=LOGOUT&actor=hr").json()
                .getJsonNumber("total").longValue()).as("the sign-out is audited").isPositive();
    }

    @Test
    void opening_the_card_of_a_person_of_another_region_by_link_is_refused_and_audited() {
        Api admin = Api.as(base, "admin");
        long smirnova = admin.get("api/v1/persons?q=smirnova.av").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        browser.signIn("hr.tver", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("people/" + smirnova);
        browser.waitForText("вне вашей зоны ответственности");
        assertThat(browser.driver.findElements(By.id("person-form"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.gridText()).doesNotContain("Смирнова");
        assertThat(admin.get("api/v1/audit?action=PERSON_READ&outcome=DENIED&actor=hr.tver&targetId=" + smirnova)
                .json().getJsonNumber("total").longValue()).isPositive();

        browser.open("people");
        browser.type(By.id("people-search"), "Морозов");
        browser.waitForGridText("Морозов Игорь Павлович"); // their own municipality opens fine
        assertThat(admin.get("api/v1/audit?action=LOGIN&outcome=SUCCESS&actor=hr.tver").json()
                .getJsonNumber("total").longValue()).as("the sign-in is audited").isPositive();
    }

    @Test
    void a_methodologist_changes_a_level_descriptor_publishes_and_the_employee_sees_the_new_descriptor() {
        String descriptor = "Самостоятельно решает задачи полного цикла и наставляет коллег "
                + UUID.randomUUID().toString().substring(0, 4);
        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("competencies/editor");
        browser.click(By.id("create-draft"));
        browser.waitForText("Черновик");
        browser.clickCell("2 · Уверенный");
        browser.typeArea(By.id("edit-level-descriptor"), descriptor);
        browser.type(By.id("change-note"), "Уточнено описание уровня 2");
        browser.click(By.id("save-draft"));
        browser.waitForText("Черновик сохранён");
        browser.screenshot("draft-saved");
        browser.click(By.id("publish-draft"));
        browser.clickButton("Опубликовать", "publish-draft");
        browser.waitForText("опубликована");
        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));

        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("competencies");
        browser.wait.until(d -> d.findElement(By.id("scale-level-2")).getText().contains(descriptor));
        browser.screenshot("catalogue");
    }

    @Test
    void a_methodologist_opens_a_question_with_a_chart_and_the_preview_shows_the_image_from_the_file_store() {
        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("assessment/bank");
        browser.type(By.id("bank-search"), "BUD-01-008");
        browser.clickCell("BUD-01-008");
        WebElement image = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#bank-preview-stem img.question-image")));
        browser.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 320;", image)));
        assertThat(image.getAttribute("alt")).startsWith("Доходы местного бюджета");
        browser.screenshot("question-image");
    }

    @Test
    void the_hr_officer_opens_a_person_from_the_heat_map_adds_a_managers_rating_and_sees_the_gap_close() {
        browser.signIn("hr", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("competencies/heatmap");
        browser.waitForGridText("Алексеева Дарья Сергеевна");
        assertThat(browser.gridText()).doesNotContain("Морозов");
        browser.type(By.id("heatmap-filter"), "Смирнова");
        browser.waitForGridText("Смирнова Анна Викторовна");
        browser.clickCell("Смирнова Анна Викторовна");
        browser.waitForText("Добавить подтверждение уровня");
        WebElement competency = browser.input(By.id("evidence-competency"));
        competency.sendKeys("PRJ-01");
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        competency.sendKeys(Keys.ARROW_DOWN);
        competency.sendKeys(Keys.ENTER);
        browser.type(By.id("evidence-level"), "3");
        browser.type(By.id("evidence-reference"), "Оценка руководителя по итогам проекта");
        browser.click(By.id("evidence-save"));
        browser.waitForText("Подтверждение добавлено");
        browser.screenshot("evidence");
        long smirnova = Api.personIdsByCode(base).get("PER-0001");
        assertThat(Api.as(base, "hr").get("api/v1/competency/persons/" + smirnova + "/levels")
                .json().getJsonObject("PRJ-01").getInt("level")).isEqualTo(3);
    }

    @Test
    void the_bell_counts_a_new_assignment_lists_it_and_marks_everything_read() {
        Api region = Api.as(base, "hr.region");
        long person = Api.personIdsByCode(base).get("PER-0002"); // the demo HR officer of Вологда, also an employee
        long test = region.get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("ASM-HEAD-2026")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Api.Reply assigned = region.post("api/v1/assessment/tests/" + test + "/assignments",
                "{\"target\":\"PERSON\",\"targetId\":" + person + "}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);

        browser.signIn("hr", Api.DEMO_PASSWORD);
        browser.wait.until(d -> !d.findElements(By.id("notification-count")).isEmpty()
                && d.findElement(By.id("notification-count")).isDisplayed());
        browser.click(By.id("notification-bell"));
        browser.waitForText("Вам назначен тест «Оценка компетенций: глава муниципального образования, 2026»");
        browser.screenshot("bell");
        browser.click(By.id("notification-read-all"));
        browser.wait.until(d -> !d.findElement(By.id("notification-count")).isDisplayed());
    }

    @Test
    void the_login_page_offers_password_recovery_which_answers_the_same_for_any_address() {
        browser.open("login");
        browser.waitForText("Забыли пароль?"); // mail is configured for the test servers
        browser.open("forgot-password");
        browser.waitForText("Восстановление пароля");
        browser.type(By.id("forgot-email"), "nobody@vologda-city.ru");
        browser.click(By.id("forgot-submit"));
        browser.waitForText("Если адрес известен, письмо со ссылкой уже в пути");
        browser.open("reset-password?token=" + "A".repeat(43));
        browser.type(By.id("reset-password"), "brand-new-password");
        browser.type(By.id("reset-repeat"), "brand-new-password");
        browser.click(By.id("reset-submit"));
        // the one error handler shows the refusal; the page does not claim success
        browser.wait.until(d -> !d.findElements(By.cssSelector("vaadin-notification-card")).isEmpty());
        assertThat(browser.driver.findElements(By.id("reset-done"))).noneMatch(WebElement::isDisplayed);
        browser.screenshot("reset-refused");
    }

    @Test
    void a_wrong_password_gets_the_same_plain_error_as_an_unknown_user() {
        browser.signIn("hr", "wrong-password");
        browser.waitForText("Неверный логин или пароль");
        browser.open("login");
        browser.signIn("nobody-" + UUID.randomUUID().toString().substring(0, 6), "wrong-password");
        browser.waitForText("Неверный логин или пароль");
        assertThat(browser.driver.getCurrentUrl()).contains("login");
    }

    @Test
    void the_login_page_is_russian_and_switches_to_english_and_menus_follow_roles() {
        browser.open("login");
        browser.waitForText("Муниципальная академия");
        browser.click(By.id("switch-language"));
        browser.waitForText("Municipal Academy");
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Hello");
        String nav = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-nav"))).getText();
        assertThat(nav).contains("Home").doesNotContain("People").doesNotContain("Accounts");
        browser.open("accounts");
        browser.waitForText("Page not found");
        assertThat(browser.driver.findElements(By.id("accounts-grid"))).as("employees cannot open accounts").isEmpty();
    }

    /**
     * The assessment journey: the employee starts the assigned test, answers some questions, closes the browser,
     * comes back in a new one, continues with the time the server kept counting, finishes, sees per-competency
     * levels, and finds them as evidence in their competency profile.
     */
    @Test
    void an_employee_takes_the_assigned_test_across_a_closed_browser_and_sees_the_levels_in_their_profile() {
        Api api = Api.as(base, "employee");
        JsonObject assigned = api.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getBoolean("assigned") && t.getBoolean("canStart")).findFirst().orElseThrow();
        int testId = assigned.getInt("testId");
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("tests");
        browser.waitForText(assigned.getString("title"));
        browser.click(By.id("start-" + testId));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/attempt/"));
        String url = browser.driver.getCurrentUrl();
        long attemptId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*", ""));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-timer")));
        // the taking page has its own frame: the test, the way back to «Мои тесты» and sign-out, no drawer
        assertThat(browser.driver.findElements(By.id("main-nav"))).as("the main menu on the taking page").isEmpty();
        assertThat(textOf("taking-frame-back")).isEqualTo("Мои тесты");
        assertThat(browser.driver.findElements(By.id("logout"))).hasSize(1);
        List<Integer> choiceSlots = choiceSlots(api, attemptId);
        assertThat(choiceSlots).hasSizeGreaterThanOrEqualTo(3);
        Map<Integer, String> right = rightOptions(api, attemptId);
        for (int slot : choiceSlots.subList(0, 2)) {
            answer(slot, right.get(slot));
        }
        browser.wait.until(d -> answered(api, attemptId) >= 2);
        long remainingBefore = api.get("api/v1/assessment/attempts/" + attemptId).json()
                .getJsonNumber("remainingSeconds").longValue();
        browser.screenshot("answered-two");
        browser.close(); // the taker closes the browser

        browser = new Browser(base, "an_employee_takes_the_assigned_test-second-browser");
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("tests");
        browser.click(By.id("continue-" + testId));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-timer")));
        for (int slot : choiceSlots.subList(0, 2)) {
            browser.wait.until(d -> d.findElement(By.id("nav-" + slot)).getAttribute("class").contains("answered")
                    && !d.findElement(By.id("nav-" + slot)).getAttribute("class").contains("unanswered"));
        }
        String timer = browser.driver.findElement(By.id("attempt-timer")).getText();
        assertThat(timer).matches(".*\\d+:\\d\\d.*");
        assertThat(api.get("api/v1/assessment/attempts/" + attemptId).json().getJsonNumber("remainingSeconds")
                .longValue()).isLessThanOrEqualTo(remainingBefore);
        for (int slot : choiceSlots.subList(2, choiceSlots.size())) {
            answer(slot, right.get(slot));
        }
        browser.wait.until(d -> answered(api, attemptId) >= choiceSlots.size());
        browser.click(By.id("finish-attempt"));
        browser.click(By.id("finish-confirm"));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/result/"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
        JsonObject result = api.get("api/v1/assessment/attempts/" + attemptId + "/result").json();
        String firstCompetency = result.getJsonArray("competencies").getJsonObject(0).getString("competencyName");
        browser.waitForGridText(firstCompetency);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-chart")));
        browser.screenshot("result");
        List<JsonObject> evidence = api.get("api/v1/competency/me/evidence").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("reference", "").contains("(attempt " + attemptId + ")")).toList();
        long attained = result.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonObject("score").getInt("level") >= 1).count();
        assertThat(attained).as("answering every choice question right attains a level somewhere").isPositive();
        assertThat(evidence).hasSize((int) attained);
        browser.open("competencies/me");
        browser.waitForText("Мои компетенции");
        String code = evidence.get(0).getString("competencyCode");
        String name = result.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("competencyCode").equals(code)).findFirst().orElseThrow()
                .getString("competencyName");
        browser.waitForText(name);
        browser.screenshot("profile");
    }

    /**
     * Cross-site request forgery: the employee is signed in to the app; a page served from another origin (another
     * port on 127.0.0.1, so the browser even counts it as the same site and sends the session cookie) posts a form
     * and a credentialed fetch to the API to start the employee's test. The API ignores the session: no attempt
     * starts.
     */
    @Test
    void a_page_from_another_origin_cannot_start_a_test_with_the_employees_signed_in_session() throws Exception {
        Api api = Api.as(base, "employee");
        JsonObject test = api.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getBoolean("canStart")).findFirst().orElseThrow();
        long testId = test.getJsonNumber("testId").longValue();
        assertThat(!test.containsKey("activeAttemptId") || test.isNull("activeAttemptId"))
                .as("no attempt in progress before").isTrue();
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        String target = base.resolve("api/v1/assessment/tests/" + testId + "/attempts").toString();
        String page = "<!doctype html><html><body><h1>Приз ждёт</h1>"
                + "<form id='f' method='post' action='" + target + "' enctype='text/plain'>"
                + "<input type='hidden' name='x' value='y'></form>"
                + "<p id='fetch'>pending</p><script>"
                + "fetch('" + target + "', {method: 'POST', credentials: 'include', mode: 'no-cors'})"
                + ".then(r => document.getElementById('fetch').textContent = 'sent ' + r.type)"
                + ".catch(e => document.getElementById('fetch').textContent = 'failed');"
                + "</script></body></html>";
        com.sun.net.httpserver.HttpServer foreign = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        foreign.createContext("/", exchange -> {
            byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        foreign.start();
        try {
            String origin = "http://127.0.0.1:" + foreign.getAddress().getPort() + "/";
            assertThat(origin).isNotEqualTo(base.resolve("/").toString());
            browser.driver.get(origin);
            // the credentialed fetch completes (opaque to the page: no-cors) ...
            browser.wait.until(d -> !d.findElement(By.id("fetch")).getText().equals("pending"));
            assertThat(browser.driver.findElement(By.id("fetch")).getText()).isEqualTo("sent opaque");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.getElementById('f').submit()");
            // ... and so does the form post, which lands on the API's refusal (no password prompt either)
            browser.wait.until(d -> d.getCurrentUrl().startsWith(target)
                    && d.findElement(By.tagName("body")).getText().contains("code"));
            String answer = browser.driver.findElement(By.tagName("body")).getText();
            browser.screenshot("forged-post");
            assertThat(answer).as("the forged form post is refused").contains("UNAUTHENTICATED");
        } finally {
            foreign.stop(0);
        }
        JsonObject after = api.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("testId").longValue() == testId).findFirst().orElseThrow();
        assertThat(!after.containsKey("activeAttemptId") || after.isNull("activeAttemptId"))
                .as("no attempt was started by the foreign page").isTrue();
        assertThat(after.getInt("attemptsUsed")).isEqualTo(test.getInt("attemptsUsed"));
        // the employee is still signed in to the app itself
        browser.open("tests");
        browser.waitForText(test.getString("title"));
    }

    // ---- the home page by role: tiles the contexts contribute, with the figures their REST answers give ----

    @Test
    void the_employees_home_shows_the_profile_match_the_assigned_tests_with_deadlines_and_the_latest_results() {
        Api employee = Api.as(base, "employee");
        List<JsonObject> toTake = employee.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class)
                .stream().filter(t -> t.getBoolean("assigned")
                        && (t.getBoolean("canStart")
                                || t.containsKey("activeAttemptId") && !t.isNull("activeAttemptId")))
                .toList();
        assertThat(toTake).as("the seeded content assigns the employee a test").isNotEmpty();
        long smirnova = Api.personIdsByCode(base).get("PER-0001");
        double fit = Api.as(base, "admin").get("api/v1/competency/persons/" + smirnova + "/gaps").json()
                .getJsonNumber("fit").doubleValue();

        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте, ");
        assertThat(figure("home-profile-match")).isEqualTo(Math.round(fit * 100) + " %");
        assertThat(figure("home-my-tests")).isEqualTo(String.valueOf(toTake.size()));
        String myTests = browser.driver.findElement(By.id("home-my-tests")).getText();
        assertThat(myTests).contains(toTake.get(0).getString("title"));
        if (!toTake.get(0).isNull("dueDate")) {
            String due = toTake.get(0).getString("dueDate"); // yyyy-MM-dd
            assertThat(myTests).contains("до " + due.substring(8, 10) + "." + due.substring(5, 7)
                    + "." + due.substring(0, 4));
        }
        assertThat(browser.driver.findElements(By.id("home-my-results"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("home-headcount"))).as("no HR tile for an employee").isEmpty();
        assertThat(browser.driver.findElements(By.id("home-audit"))).as("no administrator tile").isEmpty();
        assertThat(browser.driver.findElements(By.id("shortcut-people"))).as("no shortcut to a view they cannot open")
                .isEmpty();
        browser.screenshot("home");

        browser.click(By.cssSelector("#home-my-tests .home-more"));
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/tests"));
        browser.waitForText(toTake.get(0).getString("title"));
    }

    @Test
    void the_hr_officers_home_counts_their_scope_only_with_people_overdue_and_tests_in_progress() {
        Api hr = Api.as(base, "hr");
        long headcount = hr.get("api/v1/persons?limit=1").json().getJsonNumber("total").longValue();
        JsonObject highest = hr.get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("ASM-HIGHEST-2026")).findFirst().orElseThrow();
        long alekseeva = hr.get("api/v1/persons?q=" + java.net.URLEncoder.encode("Алексеева",
                java.nio.charset.StandardCharsets.UTF_8)).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        assertThat(hr.post("api/v1/assessment/tests/" + highest.getJsonNumber("id") + "/assignments",
                "{\"target\":\"PERSON\",\"targetId\":" + alekseeva + ",\"dueDate\":\"" + yesterday + "\"}").status())
                .isEqualTo(201);
        JsonObject running = hr.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getBoolean("canStart")).findFirst().orElseThrow();
        assertThat(hr.post("api/v1/assessment/tests/" + running.getJsonNumber("testId") + "/attempts", "{}").status())
                .isBetween(200, 201); // the officer, an employee too, is taking a test now

        browser.signIn("hr", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте, ");
        assertThat(figure("home-headcount")).isEqualTo(String.valueOf(headcount));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-gap-summary")));
        assertThat(browser.driver.findElement(By.id("home-gap-summary")).getText()).contains("Ниже минимального");
        assertThat(Long.parseLong(figure("home-tests-progress"))).isPositive();
        String progress = browser.driver.findElement(By.id("home-tests-progress")).getText();
        assertThat(progress).contains(highest.getString("title")).contains("просрочили: 1");
        assertThat(progress).containsPattern("Проходят тест сейчас\\s+[1-9]");
        assertThat(browser.driver.findElements(By.id("home-my-tests"))).as("the officer is an employee too")
                .hasSize(1);
        assertThat(browser.driver.findElements(By.id("home-failed-sign-ins"))).isEmpty();
        assertThat(Api.as(base, "admin").get("api/v1/audit?action=HEATMAP_READ&actor=hr&targetType=gap-summary")
                .json().getJsonNumber("total").longValue()).as("the gap summary reads levels: audited").isPositive();
        browser.screenshot("home-hr");
        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));

        long tverHeadcount = Api.as(base, "hr.tver").get("api/v1/persons?limit=1").json().getJsonNumber("total")
                .longValue();
        browser.signIn("hr.tver", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте, ");
        assertThat(figure("home-headcount")).isEqualTo(String.valueOf(tverHeadcount));
        assertThat(browser.driver.findElement(By.id("home-tests-progress")).getText())
                .as("Вологда's overdue person is not in Тверь's scope").doesNotContain(highest.getString("title"));
        browser.screenshot("home-hr-tver");

        // the HR home costs a fixed number of SQL statements, whatever the size of the scope (no query per person)
        long tverStatements = homeStatements();
        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));
        long regionHeadcount = Api.as(base, "hr.region").get("api/v1/persons?limit=1").json().getJsonNumber("total")
                .longValue();
        browser.signIn("hr.region", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте, ");
        long regionStatements = homeStatements();
        System.out.printf("HR home page SQL statements: %d for %d people (Тверь), %d for %d people (region)%n",
                tverStatements, tverHeadcount, regionStatements, regionHeadcount);
        assertThat(regionHeadcount - tverHeadcount).as("the region has many more people").isGreaterThan(20);
        assertThat(regionStatements).isLessThan(tverStatements + 10);
    }

    /** SQL statements the server executes to show the home page (read from its own counter around a reload). */
    private long homeStatements() {
        Api admin = Api.as(base, "admin");
        long before = sqlStatements(admin);
        long counting = sqlStatements(admin) - before; // what reading the counter costs by itself
        before = sqlStatements(admin);
        browser.open("");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#home-tests-progress .figure-value")));
        return sqlStatements(admin) - before - counting;
    }

    private static long sqlStatements(Api admin) {
        return admin.get("api/v1/assessment/maintenance/sql-statements").json().getJsonNumber("statements").longValue();
    }

    @Test
    void the_methodologists_home_shows_standard_and_test_drafts_and_flagged_items() {
        Api methodologist = Api.as(base, "methodologist");
        String code = "HOME-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        String settings = jakarta.json.Json.createObjectBuilder().add("title", "Черновик теста " + code)
                .add("timeLimitSeconds", 600).add("attemptsAllowed", 1).add("review", "SCORE_ONLY")
                .add("openForSelf", false).add("shuffleQuestions", true).add("shuffleOptions", true)
                .add("onePerPage", true)
                .add("rules", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("competencyCode", "DIG-01").add("count", 2)))
                .add("cuts", jakarta.json.Json.createArrayBuilder())
                .add("accommodations", jakarta.json.Json.createArrayBuilder()).build().toString();
        assertThat(methodologist.post("api/v1/assessment/tests?code=" + code, settings).status()).isEqualTo(201);
        long draftTests = methodologist.get("api/v1/assessment/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("status").equals("DRAFT")).count();

        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте, ");
        assertThat(figure("home-assessment-drafts")).isEqualTo(String.valueOf(draftTests));
        assertThat(browser.driver.findElement(By.id("home-assessment-drafts")).getText())
                .contains("Черновик теста " + code);
        assertThat(figure("home-standard-drafts")).matches("\\d+");
        assertThat(figure("home-flagged-items")).matches("\\d+");
        assertThat(browser.driver.findElements(By.id("home-headcount"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("shortcut-assessment-bank"))).hasSize(1);
        browser.screenshot("home-methodologist");
        browser.click(By.id("shortcut-assessment-bank"));
        browser.wait.until(d -> d.getCurrentUrl().endsWith("/assessment/bank"));
    }

    @Test
    void the_administrators_home_shows_recent_audit_events_and_failed_sign_ins_also_in_english() {
        String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(Api.as(base, intruder, "wrong-password").get("api/v1/persons").status()).isEqualTo(401);
        String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(6).toString();
        long failed = Api.as(base, "admin").get("api/v1/audit?action=LOGIN&outcome=FAILURE&from=" + from).json()
                .getJsonNumber("total").longValue();

        browser.open("login");
        browser.click(By.id("switch-language"));
        browser.waitForText("Municipal Academy");
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.waitForText("Hello, ");
        assertThat(figure("home-failed-sign-ins")).isEqualTo(String.valueOf(failed));
        assertThat(browser.driver.findElement(By.id("home-failed-sign-ins")).getText()).contains("Failed sign-ins")
                .contains(intruder);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-audit")));
        assertThat(browser.driver.findElement(By.id("home-audit")).getText()).contains("Latest audit events")
                .contains(intruder).doesNotContain("!");
        assertThat(browser.driver.findElements(By.id("home-headcount"))).hasSize(1);
        assertThat(browser.driver.findElements(By.id("shortcut-audit"))).hasSize(1);
        browser.screenshot("home-admin");
    }

    /** The big figure of a home tile. */
    private String figure(String tileId) {
        return browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + tileId + " .figure-value"))).getText().trim();
    }

    /** Slots of single-choice and true/false questions, in the attempt's order. */
    private static List<Integer> choiceSlots(Api api, long attemptId) {
        return api.get("api/v1/assessment/attempts/" + attemptId).json().getJsonArray("slots")
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> Set.of("SINGLE_CHOICE", "TRUE_FALSE").contains(s.getString("type")))
                .map(s -> s.getInt("slot")).toList();
    }

    private static long answered(Api api, long attemptId) {
        return api.get("api/v1/assessment/attempts/" + attemptId).json().getJsonArray("slots")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.getBoolean("answered")).count();
    }

    /** The right option's text for each choice slot, looked up by its wording in the bank (as a methodologist). */
    private Map<Integer, String> rightOptions(Api api, long attemptId) {
        Api methodologist = Api.as(base, "methodologist");
        Map<Integer, String> out = new HashMap<>();
        for (JsonObject slot : api.get("api/v1/assessment/attempts/" + attemptId).json().getJsonArray("slots")
                .getValuesAs(JsonObject.class)) {
            if (!Set.of("SINGLE_CHOICE", "TRUE_FALSE").contains(slot.getString("type"))) {
                continue;
            }
            // the first line: a picture's reference on a later line is not in the searchable text
            String stem = slot.getString("stem").split("\n")[0].replaceAll("\\s+", " ").trim();
            String probe = stem.substring(0, Math.min(60, stem.length()));
            JsonObject question = methodologist.get("api/v1/assessment/questions?limit=20&q="
                    + java.net.URLEncoder.encode(probe, java.nio.charset.StandardCharsets.UTF_8)).json()
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(q -> q.getString("type").equals(slot.getString("type"))).findFirst().orElseThrow();
            JsonObject content = methodologist.get("api/v1/assessment/questions/"
                    + question.getJsonNumber("id").longValue()).json().getJsonObject("content");
            out.put(slot.getInt("slot"), content.getJsonArray("options").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getJsonNumber("weight").doubleValue() >= 100).findFirst().orElseThrow()
                    .getString("text"));
        }
        return out;
    }

    /** Picks the radio option with the given text on a question. */
    private void answer(int slot, String optionText) {
        browser.click(By.id("nav-" + slot));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-" + slot)));
        WebElement radio = browser.driver.findElement(By.id("answer-" + slot))
                .findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().trim().equals(optionText.trim())).findFirst().orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].querySelector('input').click()", radio);
    }

    @Test
    void an_employee_finds_a_programme_by_competency_reads_its_page_and_a_lesson_and_a_methodologist_opens_it() {
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.wait.until(d -> textOf("home-courses").contains("Курсы"));
        browser.open("learning/catalogue?competency=INB-01");
        browser.waitForGridText("Инициативное бюджетирование");
        assertThat(browser.gridText()).doesNotContain("Проектное управление");
        browser.screenshot("catalogue");
        browser.click(By.id("programme-link-IB-72"));
        browser.wait.until(d -> textOf("programme-title").startsWith("Инициативное"));
        assertThat(textOf("programme-facts"))
                .contains("Удостоверение о повышении квалификации").contains("72 ч");
        assertThat(textOf("competency-INB-01")).contains("целевой уровень 3");
        assertThat(textOf("programme-description")).contains("72 часа");
        assertThat(textOf("programme-outline"))
                .contains("Модуль 1. Правовые основы инициативного бюджетирования").contains("Проверка по модулю");
        browser.screenshot("programme");
        browser.click(By.cssSelector("#programme-outline a"));
        browser.wait.until(d -> "Что такое инициативный проект".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("const h = document.querySelector('#lesson-body h3'); return h && h.textContent;")));
        assertThat(browser.driver.findElements(By.cssSelector("#lesson-body script, #lesson-body [onclick]")))
                .isEmpty();
        browser.screenshot("lesson");
        browser.click(By.id("lesson-next"));
        browser.wait.until(d -> textOf("lesson-title").startsWith("Порядок выдвижения"));
        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));

        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.wait.until(d -> textOf("home-programme-drafts").contains("Территориальное"));
        browser.open("learning/programmes/IB-72");
        browser.click(By.id("programme-edit"));
        browser.wait.until(d -> textOf("outline-editor").contains("Инициативный проект в законе"));
        assertThat(textOf("outline-editor")).contains("Программа опубликована");
        browser.screenshot("editor");
        browser.open("learning/providers");
        browser.waitForGridText("СЗИУ (учебный)");
        browser.clickCell("ТЦРК Тверь (учебный)");
        browser.wait.until(d -> "6902013471".equals(browser.input(By.id("provider-inn")).getAttribute("value")));
        browser.screenshot("providers");
    }

    @Test
    void a_scorm_lesson_resumes_after_the_browser_closed_and_its_status_and_score_reach_the_platform() {
        Api m = Api.as(base, "methodologist");
        long lesson = m.get("api/v1/learning/programmes/TOS-16").json().getJsonArray("modules")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(x -> x.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
                .filter(l -> l.getString("kind").equals("SCORM")).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
        String attempt = "api/v1/learning/scorm/programmes/TOS-16/lessons/" + lesson + "/attempt";
        browser.signIn("methodologist", Api.DEMO_PASSWORD); // the draft's author tries the package out
        browser.waitForText("Здравствуйте");
        toPageThreeCloseTheBrowserAndResume(m, "methodologist", "learning/programmes/TOS-16/lessons/" + lesson,
                attempt, "a_scorm_lesson_resumes-second-browser");
        browser.click(By.id("sco-next"));
        browser.click(By.id("q1-b"));
        browser.click(By.id("q2-c"));
        browser.click(By.id("q3-a"));
        browser.click(By.id("sco-submit"));
        browser.wait.until(d -> d.findElement(By.id("sco-result")).getText().contains("Практикум пройден"));
        browser.wait.until(d -> "passed".equals(m.get(attempt).json().getString("lessonStatus", "")));
        JsonObject a = m.get(attempt).json();
        assertThat(a.getJsonNumber("scoreRaw").doubleValue()).isEqualTo(100.0);
        assertThat(a.getInt("sessions")).isEqualTo(2);
        browser.driver.switchTo().defaultContent();
        browser.screenshot("scorm-passed");
    }

    /** Into the SCO's frame: the lesson page holds the player, the player holds the package's page. */
    private void intoScorm() {
        browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-player")));
        browser.wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("scorm-frame")));
    }

    /** The text content of an element by id ("" while it is missing), whether or not it is scrolled into view. */
    private String textOf(String id) {
        Object text = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id);
        return text == null ? "" : text.toString();
    }

    // ---- the import screens on the kit's upload panel: a refused file, the dry-run preview, the confirmation ----

    /**
     * The standard import as a methodologist does it with Excel in Russian: CSV files in Windows-1251 separated by
     * semicolons. A file with mistakes lists every one with its line, and nothing is stored; the corrected file shows
     * its preview (six new elements, still nothing stored), the confirmation stores the new standard as a draft.
     * Once that version is published, the next file's preview names what changes, what is new and what goes.
     */
    /**
     * Issue 13, point 6: a CASE file as OpenSALT exports it, whose CFItemTypes «Domain» and «Standard» are not ours,
     * is mapped to our types in the import panel's grid (found by a dry run when the file is chosen) and imports.
     */
    @Test
    void a_methodologist_maps_the_unknown_case_item_types_of_an_opensalt_file_and_imports_it() throws Exception {
        Api methodologist = Api.as(base, "methodologist");
        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("competencies/editor");
        browser.click(By.cssSelector("#import-panel > vaadin-details-summary"));
        String current = browser.input(By.id("import-standard")).getAttribute("value");
        browser.upload(By.id("import-upload"), java.nio.file.Path.of(
                BrowserJourneyIT.class.getResource("/case/opensalt-style-framework.json").toURI()));
        browser.wait.until(d -> d.findElement(By.id("import-file")).getText().equals("opensalt-style-framework.json"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-item-types")));
        assertThat(browser.gridText(By.id("import-item-types"))).contains("Domain", "Standard")
                .doesNotContain("Competency");
        browser.choose(By.id("import-item-type-0"), "Областью компетенций");
        browser.choose(By.id("import-item-type-1"), "Компетенцией: Профессиональная");
        browser.click(By.id("import-run"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-preview")));
        assertThat(browser.gridText(By.id("import-preview"))).contains("ЦК.1", "Создать");
        browser.screenshot("case-item-types");
        browser.click(By.id("import-confirm"));
        browser.waitForText("Файл импортирован как черновик");
        java.util.regex.Matcher done = java.util.regex.Pattern.compile(
                "Файл импортирован как черновик редакции (\\d+)(?: стандарта (\\S+))?\\.").matcher(browser.allText());
        assertThat(done.find()).isTrue();
        String code = done.group(2) == null ? current : done.group(2);
        JsonObject draft = methodologist.get("api/v1/competency/standards/" + code + "/versions").array()
                .getValuesAs(JsonObject.class).stream().filter(v -> v.getString("status").equals("DRAFT"))
                .findFirst().orElseThrow();
        assertThat(methodologist.get("api/v1/competency/versions/" + draft.getJsonNumber("id")).json().toString())
                .contains("\"ЦК.1\"").contains("PROFESSIONAL").contains("MANAGERIAL");
    }

    @Test
    void a_methodologist_imports_a_new_standard_from_a_windows_1251_csv_after_a_refused_file_and_a_preview()
            throws Exception {
        String code = "OBR-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        Api methodologist = Api.as(base, "methodologist");
        byte[] csv = java.nio.file.Files.readAllBytes(fixture("standard-cp1251.csv"));
        assertThat(new String(csv, "windows-1251")).startsWith("record;code;parent;name")
                .contains("Организация приёма граждан");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(csv))).as("the fixture is Windows-1251, not UTF-8")
                .isInstanceOf(java.nio.charset.CharacterCodingException.class);
        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("competencies/editor");
        browser.click(By.cssSelector("#import-panel > vaadin-details-summary"));
        browser.type(By.id("import-standard"), code);
        browser.type(By.id("import-title"), "Работа с обращениями граждан");

        // a file with five mistakes: all five, each with its line; nothing stored
        uploadAndRun("import", "standard-errors-cp1251.csv");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        String errors = browser.gridText(By.id("import-errors"));
        assertThat(errors).as("places and texts in the user's language (Russian)").contains("строка 3",
                "пропущен уровень 2", "строка 5", "«ПРОФЕССИОНАЛЬНАЯ» — не вид компетенции", "строка 6",
                "область «ОБР» не задана", "строка 7", "компетенция «OBR-09» в этом файле не задана", "строка 8",
                "Столбец «name» пуст").doesNotContain("строка 2", "строка 4", "line ");
        browser.screenshot("standard-errors");
        assertThat(browser.driver.findElements(By.id("import-confirm"))).noneMatch(WebElement::isDisplayed);
        assertThat(methodologist.get("api/v1/competency/standards/" + code + "/versions").array())
                .as("a refused file stores nothing").isEmpty();

        // the corrected file: the preview lists every element as new; the dry run stores nothing either
        browser.removeUploadedFile(By.id("import-upload"));
        uploadAndRun("import", "standard-cp1251.csv");
        awaitSummary("import", "Будет создано: 6, изменено: 0, без изменений: 0");
        assertThat(browser.driver.findElements(By.id("import-errors"))).noneMatch(WebElement::isDisplayed);
        String preview = browser.gridText(By.id("import-preview"));
        assertThat(preview).contains("Уровень 2", "Уверенный", "Область OBR", "Работа с обращениями граждан",
                "Компетенция OBR-01", "Организация приёма граждан", "Компетенция OBR-02",
                "Подготовка ответов на обращения", "Индикаторов: 3", "Создать").doesNotContain("Изменить");
        browser.screenshot("standard-preview");
        assertThat(methodologist.get("api/v1/competency/standards/" + code + "/versions").array())
                .as("the preview stores nothing").isEmpty();

        browser.click(By.id("import-confirm"));
        browser.waitForText("Файл импортирован как черновик редакции 1 стандарта " + code + ".");
        List<JsonObject> versions = methodologist.get("api/v1/competency/standards/" + code + "/versions").array()
                .getValuesAs(JsonObject.class);
        assertThat(versions).singleElement().satisfies(v -> {
            assertThat(v.getString("status")).isEqualTo("DRAFT");
            assertThat(v.getString("standardTitle")).isEqualTo("Работа с обращениями граждан");
        });
        JsonObject draft = versions.get(0);
        JsonObject framework = methodologist.get("api/v1/competency/versions/" + draft.getJsonNumber("id")).json();
        assertThat(framework.toString()).contains("Организация приёма граждан")
                .contains("с разъяснением порядка обжалования; «шаблонные» ответы недопустимы.");

        // published, the standard is what the next file is compared with: a changed level, a new and a dropped
        // competency, the rest unchanged
        assertThat(methodologist.post("api/v1/competency/versions/" + draft.getJsonNumber("id") + "/publish?version="
                + draft.getJsonNumber("version"), null).status()).isEqualTo(200);
        uploadAndRun("import", "standard-v2-cp1251.csv");
        awaitSummary("import", "Будет создано: 1, изменено: 1, удалено: 1, без изменений: 4");
        preview = browser.gridText(By.id("import-preview"));
        assertThat(preview).contains("Изменить", "Уровень 2 — описание: было «Самостоятельно ведёт приём и "
                        + "рассмотрение обращений граждан в установленные сроки.», стало «Самостоятельно ведёт приём, "
                        + "регистрацию и рассмотрение обращений граждан, в том числе электронных, "
                        + "в установленные сроки.»",
                "Компетенция OBR-03", "Работа с электронными обращениями", "Удалить", "Компетенция OBR-02",
                "Без изменений");
        browser.screenshot("standard-update-preview");
        browser.click(By.id("import-confirm"));
        browser.waitForText("Файл импортирован как черновик редакции 2 стандарта " + code + ".");
        assertThat(methodologist.get("api/v1/competency/standards/" + code + "/versions").array()
                .getValuesAs(JsonObject.class)).extracting(v -> v.getString("status") + " " + v.getInt("number"))
                .containsExactly("DRAFT 2", "PUBLISHED 1");
    }

    /**
     * The question-bank import: a GIFT file with mistakes lists each with its line and stores nothing; a correct one
     * (a question with a picture in [html], a true/false question) shows the dry run, and the confirmation stores
     * both questions, the picture in the file store; in the update mode, a file with one question reworded
     * previews that change field by field and the other question as unchanged.
     */
    @Test
    void a_methodologist_imports_gift_questions_with_a_picture_after_a_refused_file_and_previews_an_update()
            throws Exception {
        Api methodologist = Api.as(base, "methodologist");
        openBankImport();
        // other journeys of this class import BRW- questions of their own: count, don't assume none
        int before = methodologist.get("api/v1/assessment/questions?q=BRW-&limit=10").json().getInt("total");

        uploadAndRun("bank-import", "bank-errors.gift");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bank-import-errors")));
        assertThat(browser.gridText(By.id("bank-import-errors"))).contains(
                "строка 5", "Нет правильного ответа", "строка 7", "«абв» — не число",
                "строка 9", "Не закрыта фигурная скобка ответа").doesNotContain("строка 3", "line ");
        browser.screenshot("bank-errors");
        assertThat(methodologist.get("api/v1/assessment/questions?q=BRW-&limit=10").json().getInt("total"))
                .as("a refused file stores nothing").isEqualTo(before);

        browser.removeUploadedFile(By.id("bank-import-upload"));
        uploadAndRun("bank-import", "bank-ok.gift");
        awaitSummary("bank-import", "Будет создано: 2, изменено: 0, без изменений: 0");
        assertThat(browser.gridText(By.id("bank-import-preview"))).contains("Создать", "строка 4", "BRW-GIFT-01",
                "строка 6", "BRW-GIFT-02");
        browser.screenshot("bank-preview");
        assertThat(methodologist.get("api/v1/assessment/questions?q=BRW-GIFT&limit=10").json().getInt("total"))
                .as("the dry run stores nothing").isZero();
        browser.click(By.id("bank-import-confirm"));
        browser.wait.until(d -> d.findElement(By.id("bank-import-done")).getText()
                .equals("Импорт выполнен: новых вопросов — 2, новых редакций — 0, без изменений — 0."));
        browser.type(By.id("bank-search"), "BRW-GIFT");
        browser.waitForGridText("BRW-GIFT-02");

        // the picture went to the file store and is served as exactly what it is
        String gift = java.nio.file.Files.readString(fixture("bank-ok.gift"));
        java.util.regex.Matcher data = java.util.regex.Pattern.compile("base64,([A-Za-z0-9+/\\\\=]+)\\\\?\"")
                .matcher(gift);
        assertThat(data.find()).isTrue();
        byte[] png = java.util.Base64.getDecoder().decode(data.group(1).replace("\\", ""));
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(png));
        JsonObject picture = question(methodologist, "BRW-GIFT-01");
        assertThat(picture.getJsonObject("content").getString("stem"))
                .isEqualTo("Какая сеть показана на схеме?\n![Схема сети администрации](file:" + sha + ")");
        Api.Reply served = methodologist.getAny("api/v1/files/" + sha);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");

        // the update mode: one question reworded, the other as it was
        WebElement update = browser.driver.findElement(By.id("bank-import-mode"))
                .findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().startsWith("Обновить вопросы")).findFirst().orElseThrow();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].querySelector('input').click()", update);
        uploadAndRun("bank-import", "bank-update.gift");
        awaitSummary("bank-import", "Будет создано: 0, изменено: 1, без изменений: 1");
        assertThat(browser.gridText(By.id("bank-import-preview"))).contains("Изменить", "BRW-GIFT-02",
                "Текст вопроса: «Муниципальный правовой акт в электронной форме подписывается усиленной "
                        + "квалифицированной электронной подписью.» → «Муниципальный правовой акт в электронной "
                        + "форме подписывается усиленной квалифицированной электронной подписью главы "
                        + "муниципального образования.»", "Без изменений", "BRW-GIFT-01");
        browser.screenshot("bank-update-preview");
        assertThat(question(methodologist, "BRW-GIFT-02").getJsonObject("content").getString("stem"))
                .as("the update's dry run stores nothing").endsWith("электронной подписью.");
        browser.click(By.id("bank-import-confirm"));
        browser.wait.until(d -> d.findElement(By.id("bank-import-done")).getText().startsWith(
                "Импорт выполнен: новых вопросов — 0,"));
        assertThat(browser.driver.findElement(By.id("bank-import-done")).getText()).endsWith("без изменений — 1.");
        assertThat(question(methodologist, "BRW-GIFT-02").getJsonObject("content").getString("stem"))
                .endsWith("подписью главы муниципального образования.");
    }

    /**
     * The import dialog's category mapping and partial import: choosing a file lists its Moodle category, the
     * methodologist gives it a competency and asks for a partial import; the preview lists the one bad question,
     * the confirmation stores the good one with the chosen competency and offers the report of the refused one.
     */
    @Test
    void a_methodologist_maps_a_gift_category_to_a_competency_and_imports_the_valid_questions_with_a_report()
            throws Exception {
        Api methodologist = Api.as(base, "methodologist");
        openBankImport();
        browser.choose(By.id("bank-import-level"), "2");

        browser.upload(By.id("bank-import-upload"), fixture("bank-categories.gift"));
        browser.wait.until(d -> d.findElement(By.id("bank-import-file")).getText().equals("bank-categories.gift"));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bank-import-categories")));
        assertThat(browser.gridText(By.id("bank-import-categories"))).contains("Тема браузера");
        browser.choose(By.id("bank-import-category-0"), "DIG-01");
        browser.check(By.id("bank-import-partial"));
        browser.click(By.id("bank-import-run"));
        awaitSummary("bank-import", "Будет создано: 1, изменено: 0, без изменений: 0");
        assertThat(browser.gridText(By.id("bank-import-errors"))).contains("строка 6", "Нет правильного ответа");
        browser.screenshot("bank-categories-preview");

        browser.click(By.id("bank-import-confirm"));
        browser.wait.until(d -> d.findElement(By.id("bank-import-done")).getText().contains("Не принято вопросов: 1"));
        WebElement report = browser.driver.findElement(By.id("bank-import-report"));
        assertThat(report.isDisplayed()).isTrue();
        assertThat(report.getAttribute("href")).isNotBlank();
        JsonObject stored = question(methodologist, "BRW-CAT-01");
        assertThat(stored.getString("competencyCode")).isEqualTo("DIG-01");
        assertThat(stored.getString("category")).isEqualTo("Тема браузера");
        assertThat(methodologist.get("api/v1/assessment/questions?q=BRW-CAT-BAD&limit=10").json().getInt("total"))
                .isZero();
    }

    /** Chooses a fixture in an upload panel (element ids start with {@code panel}) and runs its check or import. */
    /**
     * A Moodle XML export (.xml) goes through the same import dialog, whose hint names the format: the dry run lists
     * both questions by their number in the file, and the confirmation stores them.
     */
    @Test
    void a_methodologist_imports_a_moodle_xml_file_through_the_bank_dialog() throws Exception {
        Api methodologist = Api.as(base, "methodologist");
        openBankImport();

        uploadAndRun("bank-import", "bank-moodle.xml");
        awaitSummary("bank-import", "Будет создано: 2, изменено: 0, без изменений: 0");
        assertThat(browser.gridText(By.id("bank-import-preview"))).contains("Создать", "вопрос 1", "BRW-XML-01",
                "вопрос 2", "BRW-XML-02");
        assertThat(methodologist.get("api/v1/assessment/questions?q=BRW-XML&limit=10").json().getInt("total"))
                .as("the dry run stores nothing").isZero();
        browser.click(By.id("bank-import-confirm"));
        browser.wait.until(d -> d.findElement(By.id("bank-import-done")).getText()
                .equals("Импорт выполнен: новых вопросов — 2, новых редакций — 0, без изменений — 0."));
        assertThat(question(methodologist, "BRW-XML-02").getJsonObject("content").getJsonArray("sequence")
                .getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                .containsExactly("Подготовить", "Подписать", "Отправить");
        assertThat(question(methodologist, "BRW-XML-01").getJsonObject("content").getString("stem"))
                .startsWith("Какая сеть показана на схеме?\n![Схема](file:");
    }

    /**
     * Issue 13's journey: a methodologist imports a Moodle XML bank with a picture and an essay through the bank's
     * dialog, an employee takes a test drawing them (the picture shown, the essay typed), the attempt awaits
     * grading, the methodologist grades the essay in «Проверка ответов» and the result appears with its levels.
     */
    @Test
    void a_moodle_xml_bank_with_a_picture_and_an_essay_is_taken_graded_and_gives_levels() throws Exception {
        Api methodologist = Api.as(base, "methodologist");
        openBankImport();
        browser.check(By.id("bank-import-activate"));
        uploadAndRun("bank-import", "bank-moodle-essay.xml");
        awaitSummary("bank-import", "Будет создано: 2, изменено: 0, без изменений: 0");
        browser.click(By.id("bank-import-confirm"));
        browser.wait.until(d -> d.findElement(By.id("bank-import-done")).getText().startsWith("Импорт выполнен"));
        JsonObject essay = question(methodologist, "BRW-ESS-02");
        assertThat(essay.getJsonObject("content").getString("type")).isEqualTo("ESSAY");
        assertThat(essay.getString("status")).isEqualTo("ACTIVE");
        assertThat(question(methodologist, "BRW-ESS-01").getJsonObject("content").getString("stem"))
                .contains("(file:");

        // a test drawing every active question of INV-02 level 3: the seeded ones and the two imported
        long pool = methodologist.get("api/v1/assessment/questions?competency=INV-02&level=3&status=ACTIVE&limit=1")
                .json().getJsonNumber("total").longValue();
        String settings = Json.createObjectBuilder().add("title", "Инвестиции: эссе из Moodle")
                .add("timeLimitSeconds", 1800).add("attemptsAllowed", 1).add("review", "COMPETENCY_REPORT")
                .add("openForSelf", true).add("shuffleQuestions", false).add("shuffleOptions", false)
                .add("onePerPage", true).add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("competencyCode", "INV-02").add("level", 3).add("count", pool)))
                .add("cuts", Json.createArrayBuilder()).add("accommodations", Json.createArrayBuilder())
                .build().toString();
        Api.Reply created = methodologist.post("api/v1/assessment/tests?code=BRW-ESSAY", settings);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long testId = created.json().getJsonNumber("id").longValue();
        assertThat(methodologist.post("api/v1/assessment/tests/" + testId + "/publish?version="
                + created.json().getJsonNumber("version").longValue(), null).status()).isEqualTo(200);
        browser.close();

        browser = new Browser(base, "a_moodle_xml_bank-employee");
        Api employee = Api.as(base, "employee");
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("tests");
        browser.click(By.id("start-" + testId));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/attempt/"));
        String url = browser.driver.getCurrentUrl();
        long attemptId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*", ""));
        List<JsonObject> slots = employee.get("api/v1/assessment/attempts/" + attemptId).json().getJsonArray("slots")
                .getValuesAs(JsonObject.class);
        int pictured = slots.stream().filter(x -> x.getString("stem").contains("(file:")).findFirst().orElseThrow()
                .getInt("slot");
        int essaySlot = slots.stream().filter(x -> x.getString("type").equals("ESSAY")).findFirst().orElseThrow()
                .getInt("slot");
        browser.click(By.id("nav-" + pictured));
        browser.wait.until(d -> d.findElements(By.cssSelector("img.question-image")).stream()
                .anyMatch(img -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return arguments[0].complete && arguments[0].naturalWidth > 0", img))));
        browser.screenshot("picture-shown");
        Map<Integer, String> right = rightOptions(employee, attemptId);
        for (int slot : choiceSlots(employee, attemptId)) {
            answer(slot, right.get(slot));
        }
        browser.click(By.id("nav-" + essaySlot));
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-" + essaySlot)));
        // the essay's stem is rich text: its MathML fraction is in the page as MathML (Chromium lays it out)
        WebElement fraction = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".rich-text math mfrac")));
        assertThat(fraction.getRect().getHeight()).as("the fraction is laid out").isPositive();
        WebElement words = browser.driver.findElement(By.cssSelector(".rich-text strong"));
        assertThat(Math.abs(fraction.getRect().getY() - words.getRect().getY())).as("inline, in the sentence's line")
                .isLessThan(words.getRect().getHeight());
        browser.screenshot("mathml-shown");
        WebElement area = browser.driver.findElement(By.cssSelector("#answer-" + essaySlot + " textarea"));
        area.sendKeys("Единое окно для инвестора, паспорт проекта и сроки согласований, сопровождение куратором "
                + "от заявки до ввода объекта.");
        area.sendKeys(Keys.TAB);
        browser.wait.until(d -> slotAnswered(employee, attemptId, essaySlot));
        browser.click(By.id("finish-attempt"));
        browser.click(By.id("finish-confirm"));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/result/"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-awaiting")));
        assertThat(employee.get("api/v1/assessment/attempts/" + attemptId).json().getString("status"))
                .isEqualTo("AWAITING_GRADING");
        browser.close();

        browser = new Browser(base, "a_moodle_xml_bank-grader");
        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("assessment/grading");
        browser.waitForGridText("BRW-ESSAY");
        browser.clickCell("BRW-ESSAY");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grading-points-0")));
        assertThat(browser.driver.findElement(By.id("grading-answer")).getText()).contains("Единое окно");
        assertThat(browser.driver.findElement(By.id("grading-note")).getText()).contains("паспорт проекта");
        browser.type(By.id("grading-points-0"), "4");
        browser.click(By.id("grading-save"));
        browser.wait.until(d -> d.findElement(By.id("grading-status")).getText().startsWith("Оценка сохранена"));
        browser.screenshot("graded");
        browser.close();

        browser = new Browser(base, "a_moodle_xml_bank-result");
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("tests/result/" + attemptId);
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
        JsonObject result = employee.get("api/v1/assessment/attempts/" + attemptId + "/result").json();
        JsonObject inv = result.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("competencyCode").equals("INV-02")).findFirst().orElseThrow();
        assertThat(inv.getJsonObject("score").getInt("level")).as("the graded essay counts").isPositive();
        browser.waitForGridText(inv.getString("competencyName"));
        browser.screenshot("result-with-levels");
    }

    private static boolean slotAnswered(Api api, long attemptId, int slot) {
        return api.get("api/v1/assessment/attempts/" + attemptId).json().getJsonArray("slots")
                .getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getInt("slot") == slot
                        && x.getBoolean("answered"));
    }

    /** Signs in as the methodologist and opens the bank's import dialog (it names every format it reads). */
    private void openBankImport() {
        browser.signIn("methodologist", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("assessment/bank");
        browser.click(By.cssSelector("#bank-import > vaadin-details-summary"));
        browser.waitForText("Moodle XML");
    }

    private void uploadAndRun(String panel, String name) throws Exception {
        browser.upload(By.id(panel + "-upload"), fixture(name));
        browser.wait.until(d -> d.findElement(By.id(panel + "-file")).getText().equals(name));
        browser.click(By.id(panel + "-run"));
    }

    /** Waits for an upload panel's preview summary to say exactly this. */
    private void awaitSummary(String panel, String summary) {
        browser.wait.until(d -> d.findElement(By.id(panel + "-summary")).getText().equals(summary));
    }

    /** A fixture under src/test/resources/imports, as a file the browser can choose. */
    private static java.nio.file.Path fixture(String name) throws Exception {
        return java.nio.file.Path.of(BrowserJourneyIT.class.getResource("/imports/" + name).toURI());
    }

    /** A question of the bank with its content, found by its code. */
    private static JsonObject question(Api api, String code) {
        JsonObject row = api.get("api/v1/assessment/questions?q=" + code + "&limit=10").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(q -> q.getString("code").equals(code)).findFirst()
                .orElseThrow();
        return api.get("api/v1/assessment/questions/" + row.getJsonNumber("id").longValue()).json();
    }

    // ---- staff list with accounts (helper "invite")

    @Test
    void an_hr_officer_loads_the_staff_list_with_accounts_sees_the_preview_confirms_and_the_invited_person_signs_in()
            throws Exception {
        Mailbox.open();
        browser.signIn("hr", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("people");
        browser.click(By.cssSelector("#staff-import-panel vaadin-details-summary"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("staff-import-upload")));
        browser.upload(By.id("staff-import-upload"),
                java.nio.file.Path.of("content/identity/staff-list-vologda.xlsx"));
        browser.wait.until(d -> d.findElement(By.id("staff-import-file")).getText()
                .equals("staff-list-vologda.xlsx"));
        // the mapping guessed from the header is shown for the officer to confirm
        browser.wait.until(d -> browser.input(By.id("staff-import-map-SNILS")).getAttribute("value").equals("СНИЛС"));
        browser.check(By.id("staff-import-accounts"));
        browser.click(By.id("staff-import-run"));

        awaitSummary("staff-import", "Будет создано: 2, изменено: 2, без изменений: 3");
        browser.wait.until(d -> d.findElement(By.id("staff-import-accounts-summary")).getText()
                .equals("Учётные записи: будет создано 1, без e-mail 1"));
        assertThat(browser.gridText(By.id("staff-import-preview"))).contains("Федорова Алина Игоревна",
                "Тихонов Кирилл Андреевич", "Смирнова Анна Викторовна");
        // only the people without an account: the new one with an e-mail, the new one without; not Smirnova
        assertThat(browser.gridText(By.id("staff-import-accounts-grid"))).contains("строка 7",
                "Федорова Алина Игоревна", "fedorova.ai", "Будет создана, приглашение уйдёт на e-mail", "строка 8",
                "Тихонов Кирилл Андреевич", "Не создаётся: нет e-mail").doesNotContain("Смирнова");
        browser.screenshot("preview");
        assertThat(Api.as(base, "admin").get("api/v1/accounts?q=fedorova").json().getJsonNumber("total")
                .longValue()).as("the preview creates nothing").isZero();

        browser.click(By.id("staff-import-confirm"));
        browser.waitForText("Список загружен: создано 2, изменено 2, без изменений 3");
        browser.wait.until(d -> d.findElement(By.id("staff-import-accounts-summary")).getText()
                .equals("Учётные записи: создано 1, без e-mail 1"));
        assertThat(browser.gridText(By.id("staff-import-accounts-grid"))).contains("fedorova.ai",
                "Создана, приглашение поставлено в очередь отправки");
        browser.screenshot("result");

        var mails = Mailbox.await("fedorova.ai@vologda-city.ru", 1, java.time.Duration.ofSeconds(30));
        assertThat(mails).hasSize(1);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("set-password\\?token=[A-Za-z0-9_-]{43}")
                .matcher(Mailbox.body(mails.get(0)));
        assertThat(link.find()).as(Mailbox.body(mails.get(0))).isTrue();
        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));

        browser.open(link.group());
        browser.waitForText("Задайте пароль");
        browser.type(By.id("reset-password"), "fedorova-first-1");
        browser.type(By.id("reset-repeat"), "fedorova-first-1");
        browser.click(By.id("reset-submit"));
        browser.waitForText("Пароль задан");
        browser.signIn("fedorova.ai", "fedorova-first-1");
        browser.waitForText("Здравствуйте");
        assertThat(Api.as(base, "fedorova.ai", "fedorova-first-1").get("api/v1/me").json()
                .getString("lastName")).isEqualTo("Федорова");
    }

    @Test
    void the_verification_address_of_a_documents_qr_code_confirms_it_without_signing_in() {
        JsonObject document = Api.as(base, "employee").get("api/v1/learning/documents/mine").array()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("programmeCode").equals("IB-72"))
                .findFirst().orElseThrow();
        browser.driver.manage().deleteAllCookies();
        browser.open("verify/" + document.getString("verificationCode"));
        browser.wait.until(d -> d.findElement(By.id("verify-found")).isDisplayed());
        assertThat(browser.driver.findElement(By.id("verify-number")).getText())
                .contains(document.getString("registrationNumber"));
        assertThat(browser.driver.findElement(By.id("verify-holder")).getText()).contains("Смирнова Анна Викторовна");
        assertThat(browser.driver.findElement(By.id("verify-programme")).getText()).contains("Инициативное");
        assertThat(browser.driver.findElement(By.id("verify-date")).getText()).contains(SeedCalendar.ru("2026-04-17"));
        assertThat(browser.driver.findElements(By.id("logout"))).as("nobody signed in").isEmpty();
        browser.screenshot("verification");
        browser.open("verify/" + "Z".repeat(12));
        browser.wait.until(d -> d.findElement(By.id("verify-not-found")).isDisplayed());
        assertThat(browser.driver.findElements(By.id("verify-holder"))).isEmpty();

        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("learning/documents");
        browser.waitForGridText(document.getString("registrationNumber"));
        assertThat(browser.gridText()).contains("Инициативное").contains(SeedCalendar.ru("2026-04-17"));
        assertThat(browser.driver.findElements(By.id("document-pdf-" + document.getString("registrationNumber"))))
                .hasSize(1);
        assertThat(browser.driver.findElements(By.id("documents-export"))).as("HR and administrators only").isEmpty();
        browser.screenshot("documents");
        browser.click(By.id("logout"));
        browser.wait.until(ExpectedConditions.urlContains("login"));
    }

    @Test
    void an_employee_enrols_from_the_programme_page_marks_a_lesson_done_and_sees_it_in_my_courses() {
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("learning/programmes/PM-36");
        browser.wait.until(d -> d.findElement(By.id("programme-cohorts")).getText().contains("PM-36-2027-01"));
        browser.click(By.id("cohort-enrol-PM-36-2027-01"));
        browser.wait.until(d -> !d.findElements(By.id("cohort-status-PM-36-2027-01")).isEmpty()
                && d.findElement(By.id("cohort-status-PM-36-2027-01")).getText().contains("Зачислен"));
        browser.screenshot("programme-enrolled");
        browser.click(By.cssSelector("#programme-outline a"));
        browser.click(By.id("lesson-mark-done"));
        browser.wait.until(d -> !d.findElements(By.id("lesson-done")).isEmpty());
        browser.open("my-courses");
        browser.wait.until(d -> d.findElement(By.id("my-courses")).getText().contains("Проектное управление"));
        assertThat(browser.driver.findElement(By.id("my-courses")).getText()).contains("PM-36-2027-01")
                .contains("Зачислен").containsPattern("Пройдено 1 из \\d+ обязательных занятий");
        long enrolment = Api.as(base, "employee").get("api/v1/learning/enrolments/mine").array()
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("cohortCode").equals("PM-36-2027-01"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        // her other courses (the acceptance journey's) may be listed too: this one's card has one progress bar
        assertThat(browser.driver.findElements(By.cssSelector("#course-" + enrolment + " vaadin-progress-bar")))
                .hasSize(1);
        browser.screenshot("my-courses");
    }

    // ---- the acceptance journey of training courses: assess → gap → learn → evidence ----

    /**
     * Issue 10's acceptance journey. The demo employee has a gap in STR-02 (no level; the profile of her position
     * group asks for 2) and MON-16 develops it. She opens the programme, enrols in its open cohort, marks the text
     * lesson done, works through the SCORM practicum — closing the browser on page 3 and coming back to page 3 —
     * until it reports passed with its score, takes the module check (an assessment test drawn from the item bank),
     * sees the course completed, downloads the PDF of her certificate (a PDF with her name and the QR code), opens the
     * verification address the QR code holds without signing in, and finds the STR-02 gap closed in her profile.
     */
    @Test
    void the_employee_learns_a_programme_that_closes_her_gap_from_enrolment_to_a_verified_certificate()
            throws Exception {
        String code = "MON-16";
        String cohort = "MON-16-2026-12";
        String competency = "STR-02";
        Api employee = Api.as(base, "employee");
        JsonObject gapBefore = gapOf(employee, competency);
        assertThat(gapBefore.getInt("gap")).as("the employee starts with a gap in " + competency).isPositive();
        assertThat(employee.get("api/v1/learning/enrolments/mine").array().getValuesAs(JsonObject.class))
                .noneMatch(e -> e.getString("programmeCode").equals(code));
        List<JsonObject> lessons = employee.get("api/v1/learning/programmes/" + code).json().getJsonArray("modules")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream()).toList();
        long text = lessonOfKind(lessons, "TEXT");
        long scorm = lessonOfKind(lessons, "SCORM");

        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        openProgrammeFromMyCourses(code, competency);
        browser.wait.until(d -> textOf("programme-title").startsWith("Мониторинг реализации стратегии"));
        assertThat(textOf("competency-" + competency)).contains("целевой уровень 2");
        browser.wait.until(d -> textOf("programme-cohorts").contains(cohort));
        browser.click(By.id("cohort-enrol-" + cohort));
        browser.wait.until(d -> textOf("cohort-status-" + cohort).contains("Зачислен"));
        long enrolment = employee.get("api/v1/learning/enrolments/mine").array().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("cohortCode").equals(cohort)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        browser.screenshot("enrolled");

        // the text lesson, read and marked done
        browser.open("learning/programmes/" + code + "/lessons/" + text);
        browser.wait.until(d -> textOf("lesson-body").contains("Зачем нужен мониторинг"));
        browser.click(By.id("lesson-mark-done"));
        browser.wait.until(d -> !d.findElements(By.id("lesson-done")).isEmpty());

        // the SCORM practicum: page 3, the browser closes, a new one resumes on page 3
        String attempt = "api/v1/learning/scorm/programmes/" + code + "/lessons/" + scorm + "/attempt";
        toPageThreeCloseTheBrowserAndResume(employee, "employee", "learning/programmes/" + code + "/lessons/" + scorm,
                attempt, "the_employee_learns_a_programme-second-browser");
        browser.click(By.id("sco-next"));
        browser.click(By.id("q1-b"));
        browser.click(By.id("q2-c"));
        browser.click(By.id("q3-a"));
        browser.click(By.id("sco-submit"));
        browser.wait.until(d -> d.findElement(By.id("sco-result")).getText().contains("Практикум пройден"));
        browser.wait.until(d -> "passed".equals(employee.get(attempt).json().getString("lessonStatus", "")));
        assertThat(employee.get(attempt).json().getJsonNumber("scoreRaw").doubleValue()).isEqualTo(100.0);
        browser.driver.switchTo().defaultContent();
        JsonObject scormLine = lessonLine(employee, enrolment, scorm);
        assertThat(scormLine.getBoolean("done")).as("passed counts as the lesson's completion").isTrue();
        assertThat(scormLine.getJsonNumber("score").doubleValue()).isEqualTo(100.0);
        browser.screenshot("scorm-passed");

        // the module check: the assessment test of the CHECK lesson, taken under «Мои тесты»
        String checkCode = lessons.stream().filter(l -> l.getString("kind").equals("CHECK")).findFirst()
                .orElseThrow().getString("testCode");
        assertThat(checkCode).isEqualTo("ASM-CHECK-MON-2026");
        JsonObject check = employee.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("title").startsWith("Проверка по модулю: мониторинг")).findFirst()
                .orElseThrow();
        int testId = check.getInt("testId");
        long checkLesson = lessonOfKind(lessons, "CHECK");
        browser.open("learning/programmes/" + code + "/lessons/" + checkLesson);
        browser.wait.until(d -> textOf("lesson-check").contains(check.getString("title")));
        browser.click(By.id("lesson-check-go"));
        browser.waitForText(check.getString("title"));
        browser.click(By.id("start-" + testId));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/attempt/"));
        String url = browser.driver.getCurrentUrl();
        long attemptId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*", ""));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-timer")));
        List<Integer> choiceSlots = choiceSlots(employee, attemptId);
        assertThat(choiceSlots).as("the blueprint draws at most one question that is not a choice")
                .hasSizeGreaterThan(2);
        Map<Integer, String> right = rightOptions(employee, attemptId);
        for (int slot : choiceSlots) {
            answer(slot, right.get(slot));
        }
        browser.wait.until(d -> answered(employee, attemptId) >= choiceSlots.size());
        browser.click(By.id("finish-attempt"));
        browser.click(By.id("finish-confirm"));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/result/"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-table")));
        assertThat(employee.get("api/v1/competency/me/evidence").array().getValuesAs(JsonObject.class))
                .as("the check's per-competency result is evidence")
                .anyMatch(e -> e.getString("competencyCode").equals(competency)
                        && e.getString("reference", "").contains("(attempt " + attemptId + ")"));
        browser.screenshot("check-result");

        // the course counts the check once asked to, and completes
        browser.open("my-courses");
        browser.click(By.id("course-refresh-" + enrolment));
        browser.wait.until(d -> textOf("course-status-" + enrolment).contains("Обучение завершено"));
        browser.screenshot("completed");

        // the certificate: the PDF from the documents page carries her name and a QR code of the verification address
        JsonObject document = employee.get("api/v1/learning/documents/mine").array().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("programmeCode").equals(code)).findFirst().orElseThrow();
        String number = document.getString("registrationNumber");
        browser.open("learning/documents");
        browser.waitForGridText(number);
        String href = browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-pdf-" + number)))
                .getAttribute("href");
        byte[] pdf = downloadWithSession(href);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String qr;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Смирнова Анна Викторовна").contains("Мониторинг реализации стратегии")
                    .contains(number);
            qr = qrText(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 200));
        }
        assertThat(qr).endsWith("/verify/" + document.getString("verificationCode"));
        browser.screenshot("documents");

        // the QR code's address, opened by anyone
        browser.driver.manage().deleteAllCookies();
        browser.open(qr.substring(qr.indexOf("verify/")));
        browser.wait.until(d -> d.findElement(By.id("verify-found")).isDisplayed());
        assertThat(textOf("verify-number")).contains(number);
        assertThat(textOf("verify-holder")).contains("Смирнова Анна Викторовна");
        assertThat(textOf("verify-programme")).contains("Мониторинг реализации стратегии");
        assertThat(browser.driver.findElements(By.id("logout"))).as("nobody signed in").isEmpty();
        browser.screenshot("verified");

        // the gap shrinks: the course's evidence at the programme's target level
        JsonObject gapAfter = gapOf(employee, competency);
        assertThat(gapAfter.getInt("gap")).isLessThan(gapBefore.getInt("gap")).isZero();
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("competencies/me");
        browser.waitForText("Мои компетенции");
        List<String> row = browser.wait.until(d -> gridRow("gap-grid", competency + " "));
        assertThat(row.get(row.size() - 1)).as("the gap column of " + row).isEqualTo("0");
        assertThat(String.join(" | ", row)).contains("1–2");
        browser.screenshot("profile-gap-closed");
    }

    /**
     * The journey's first step: the employee reaches the programme. For now straight to its page; once /my-courses
     * shows recommendations it clicks {@code #reco-<CODE>} inside {@code #recommendations} and checks its
     * {@code .reco-reason}.
     */
    /**
     * «Мои курсы» recommends the programme with the gap it closes; its link opens the programme page. The reason names
     * the competency and the levels from and to.
     */
    private void openProgrammeFromMyCourses(String code, String competency) {
        browser.open("my-courses");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("reco-" + code)));
        String reason = browser.driver.findElement(By.id("reco-" + code)).findElement(By.className("reco-reason"))
                .getText();
        assertThat(reason).startsWith("закрывает:").contains(competency + " — → 2");
        browser.screenshot("recommended");
        browser.click(By.id("reco-link-" + code));
    }

    /**
     * In an authored practicum (four pages, page 1 first): goes to page 3, sees the platform keep «p3» with the status
     * «incomplete», closes the browser mid-lesson, signs in again in a new one and finds the lesson resumed on page 3.
     */
    private void toPageThreeCloseTheBrowserAndResume(Api api, String login, String lessonPath, String attempt,
            String secondBrowser) {
        browser.open(lessonPath);
        intoScorm();
        browser.wait.until(d -> d.findElement(By.id("sco-page")).getText().equals("Страница 1 из 4"));
        browser.click(By.id("sco-next"));
        browser.click(By.id("sco-next"));
        browser.wait.until(d -> d.findElement(By.id("p3")).getAttribute("class").contains("current"));
        browser.wait.until(d -> "p3".equals(api.get(attempt).json().getString("lessonLocation", "")));
        assertThat(api.get(attempt).json().getString("lessonStatus")).isEqualTo("incomplete");
        browser.screenshot("scorm-page-3");
        browser.close(); // closed mid-lesson

        browser = new Browser(base, secondBrowser);
        browser.signIn(login, Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open(lessonPath);
        browser.wait.until(d -> d.findElement(By.id("scorm-status")).getText().contains("начат, не завершён"));
        intoScorm();
        browser.wait.until(d -> d.findElement(By.id("p3")).getAttribute("class").contains("current"));
        assertThat(browser.driver.findElement(By.id("sco-page")).getText()).isEqualTo("Страница 3 из 4");
    }

    private static long lessonOfKind(List<JsonObject> lessons, String kind) {
        return lessons.stream().filter(l -> l.getString("kind").equals(kind)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** The line of the person's gap report for one competency. */
    private static JsonObject gapOf(Api api, String competency) {
        return api.get("api/v1/competency/me/gaps").json().getJsonArray("gaps").getValuesAs(JsonObject.class)
                .stream().filter(g -> g.getString("competencyCode").equals(competency)).findFirst().orElseThrow();
    }

    /** One lesson's line in the enrolment's progress. */
    private static JsonObject lessonLine(Api api, long enrolment, long lesson) {
        return api.get("api/v1/learning/enrolments/" + enrolment + "/progress").json().getJsonArray("modules")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
                .filter(l -> l.getJsonNumber("lessonId").longValue() == lesson).findFirst().orElseThrow();
    }

    /** A download link of the page fetched as the browser would, with its session cookie. */
    private byte[] downloadWithSession(String href) throws Exception {
        java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.resolve(href)).header("Cookie", "JSESSIONID="
                        + browser.sessionId()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return r.body();
    }

    /** The text of the QR code on a rendered page. */
    private static String qrText(java.awt.image.BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        com.google.zxing.BinaryBitmap bitmap = new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(image.getWidth(),
                        image.getHeight(), pixels)));
        return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }

    /** The cell texts of the rendered row of a grid whose first cell starts with {@code prefix}, or null. */
    @SuppressWarnings("unchecked")
    private List<String> gridRow(String gridId, String prefix) {
        List<List<String>> rows = (List<List<String>>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("const g = document.getElementById(arguments[0]); if (!g) return [];"
                        + " return Array.from(g.shadowRoot.querySelectorAll('tbody#items tr')).filter(tr => !tr.hidden)"
                        + ".map(tr => Array.from(tr.querySelectorAll('td')).map(td => { const s = td.querySelector("
                        + "'slot'); const n = s && s.assignedNodes()[0]; return n ? n.innerText.trim() : ''; }));",
                        gridId);
        return rows.stream().filter(r -> !r.isEmpty() && r.get(0).startsWith(prefix)).findFirst().orElse(null);
    }

    // ui2

    @Test
    void the_contest_administrator_sees_the_ml_2026_employee_ranking_change_under_z_scores_and_the_outlier_jurors() {
        Api.Reply reply = Api.as(base, "contest").get("api/v1/contest/seasons/ML-2026");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject season = reply.json();
        long stageId = season.getJsonArray("nominations").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("kind").equals("EMPLOYEE")).findFirst().orElseThrow()
                .getJsonArray("stages").getValuesAs(JsonObject.class).stream().filter(s -> s.getInt("seq") == 3)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        browser.signIn("contest", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/admin/stage/" + stageId + "/ranking");
        browser.wait.until(d -> d.findElement(By.id("ranking-title")).isDisplayed());
        WebElement vologda = browser.driver.findElements(By.cssSelector("[id^='ranking-region-']")).stream()
                .filter(e -> e.getText().contains("ML26-EMP-0005")).findFirst().orElseThrow();
        String region = vologda.getAttribute("id").substring("ranking-region-".length());
        assertThat(browser.driver.findElement(By.id("ranking-" + region + "-row-ML26-EMP-0002")).getText())
                .contains("2").contains("да");
        assertThat(browser.driver.findElements(By.cssSelector("#ranking-region-" + region + " [data-pass-line]")))
                .hasSize(1);
        WebElement zScore = browser.driver.findElement(By.id("sensitivity-" + region + "-outcome-Z_SCORE"));
        assertThat(zScore.getText()).contains("меняется").contains("ML26-EMP-0005").contains("ML26-EMP-0002");
        assertThat(browser.driver.findElement(By.id("sensitivity-" + region + "-ML26-EMP-0005-Z_SCORE"))
                .getAttribute("data-differs")).isEqualTo("true");
        assertThat(browser.driver.findElement(By.id("sensitivity-" + region + "-ML26-EMP-0005-Z_SCORE")).getText())
                .isEqualTo("2");
        assertThat(browser.driver.findElements(By.id("bump-" + region))).hasSize(1);
        String biases = browser.driver.findElement(By.id("biases-" + region)).getText();
        assertThat(biases).contains("мягкий").contains("строгий");
        assertThat(browser.driver.findElement(By.id("agreement-" + region)).getText()).contains("ICC");
        assertThat(browser.driver.findElement(By.id("ranking-tie-rule")).getText()).contains("раньше");
        browser.screenshot("ranking");
    }

    // ui1: contest views of the candidate and the juror

    @Test
    void a_juror_scores_in_the_browser_and_sees_the_other_jurors_scores_only_after_submitting() {
        Api contest = Api.as(base, "contest");
        String code = "UI-J-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject season = contestSeason(contest, code, """
                {"code": "essay", "label": "Эссе о проекте", "type": "TEXT", "required": true}""", """
                {"kind": "JURY", "level": "FEDERAL", "title": "Заочный тур", "opensOn": "%s", "closesOn": "%s",
                 "passRule": "TOP_N", "passValue": 1, "method": "WEIGHTED_MEAN", "jurorsPerApplication": 2,
                 "blind": true, "appealDays": 3, "criteria": [
                  {"code": "data", "title": "Опора на данные", "weight": 0.6, "maxScore": 5,
                   "anchorLow": "Данных нет", "anchorMid": "Данные есть, но не связаны с целью",
                   "anchorHigh": "Цель и мониторинг опираются на данные"},
                  {"code": "people", "title": "Участие жителей", "weight": 0.4, "maxScore": 5}]}"""
                .formatted(today(), today().plusDays(5)), null);
        String number = applyEmployee("hr", code, "Открытая карта инициативных проектов");
        juryScoring(contest, season, List.of("juror6", "juror7"), 2);

        Api first = Api.as(base, "juror6");
        JsonObject firstSheet = assignmentOf(first, number);
        Api.Reply submitted = first.put("api/v1/contest/jury/assignments/" + firstSheet.getJsonNumber("id"),
                "{\"version\": " + first.get("api/v1/contest/jury/assignments/" + firstSheet.getJsonNumber("id"))
                        .json().getJsonNumber("version") + ", \"scores\": {\"data\": 4, \"people\": 2},"
                        + " \"remark\": \"Хорошие данные\", \"submit\": true}");
        assertThat(submitted.json().getBoolean("submitted")).as(submitted.toString()).isTrue();
        long mine = assignmentOf(Api.as(base, "juror7"), number).getJsonNumber("id").longValue();

        browser.signIn("juror7", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/jury");
        browser.waitForGridText(number);
        assertThat(browser.gridText()).contains("скрыто (слепая оценка)");
        assertThat(browser.driver.findElement(By.id("jury-state-" + mine)).getText()).isEqualTo("Не отправлен");
        browser.click(By.id("jury-open-" + mine));
        browser.wait.until(d -> d.findElement(By.id("sheet-number")).getText().contains(number));
        browser.waitForText("Цель и мониторинг опираются на данные");
        assertThat(browser.driver.findElement(By.id("sheet-answer-essay")).getText())
                .isEqualTo("Открытая карта инициативных проектов");
        assertThat(browser.driver.findElements(By.id("sheet-others"))).as("no other scores before submitting")
                .isEmpty();
        assertThat(browser.driver.findElement(By.id("sheet-others-hidden")).getText())
                .contains("после отправки вашего листа");
        browser.click(By.id("sheet-score-data-5"));
        browser.click(By.id("sheet-score-people-3"));
        // 0.6 × 5 + 0.4 × 3 = 4.2
        browser.wait.until(d -> d.findElement(By.id("sheet-total")).getText().contains("4,20"));
        browser.click(By.id("sheet-save"));
        browser.waitForText("Черновик сохранён");
        browser.screenshot("sheet-draft");
        assertThat(browser.driver.findElements(By.id("sheet-others"))).isEmpty();
        browser.click(By.id("sheet-submit"));
        browser.waitForText("После отправки оценки изменить нельзя");
        browser.clickButton("Отправить", "sheet-submit");
        browser.wait.until(d -> !d.findElements(By.id("sheet-others")).isEmpty());
        // the first juror's sheet: 4 and 2, 0.6 × 4 + 0.4 × 2 = 3.2
        String others = browser.gridText(By.id("sheet-others"));
        assertThat(others).contains("#1").contains("4").contains("2").contains("3,20");
        assertThat(browser.driver.findElements(By.id("sheet-submit"))).as("locked after submission").isEmpty();
        browser.screenshot("sheet-submitted");
        browser.open("contest/jury");
        browser.wait.until(d -> d.findElement(By.id("jury-state-" + mine)).getText().equals("Отправлен"));
        browser.open("");
        browser.wait.until(d -> d.findElement(By.id("home-contest-jury")).getText().contains("листов ждут оценки"));
    }

    /**
     * A juror declares a conflict of interest in writing on «Жюри»: the application leaves their list at once, the
     * declaration is listed as under review, and the application has its two jurors again without them (the loads
     * rebalanced); their old sheet is gone (404).
     */
    @Test
    void a_juror_declares_a_conflict_in_the_browser_and_the_application_goes_to_another_juror() {
        Api contest = Api.as(base, "contest");
        String code = "UI-C-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject season = contestSeason(contest, code, """
                {"code": "essay", "label": "Эссе о проекте", "type": "TEXT", "required": true}""", """
                {"kind": "JURY", "level": "FEDERAL", "title": "Заочный тур", "opensOn": "%s", "closesOn": "%s",
                 "passRule": "TOP_N", "passValue": 1, "method": "WEIGHTED_MEAN", "jurorsPerApplication": 2,
                 "blind": false, "appealDays": 3, "criteria": [
                  {"code": "data", "title": "Опора на данные", "weight": 1, "maxScore": 5}]}"""
                .formatted(today(), today().plusDays(5)), null);
        String number = applyEmployee("hr", code, "Школа активного гражданина");
        applyEmployee("hr.tver", code, "Школа активного гражданина");
        List<String> jurors = List.of("juror8", "juror9", "juror10");
        juryScoring(contest, season, jurors, 4);
        String declarer = jurors.stream().filter(j -> !jurorsOf(j, number).isEmpty()).findFirst().orElseThrow();
        long sheet = jurorsOf(declarer, number).get(0);

        browser.signIn(declarer, Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/jury");
        browser.waitForGridText(number);
        browser.click(By.id("jury-conflict-" + sheet));
        browser.waitForText("Заявление о конфликте интересов: " + number);
        browser.typeArea(By.id("jury-conflict-statement"), "Участник — мой двоюродный брат");
        browser.screenshot("conflict-declaration");
        browser.click(By.id("jury-conflict-submit"));
        browser.waitForText("Заявление принято; заявка " + number + " снята с вас");
        browser.wait.until(d -> d.findElements(By.id("jury-open-" + sheet)).isEmpty());
        browser.wait.until(d -> d.findElement(By.id("jury-conflicts")).getText()
                .contains(number + ": Родственник — На рассмотрении"));
        browser.screenshot("conflict-declared");

        assertThat(jurorsOf(declarer, number)).as("the declarer keeps no sheet of it").isEmpty();
        assertThat(jurors.stream().mapToInt(j -> jurorsOf(j, number).size()).sum()).as("two jurors again")
                .isEqualTo(2);
        assertThat(Api.as(base, declarer).get("api/v1/contest/jury/assignments/" + sheet).status()).isEqualTo(404);
    }

    /**
     * A team applies with two colleagues: the documents check refuses the team while a member has not consented
     * (409 naming them), a member consents in the browser on «Мои заявки», the other over REST, and then the
     * documents pass.
     */
    @Test
    void a_team_passes_the_documents_check_only_after_every_member_consents_in_my_applications() {
        Api contest = Api.as(base, "contest");
        String code = "UI-T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api.Reply defined = contest.post("api/v1/contest/seasons", """
                {"code": "%s", "title": "Сезон %s", "year": %d, "applicationsFrom": "%s", "applicationsUntil": "%s",
                 "nominations": [{"code": "TEAM", "title": "Муниципальная команда", "kind": "TEAM", "teamMin": 3,
                   "teamMax": 5, "questionnaire": [{"code": "essay", "label": "Проект команды", "type": "TEXT",
                   "required": true}],
                   "stages": [{"kind": "DOCUMENTS", "level": "REGIONAL", "title": "Проверка документов",
                    "opensOn": "%s", "closesOn": "%s", "passRule": "THRESHOLD", "passValue": 0,
                    "method": "WEIGHTED_MEAN", "jurorsPerApplication": 0, "blind": false, "appealDays": 0,
                    "criteria": []}]}]}""".formatted(code, code, today().getYear(), today().minusDays(1),
                today().plusDays(10), today(), today().plusDays(5)));
        assertThat(defined.status()).as(defined.toString()).isLessThan(300);
        JsonObject season = contest.post("api/v1/contest/seasons/" + code + "/open?version="
                + defined.json().getJsonNumber("version"), "{}").json();
        JsonObject stage = season.getJsonArray("nominations").getJsonObject(0).getJsonArray("stages")
                .getJsonObject(0);
        long stageId = stage.getJsonNumber("id").longValue();
        step(contest, stageId, "OPEN", stage.getJsonNumber("version").longValue());
        // hr (PER-0002) leads; employee (PER-0001) and methodologist (PER-0005) are named as members
        Api.Reply applied = Api.as(base, "hr").post("api/v1/contest/applications", """
                {"season": "%s", "nomination": "TEAM", "teamName": "Вологда цифровая",
                 "members": ["PER-0001", "PER-0005"], "answers": {"essay": "Единое окно обращений жителей"},
                 "consent": true}""".formatted(code));
        assertThat(applied.status()).as(applied.toString()).isLessThan(300);
        long id = applied.json().getJsonObject("row").getJsonNumber("id").longValue();
        String number = applied.json().getJsonObject("row").getString("number");
        assertThat(applied.json().getJsonArray("members").getValuesAs(JsonObject.class))
                .extracting(m -> m.getBoolean("consented")).containsExactly(true, false, false);

        String documents = "{\"stageId\": " + stageId + ", \"passed\": true, \"note\": \"Комплект полный\"}";
        Api.Reply refused = contest.post("api/v1/contest/applications/" + id + "/documents", documents);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("code")).isEqualTo("TEAM_CONSENT_MISSING");
        // the two members without consent are named (Смирнова is employee, Лебедева methodologist), the lead not
        assertThat(refused.json().getString("detail")).contains("Смирнова").contains("Лебедева")
                .doesNotContain(Api.as(base, "hr").get("api/v1/me").json().getString("lastName"));
        assertThat(Api.as(base, "juror8").post("api/v1/contest/applications/" + id + "/consent", "{}").status())
                .as("not a member").isEqualTo(404);

        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/mine");
        browser.wait.until(d -> d.findElement(By.id("my-application-team-" + id)).getText()
                .contains("Команда «Вологда цифровая»"));
        assertThat(browser.driver.findElement(By.id("my-application-team-" + id)).getText())
                .contains("согласие не дано");
        assertThat(browser.driver.findElements(By.id("my-application-withdraw-" + id))).as("only the applicant")
                .isEmpty();
        browser.screenshot("team-consent-asked");
        browser.click(By.id("my-application-consent-" + id));
        browser.waitForText("Согласие записано");
        browser.wait.until(d -> d.findElements(By.id("my-application-consent-" + id)).isEmpty());
        browser.screenshot("team-consent-given");

        assertThat(Api.as(base, "methodologist").post("api/v1/contest/applications/" + id + "/consent", "{}")
                .status()).isEqualTo(200);
        JsonObject detail = contest.get("api/v1/contest/applications/" + id).json();
        assertThat(detail.getJsonArray("members").getValuesAs(JsonObject.class))
                .extracting(m -> m.getBoolean("consented")).containsExactly(true, true, true);
        Api.Reply passed = contest.post("api/v1/contest/applications/" + id + "/documents", documents);
        assertThat(passed.status()).as(number + ": " + passed).isEqualTo(200);
    }

    /** {@code user} applies to the season's nomination EMP with an essay; returns the application's number. */
    private String applyEmployee(String user, String season, String essay) {
        Api.Reply applied = Api.as(base, user).post("api/v1/contest/applications", """
                {"season": "%s", "nomination": "EMP", "answers": {"essay": "%s"}, "consent": true}"""
                .formatted(season, essay));
        assertThat(applied.status()).as(user + ": " + applied).isLessThan(300);
        return applied.json().getJsonObject("row").getString("number");
    }

    /**
     * Opens the season's first stage (a jury stage), seats {@code jurors}, assigns them ({@code pairs} sheets in
     * all) and starts the scoring.
     */
    private void juryScoring(Api contest, JsonObject season, List<String> jurors, int pairs) {
        JsonObject stage = season.getJsonArray("nominations").getJsonObject(0).getJsonArray("stages")
                .getJsonObject(0);
        long stageId = stage.getJsonNumber("id").longValue();
        long version = step(contest, stageId, "OPEN", stage.getJsonNumber("version").longValue());
        for (String juror : jurors) {
            Api.Reply seated = contest.post("api/v1/contest/stages/" + stageId + "/jurors",
                    "{\"username\": \"" + juror + "\", \"chair\": false}");
            assertThat(seated.status()).as(seated.toString()).isLessThan(300);
        }
        Api.Reply assigned = contest.post("api/v1/contest/stages/" + stageId + "/assignment", "{}");
        assertThat(assigned.json().getInt("pairs")).as(assigned.toString()).isEqualTo(pairs);
        step(contest, stageId, "START_SCORING", version);
    }

    /** The ids of the sheets {@code juror} holds for the application {@code number}. */
    private List<Long> jurorsOf(String juror, String number) {
        return Api.as(base, juror).get("api/v1/contest/jury/assignments").array().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("applicationNumber").equals(number))
                .map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void a_candidate_applies_through_the_questionnaire_with_consent_uploads_her_portfolio_and_withdraws()
            throws java.io.IOException {
        Api contest = Api.as(base, "contest");
        String code = "UI-A-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        contestSeason(contest, code, """
                {"code": "experience_years", "label": "Стаж муниципальной службы, полных лет", "type": "NUMBER",
                 "required": true, "min": 0, "max": 50},
                {"code": "essay", "label": "Мой проект развития муниципалитета", "type": "LONG_TEXT",
                 "required": true, "maxLength": 500},
                {"code": "focus", "label": "Направление проекта", "type": "CHOICE", "required": true,
                 "choices": ["Цифровизация муниципального управления", "Инициативное бюджетирование и ТОС"]},
                {"code": "started", "label": "Дата начала проекта", "type": "DATE", "required": false},
                {"code": "portfolio", "label": "Портфолио", "type": "FILE", "required": false, "maxLength": 10240,
                 "choices": ["application/pdf"]}""", """
                {"kind": "DOCUMENTS", "level": "REGIONAL", "title": "Проверка документов", "opensOn": "%s",
                 "closesOn": "%s", "passRule": "THRESHOLD", "passValue": 0, "method": "WEIGHTED_MEAN",
                 "jurorsPerApplication": 0, "blind": false, "appealDays": 0, "criteria": []}"""
                .formatted(today(), today().plusDays(5)), 3);

        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/apply");
        selectItem(By.id("apply-nomination"), "Сезон " + code);
        browser.wait.until(d -> d.findElement(By.id("apply-rules")).getText().contains("не менее 3 лет"));
        assertThat(browser.driver.findElement(By.id("apply-rules")).getText()).contains("Проверка документов");
        assertThat(browser.driver.findElement(By.id("apply-field-portfolio")).getText()).contains("Портфолио");
        assertThat(browser.driver.findElement(By.id("apply-consent-text")).getText()).contains("152-ФЗ");
        assertThat(browser.driver.findElement(By.id("apply-submit")).getAttribute("disabled")).as("consent first")
                .isNotNull();
        browser.type(By.id("apply-field-experience_years"), "7");
        String essay = "Открытая карта обращений жителей с публичным статусом каждой заявки";
        browser.typeArea(By.id("apply-field-essay"), essay);
        browser.wait.until(d -> d.findElement(By.id("apply-field-essay")).getText()
                .contains(essay.length() + " из 500"));
        browser.choose(By.id("apply-field-focus"), "Инициативное бюджетирование");
        browser.check(By.id("apply-consent"));
        browser.screenshot("questionnaire");
        browser.click(By.id("apply-submit"));
        browser.wait.until(d -> d.findElement(By.id("apply-result-status")).getText().contains("Участвует"));
        String number = code + "-EMP-0001";
        assertThat(browser.driver.findElement(By.id("apply-result-status")).getText()).contains(number);
        browser.screenshot("applied");

        browser.click(By.id("apply-to-mine"));
        browser.wait.until(ExpectedConditions.urlContains("contest/mine"));
        browser.waitForText(number);
        JsonObject mine = Api.as(base, "employee").get("api/v1/contest/applications/mine").array()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonObject("row").getString("number")
                        .equals(number)).findFirst().orElseThrow();
        long id = mine.getJsonObject("row").getJsonNumber("id").longValue();
        assertThat(mine.getJsonObject("answers").getString("experience_years")).isEqualTo("7");
        assertThat(mine.getJsonObject("answers").getString("focus")).isEqualTo("Инициативное бюджетирование и ТОС");
        assertThat(browser.driver.findElement(By.id("my-application-status-" + id)).getText()).isEqualTo("Участвует");
        assertThat(browser.driver.findElement(By.id("my-application-stage-" + id)).getText())
                .contains("Этап 1: Проверка документов");
        assertThat(browser.driver.findElements(By.id("my-application-withdraw-" + id))).hasSize(1);
        browser.screenshot("my-applications");
        browser.open("");
        browser.wait.until(d -> d.findElement(By.id("home-contest-mine")).getText().contains(number));

        // the portfolio through the file store: a PNG named .pdf is refused naming the slot and the type found, the
        // PDF is stored under the name she gave and listed for download
        browser.open("contest/mine");
        By upload = By.id("my-attachment-upload-" + id + "-portfolio");
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("портфолио", ".pdf");
        java.nio.file.Files.write(fake, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        browser.upload(upload, fake);
        browser.waitForText("по содержимому это PNG, а принимаются PDF");
        assertThat(browser.driver.findElement(By.id("my-application-" + id)).getText())
                .contains("Файлы не загружены");
        browser.open("contest/mine");
        browser.upload(upload, java.nio.file.Path.of("content/contest/files/portfolio-ML26-EMP-0001.pdf"));
        browser.wait.until(d -> d.findElements(By.id("my-attachments-" + id + "-portfolio")).size() == 1);
        assertThat(browser.driver.findElement(By.id("my-attachments-" + id + "-portfolio")).getText())
                .contains("portfolio-ML26-EMP-0001.pdf");
        JsonObject stored = Api.as(base, "employee").get("api/v1/contest/applications/mine").array()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonObject("row").getJsonNumber("id")
                        .longValue() == id).findFirst().orElseThrow().getJsonArray("attachments").getJsonObject(0);
        assertThat(stored.getString("slot")).isEqualTo("portfolio");
        assertThat(stored.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(stored.getJsonNumber("size").longValue()).isEqualTo(java.nio.file.Files.size(
                java.nio.file.Path.of("content/contest/files/portfolio-ML26-EMP-0001.pdf")));
        browser.screenshot("attachment");

        // she withdraws: a confirmation first, then the status; nothing more to upload or withdraw
        browser.click(By.id("my-application-withdraw-" + id));
        browser.waitForText("Отозванную заявку восстановить нельзя");
        // the dialog grows in: a click during its animation lands where the button is not yet
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opening]")).isEmpty());
        browser.clickButton("Отозвать", "my-application-withdraw-" + id);
        browser.wait.withMessage(() -> browser.allText()).until(d -> d.findElement(
                By.id("my-application-status-" + id)).getText().equals("Отозвана"));
        assertThat(browser.driver.findElements(By.id("my-application-withdraw-" + id))).isEmpty();
        assertThat(browser.driver.findElements(upload)).isEmpty();
        assertThat(Api.as(base, "employee").get("api/v1/contest/applications/mine").array()
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonObject("row").getJsonNumber("id")
                        .longValue() == id).findFirst().orElseThrow().getJsonObject("row").getString("status"))
                .isEqualTo("WITHDRAWN");
        browser.screenshot("withdrawn");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Defines and opens a season accepting applications today, with one nomination EMP of the given parts. */
    private JsonObject contestSeason(Api contest, String code, String fields, String stage,
            Integer minExperience) {
        Api.Reply defined = contest.post("api/v1/contest/seasons", """
                {"code": "%s", "title": "Сезон %s", "year": %d, "applicationsFrom": "%s", "applicationsUntil": "%s",
                 "nominations": [{"code": "EMP", "title": "Муниципальный служащий", "kind": "EMPLOYEE",
                   "minExperience": %d, "questionnaire": [%s], "stages": [%s]}]}""".formatted(code, code,
                today().getYear(), today().minusDays(1), today().plusDays(10), minExperience, fields, stage));
        assertThat(defined.status()).as(defined.toString()).isLessThan(300);
        Api.Reply opened = contest.post("api/v1/contest/seasons/" + code + "/open?version="
                + defined.json().getJsonNumber("version"), "{}");
        assertThat(opened.status()).as(opened.toString()).isLessThan(300);
        return opened.json();
    }

    /** Takes a step on a stage; returns the stage's new version. */
    private long step(Api contest, long stageId, String step, long version) {
        Api.Reply r = contest.post("api/v1/contest/stages/" + stageId + "/steps",
                "{\"step\": \"" + step + "\", \"version\": " + version + "}");
        assertThat(r.status()).as(r.toString()).isLessThan(300);
        return r.json().getJsonNumber("version").longValue();
    }

    private static JsonObject assignmentOf(Api juror, String number) {
        return juror.get("api/v1/contest/jury/assignments").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("applicationNumber").equals(number)).findFirst().orElseThrow();
    }

    /** Chooses the item of a Vaadin select whose text contains {@code text}. */
    private void selectItem(By select, String text) {
        browser.click(select);
        By item = By.xpath("//vaadin-select-item[@role='option' and contains(normalize-space(.), '" + text + "')]");
        browser.wait.until(d -> d.findElements(item).stream().anyMatch(WebElement::isDisplayed));
        browser.driver.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElseThrow().click();
        browser.wait.until(d -> d.findElement(select).getText().contains(text)
                || String.valueOf(d.findElement(select).getAttribute("value")).length() > 0);
    }

    // ---- the contest's acceptance journey ----

    /**
     * «Муниципальный лидер» end to end: the demo employee applies in the browser, passes the distance test in the
     * browser, two jurors score (the second, in the browser, sees nothing of the first's sheet until submitting), the
     * administrator closes the stage in the browser and the ranking with the sensitivity panel shows, her appeal in
     * «Мои заявки» changes a score and the winner, the results are published (public page, signed out), and she is in
     * the national reserve of the contest's winners with basis «конкурс» and a development plan («Мой резерв»).
     */
    @Test
    void a_candidate_applies_passes_the_test_is_scored_appeals_wins_and_enters_the_reserve_with_a_plan() {
        Api contest = Api.as(base, "contest");
        String code = "UI-A-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        JsonObject season = contestSeason(contest, code, """
                {"code": "experience_years", "label": "Стаж муниципальной службы, лет", "type": "NUMBER",
                 "required": true, "min": 0, "max": 60},
                {"code": "essay", "label": "Мой проект развития муниципалитета", "type": "LONG_TEXT",
                 "required": true, "maxLength": 4000}""", """
                {"kind": "TEST", "level": "REGIONAL", "title": "Дистанционное тестирование", "opensOn": "%s",
                 "closesOn": "%s", "passRule": "THRESHOLD", "passValue": 0, "method": "WEIGHTED_MEAN",
                 "jurorsPerApplication": 0, "blind": false, "testCode": "ASM-SELF-2026", "appealDays": 3},
                {"kind": "JURY", "level": "FEDERAL", "title": "Экспертиза проектов", "opensOn": "%s", "closesOn": "%s",
                 "passRule": "TOP_N", "passValue": 1, "method": "WEIGHTED_MEAN", "jurorsPerApplication": 2,
                 "blind": true, "appealDays": 3, "criteria": [
                  {"code": "data", "title": "Опора на данные", "weight": 0.5, "maxScore": 5,
                   "anchorLow": "Данных нет", "anchorMid": "Данные есть, но не связаны с целью",
                   "anchorHigh": "Цель и мониторинг опираются на данные"},
                  {"code": "people", "title": "Участие жителей", "weight": 0.5, "maxScore": 5}]}"""
                .formatted(today(), today().plusDays(5), today(), today().plusDays(9)), null);
        List<JsonObject> stages = season.getJsonArray("nominations").getJsonObject(0).getJsonArray("stages")
                .getValuesAs(JsonObject.class);
        long testStage = stages.get(0).getJsonNumber("id").longValue();
        long juryStage = stages.get(1).getJsonNumber("id").longValue();

        // 1. she applies in the browser
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/apply");
        selectItem(By.id("apply-nomination"), "Сезон " + code);
        browser.type(By.id("apply-field-experience_years"), "9");
        browser.typeArea(By.id("apply-field-essay"), "Открытый бюджет района: карта инициатив жителей с отчётом о "
                + "каждом рубле и ежеквартальными встречами в сельских поселениях.");
        browser.check(By.id("apply-consent"));
        browser.click(By.id("apply-submit"));
        browser.wait.until(d -> d.findElement(By.id("apply-result-status")).getText().contains("Участвует"));
        Api employee = Api.as(base, "employee");
        JsonObject mine = employee.get("api/v1/contest/applications/mine").array().getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getJsonObject("row").getString("season").equals(code)).findFirst()
                .orElseThrow();
        long application = mine.getJsonObject("row").getJsonNumber("id").longValue();
        String number = mine.getJsonObject("row").getString("number");
        Api.Reply other = Api.as(base, "methodologist").post("api/v1/contest/applications", """
                {"season": "%s", "nomination": "EMP", "consent": true,
                 "answers": {"experience_years": "12", "essay": "Цифровая приёмная для жителей"}}""".formatted(code));
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
        String otherNumber = other.json().getJsonObject("row").getString("number");
        long version = step(contest, testStage, "OPEN", stages.get(0).getJsonNumber("version").longValue());

        // 2. she passes the distance test in the browser (every choice question answered right)
        JsonObject self = employee.get("api/v1/assessment/my/tests").array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("ASM-SELF-2026")).findFirst().orElseThrow();
        int testId = self.getInt("testId");
        browser.open("tests");
        browser.waitForText(self.getString("title"));
        browser.click(By.id("start-" + testId));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/attempt/"));
        String url = browser.driver.getCurrentUrl();
        long attemptId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("\\D.*", ""));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attempt-timer")));
        List<Integer> slots = choiceSlots(employee, attemptId);
        Map<Integer, String> right = rightOptions(employee, attemptId);
        for (int slot : slots) {
            answer(slot, right.get(slot));
        }
        browser.wait.until(d -> answered(employee, attemptId) >= slots.size());
        browser.click(By.id("finish-attempt"));
        browser.click(By.id("finish-confirm"));
        browser.wait.until(d -> d.getCurrentUrl().contains("tests/result/"));
        // the other candidate starts the test and hands it in blank (0 % still meets the threshold of 0)
        Api methodologist = Api.as(base, "methodologist");
        long blank = methodologist.post("api/v1/assessment/tests/" + testId + "/attempts", "{}").json()
                .getJsonNumber("attemptId").longValue();
        assertThat(methodologist.post("api/v1/assessment/attempts/" + blank + "/finish", "{}").status())
                .isEqualTo(200);
        version = step(contest, testStage, "CLOSE", version);
        step(contest, testStage, "PUBLISH", version);
        JsonObject testResult = employee.get("api/v1/contest/applications/" + application).json()
                .getJsonArray("results").getJsonObject(0);
        assertThat(testResult.getString("status")).isEqualTo("PASSED");
        assertThat(testResult.getJsonNumber("score").doubleValue()).isPositive();

        // 3. two jurors: the first through the API, the second in the browser
        JsonObject jury = contest.get("api/v1/contest/stages/" + juryStage).json();
        version = step(contest, juryStage, "OPEN", jury.getJsonNumber("version").longValue());
        for (String juror : List.of("juror6", "juror7")) {
            assertThat(contest.post("api/v1/contest/stages/" + juryStage + "/jurors", "{\"username\": \"" + juror
                    + "\", \"chair\": " + juror.equals("juror6") + "}").status()).isEqualTo(200);
        }
        assertThat(contest.post("api/v1/contest/stages/" + juryStage + "/assignment", "{}").json().getInt("pairs"))
                .isEqualTo(4);
        step(contest, juryStage, "START_SCORING", version);
        Api first = Api.as(base, "juror6");
        long herFirstSheet = assignmentOf(first, number).getJsonNumber("id").longValue();
        submit(first, herFirstSheet, 3, 3);
        submit(first, assignmentOf(first, otherNumber).getJsonNumber("id").longValue(), 5, 5);
        Api second = Api.as(base, "juror7");
        submit(second, assignmentOf(second, otherNumber).getJsonNumber("id").longValue(), 4, 4);
        long herSecondSheet = assignmentOf(second, number).getJsonNumber("id").longValue();
        browser.close();
        browser = new Browser(base, "contest-acceptance-juror");
        browser.signIn("juror7", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/jury/" + herSecondSheet);
        browser.wait.until(d -> d.findElement(By.id("sheet-number")).getText().contains(number));
        assertThat(browser.driver.findElements(By.id("sheet-others"))).as("nothing of juror6 before submitting")
                .isEmpty();
        browser.click(By.id("sheet-score-data-5"));
        browser.click(By.id("sheet-score-people-5"));
        browser.click(By.id("sheet-submit"));
        browser.waitForText("После отправки оценки изменить нельзя");
        browser.clickButton("Отправить", "sheet-submit");
        browser.wait.until(d -> !d.findElements(By.id("sheet-others")).isEmpty());
        assertThat(browser.gridText(By.id("sheet-others"))).contains("3,00");

        // 4. the administrator closes the stage in the browser; the ranking and the sensitivity panel show
        browser.close();
        browser = new Browser(base, "contest-acceptance-admin");
        browser.signIn("contest", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/admin");
        browser.choose(By.id("admin-season"), code);
        browser.choose(By.id("admin-nomination"), "Муниципальный служащий");
        browser.choose(By.id("admin-stage"), "2. Экспертиза проектов");
        browser.click(By.id("admin-step-close"));
        browser.wait.until(d -> d.findElement(By.id("admin-ranking")).isEnabled());
        browser.click(By.id("admin-ranking"));
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bump-chart-0")));
        // her 4.0 against the other's 4.5: the other candidate leads
        browser.wait.until(d -> d.findElement(By.id("ranking-0-row-" + otherNumber)).getText().contains("4.500"));
        browser.screenshot("ranking-before-appeal");

        // 5. she appeals in «Мои заявки»; the administrator upholds it and juror6's scores for her change
        browser.close();
        browser = new Browser(base, "contest-acceptance-appeal");
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("contest/mine");
        browser.click(By.id("my-application-appeal-" + application + "-" + juryStage));
        browser.typeArea(By.id("my-appeal-reason"), "Эксперт не учёл приложенные данные мониторинга");
        browser.click(By.id("my-appeal-submit"));
        browser.wait.until(d -> d.findElement(By.id("my-application-appeals-" + application)).getText()
                .contains("Эксперт не учёл"));
        JsonObject appeal = contest.get("api/v1/contest/stages/" + juryStage + "/appeals").array()
                .getJsonObject(0);
        Api.Reply upheld = contest.post("api/v1/contest/appeals/" + appeal.getJsonNumber("id") + "/decision", """
                {"upheld": true, "decision": "Данные мониторинга подтверждены", "version": %d, "changes": [
                 {"assignmentId": %d, "criterion": "data", "score": 5},
                 {"assignmentId": %d, "criterion": "people", "score": 5}]}""".formatted(
                appeal.getJsonNumber("version").longValue(), herFirstSheet, herFirstSheet));
        assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
        JsonObject closed = contest.get("api/v1/contest/stages/" + juryStage).json();
        step(contest, juryStage, "PUBLISH", closed.getJsonNumber("version").longValue());
        browser.open("contest/mine");
        browser.wait.until(d -> d.findElement(By.id("my-application-status-" + application)).getText()
                .contains("Победител"));

        // 6. the public results, signed out
        browser.close();
        browser = new Browser(base, "contest-acceptance-public");
        browser.open("contest/results/" + code);
        browser.wait.until(d -> d.findElement(By.id("public-results")).getText().contains("Смирнова"));

        // 7. she is in the national reserve of the contest's winners, basis «конкурс», with a plan
        JsonObject entry = Api.as(base, "admin").get("api/v1/reserve/entries?reserve=NAT-LEADER&limit=500").json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("personName").startsWith("Смирнова")).findFirst().orElseThrow();
        long entryId = entry.getJsonNumber("id").longValue();
        JsonObject detail = Api.as(base, "admin").get("api/v1/reserve/entries/" + entryId).json();
        assertThat(detail.getString("basis")).isEqualTo("LEADER_CONTEST");
        assertThat(Api.as(base, "admin").get("api/v1/reserve/entries/" + entryId + "/plan").json()
                .getJsonArray("items")).isNotEmpty();
        browser.signIn("employee", Api.DEMO_PASSWORD);
        browser.waitForText("Здравствуйте");
        browser.open("reserve/mine");
        browser.waitForText("победители конкурса «Муниципальный лидер»");
        browser.screenshot("reserve");
    }

    private static void submit(Api juror, long assignment, int data, int people) {
        long v = juror.get("api/v1/contest/jury/assignments/" + assignment).json().getJsonNumber("version")
                .longValue();
        Api.Reply r = juror.put("api/v1/contest/jury/assignments/" + assignment, """
                {"version": %d, "scores": {"data": %d, "people": %d}, "submit": true}""".formatted(v, data,
                people));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
