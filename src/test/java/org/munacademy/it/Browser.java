package org.munacademy.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium with the Debian chromedriver (no driver or browser download),
 * with the few steps the journeys need: sign in, type into Vaadin fields, wait for texts and grid cells.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    private final URI base;
    private final String name;

    Browser(URI base, String name) {
        this.base = base;
        this.name = name;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--lang=ru-RU");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // a Vaadin component re-rendered between finding and reading it is found again on the next poll
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** The HTTP session cookie, or null. */
    String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** Replaces the text of a Vaadin text area. */
    void typeArea(By field, String text) {
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(field))
                .findElement(By.cssSelector("textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
    }

    /** Clicks the grid cell whose text is exactly {@code text}. */
    void clickCell(String text) {
        wait.until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().trim().equals(text)));
        clickWhenUncovered(() -> driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().trim().equals(text)).findFirst().orElseThrow());
    }

    /**
     * Clicks the element once nothing covers it: a notification card that slides over the bottom of the page
     * intercepts the click for its few seconds, as it would a user's, who waits for it to close.
     */
    private void clickWhenUncovered(Supplier<WebElement> element) {
        wait.until(d -> {
            try {
                element.get().click();
                return true;
            } catch (ElementClickInterceptedException | StaleElementReferenceException e) {
                return false;
            }
        });
    }

    /** Clicks the visible button labelled {@code text} that does not have the given id (e.g. in a dialog). */
    void clickButton(String text, String exceptId) {
        By by = By.xpath("//vaadin-button[normalize-space(.)='" + text + "' and not(@id='" + exceptId + "')]");
        wait.until(d -> d.findElements(by).stream().anyMatch(WebElement::isDisplayed));
        clickWhenUncovered(() -> driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow());
    }

    /** Ticks a Vaadin checkbox (its native input is covered by the styled box, so a real click misses it). */
    void check(By checkbox) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(checkbox))
                .findElement(By.cssSelector("input"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", input);
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
    }

    void signIn(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login")) {
            open("login");
        }
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    WebElement input(By field) {
        WebElement host = wait.until(ExpectedConditions.presenceOfElementLocated(field));
        return host.findElement(By.cssSelector("input"));
    }

    void type(By field, String text) {
        WebElement input = input(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** Chooses in a Vaadin combo box the first item its filter finds for {@code text}. */
    void choose(By combo, String text) {
        WebElement input = input(combo);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().contains(text)));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> input(combo).getAttribute("value").contains(text));
    }

    void click(By by) {
        // a long page scrolls inside the layout: bring the element into view first (found again if re-rendered)
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    d.findElement(by));
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(by));
        clickWhenUncovered(() -> driver.findElement(by));
    }

    void waitForText(String text) {
        wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript("return document.body.innerText"))
                .contains(text) || shadowText(d).contains(text));
    }

    /** The page's text with the texts inside shadow roots (notifications). */
    String allText() {
        return ((JavascriptExecutor) driver).executeScript("return document.body.innerText") + "\n"
                + shadowText(driver);
    }

    /** Texts inside shadow roots (login form, notifications) are not in body.innerText. */
    static String shadowText(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "const out=[]; const walk=n=>{ if(n.shadowRoot) walk(n.shadowRoot);"
                        + " for(const c of n.children||[]) walk(c); if(n.nodeType===1 && n.childNodes)"
                        + " for(const t of n.childNodes) if(t.nodeType===3) out.push(t.textContent); };"
                        + " walk(document.documentElement); return out.join(' ');");
    }

    void waitForGridText(String text) {
        wait.until(d -> gridText().contains(text));
    }

    /** The text of every rendered grid cell, read in one script (cells are re-rendered while grids scroll). */
    String gridText() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.innerText).join('\\n');");
    }

    /**
     * Chooses a file in a Vaadin upload as a user does in the file dialog (the upload's file input lives in its
     * shadow root); the upload starts at once.
     */
    void upload(By upload, Path file) {
        WebElement host = wait.until(ExpectedConditions.presenceOfElementLocated(upload));
        host.getShadowRoot().findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Removes the file a Vaadin upload lists (its remove button), so that another one may be chosen. */
    void removeUploadedFile(By upload) {
        WebElement file = wait.until(d -> d.findElement(upload).findElements(By.cssSelector("vaadin-upload-file"))
                .stream().findFirst().orElse(null));
        file.getShadowRoot().findElement(By.cssSelector("[part='remove-button']")).click();
        wait.until(d -> d.findElement(upload).findElements(By.cssSelector("vaadin-upload-file")).isEmpty());
    }

    /** The text of the rendered cells of one grid (all rows of a grid that shows all its rows). */
    String gridText(By grid) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(grid));
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))"
                        + ".map(c => c.innerText).join('\\n');", element);
    }

    void screenshot(String step) {
        String testName = name;
        try {
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(testName + "-" + step + ".png"), png);
        } catch (IOException | RuntimeException e) {
            // a screenshot is evidence, not a test result
        }
    }

    @Override
    public void close() {
        screenshot("end");
        driver.quit();
    }
}
