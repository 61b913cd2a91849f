package org.stationops.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Serves the static files from their own few paths, fingerprinted by content and cached
 * for a year. Boot's default {@code /**} resource mapping is switched off
 * ({@code spring.web.resources.add-mappings=false}): with the webjars locator on the
 * classpath it turned on the resource chain for every path, so each {@code @{...}} link
 * on a page (such as {@code /incidents/42}) was looked up in the classpath's static
 * folders inside the nested jar on every request. Now only links under these prefixes are
 * resolved, and the chain's cache keeps each answer after the first.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	static final Duration MAX_AGE = Duration.ofDays(365);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		add(registry, "/css/**", "classpath:/static/css/");
		add(registry, "/js/**", "classpath:/static/js/");
		add(registry, "/images/**", "classpath:/static/images/");
		add(registry, "/favicon.ico", "classpath:/static/images/");
		add(registry, "/fonts/**", "classpath:/static/fonts/");
		add(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
	}

	private static void add(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
