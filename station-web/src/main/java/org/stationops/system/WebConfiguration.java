package org.stationops.system;

import java.util.Locale;

import org.stationops.shared.web.RoleDialect;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StationOpsProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	private final LanguageSwitchInterceptor languageSwitch;

	private final SubmissionGuard submissionGuard;

	WebConfiguration(LanguageSwitchInterceptor languageSwitch, SubmissionGuard submissionGuard) {
		this.languageSwitch = languageSwitch;
		this.submissionGuard = submissionGuard;
	}

	/**
	 * {@code app:role} in the templates: which elements a role sees.
	 */
	@Bean
	RoleDialect roleDialect() {
		return new RoleDialect();
	}

	/**
	 * Every POST form a page renders carries a submission key beside its CSRF token.
	 */
	@Bean
	static BeanPostProcessor submissionKeyFields() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof RequestDataValueProcessor processor && !(bean instanceof SubmissionKeyFields))
						? new SubmissionKeyFields(processor) : bean;
			}
		};
	}

	@Bean
	LocaleResolver localeResolver() {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.languageSwitch);
		registry.addInterceptor(this.submissionGuard).excludePathPatterns("/api/**");
	}

}
