package org.stationops.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the app on a random port with the demo data, driven by
 * Debian's headless Chromium through chromedriver (no Selenium Manager, no network).
 * Screenshots go to {@code target/screenshots}; the documented screenshot command
 * ({@code ./mvnw -Pscreenshots verify}) points them at docs/images for the user guide, so
 * the plain test command leaves the work tree clean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "stationops.demo=true")
public abstract class BrowserTest {

	private static final Path SCREENSHOTS = Path
		.of(System.getProperty("stationops.screenshots", Path.of("target", "screenshots").toString()));

	private static ChromeDriver driver;

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser() {
		if (driver == null) {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(System.getProperty("stationops.chromium", "/usr/bin/chromium"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--lang=zh-CN", "--window-size=1280,900");
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(System.getProperty("stationops.chromedriver", "/usr/bin/chromedriver")))
				.usingAnyFreePort()
				.build();
			driver = new ChromeDriver(service, options);
		}
		return driver;
	}

	@BeforeEach
	void freshSession() {
		browser().manage().deleteAllCookies();
		browser().manage().window().setSize(new Dimension(1280, 900));
	}

	@AfterAll
	static void quit() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	protected void open(String path) {
		browser().get("http://localhost:" + this.port + path);
	}

	protected void signIn(String username) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), "demo-password");
		click(By.id("sign-in"));
		waitFor(By.id("current-user"));
	}

	protected void type(By by, String text) {
		WebElement element = browser().findElement(by);
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Clicks the element once it is visible, scrolled to the middle of the window first,
	 * so a sticky header or footer never takes the click.
	 */
	protected void click(By by) {
		click(waitFor(by));
	}

	protected void click(WebElement element) {
		browser().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	protected WebElement waitFor(By by) {
		return new WebDriverWait(browser(), Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	protected String text(By by) {
		return waitFor(by).getText();
	}

	protected void phoneSized() {
		browser().manage().window().setSize(new Dimension(390, 844));
	}

	/**
	 * Saves a screenshot of the current page as {@code <name>.png} in the screenshot
	 * folder ({@code target/screenshots}, or docs/images with {@code -Pscreenshots}).
	 */
	protected void screenshot(String name) {
		File shot = browser().getScreenshotAs(OutputType.FILE);
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
