package org.stationops.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardConditionalVisibilityTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code app:role="OFFICER,SUPERVISOR"}: the element is shown only to a user holding one
 * of the roles. It does what {@code sec:authorize="hasAnyRole('OFFICER','SUPERVISOR')"}
 * does for the templates' simple role checks, without what made that costly on every page
 * (a bean lookup, a SpEL parse and an evaluation context per attribute; about a tenth of
 * a record page's CPU time, docs/performance.md). Authorisation itself stays in the URL
 * rules and the services; this only hides what a role cannot use.
 */
public class RoleDialect extends AbstractProcessorDialect {

	public RoleDialect() {
		super("StationOps roles", "app", StandardDialect.PROCESSOR_PRECEDENCE);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new RoleProcessor(dialectPrefix));
	}

	static final class RoleProcessor extends AbstractStandardConditionalVisibilityTagProcessor {

		/** The same precedence as {@code sec:authorize}. */
		private static final int PRECEDENCE = 300;

		private final Map<String, List<String>> authorities = new ConcurrentHashMap<>();

		RoleProcessor(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, "role", PRECEDENCE);
		}

		@Override
		protected boolean isVisible(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue) {
			return holdsAny(SecurityContextHolder.getContext().getAuthentication(),
					this.authorities.computeIfAbsent(attributeValue, RoleProcessor::authorities));
		}

		static boolean holdsAny(Authentication authentication, List<String> wanted) {
			if (authentication == null || !authentication.isAuthenticated()) {
				return false;
			}
			for (GrantedAuthority held : authentication.getAuthorities()) {
				if (wanted.contains(held.getAuthority())) {
					return true;
				}
			}
			return false;
		}

		private static List<String> authorities(String roles) {
			return Arrays.stream(roles.split(",")).map(String::strip).map(role -> "ROLE_" + role).toList();
		}

	}

}
