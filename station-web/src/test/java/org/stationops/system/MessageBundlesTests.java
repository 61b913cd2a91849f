package org.stationops.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label comes from the bundles: Chinese and English hold the same keys, and every
 * literal key a template uses exists.
 */
class MessageBundlesTests {

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		for (Resource chinese : bundles()) {
			String english = chinese.getFilename().replace(".properties", "_en.properties");
			Set<String> zh = load(chinese).stringPropertyNames();
			Set<String> en = load(chinese.createRelative(english)).stringPropertyNames();
			assertThat(en).as(english).containsExactlyInAnyOrderElementsOf(zh);
		}
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Resource bundle : bundles()) {
			known.addAll(load(bundle).stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter(p -> p.toString().endsWith(".html")).forEach(template -> {
				Matcher matcher = LITERAL_KEY.matcher(read(template));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			});
		}
		assertThat(missing).isEmpty();
	}

	private static Resource[] bundles() throws IOException {
		Resource[] all = new PathMatchingResourcePatternResolver().getResources("classpath*:**/messages*.properties");
		return Stream.of(all).filter(r -> !r.getFilename().contains("_")).toArray(Resource[]::new);
	}

	private static Properties load(Resource resource) {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
