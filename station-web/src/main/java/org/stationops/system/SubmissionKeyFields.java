package org.stationops.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Wraps Spring Security's CSRF field writer so that every form a page renders with
 * {@code th:action} and a method other than GET also carries a fresh submission key
 * ({@value #FIELD}); {@link SubmissionGuard} takes each key once.
 */
final class SubmissionKeyFields implements RequestDataValueProcessor {

	static final String FIELD = "_submission";

	private static final String POST_FORM = SubmissionKeyFields.class.getName() + ".POST_FORM";

	private final RequestDataValueProcessor delegate;

	SubmissionKeyFields(RequestDataValueProcessor delegate) {
		this.delegate = delegate;
	}

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		request.setAttribute(POST_FORM, !"GET".equalsIgnoreCase(httpMethod));
		return this.delegate.processAction(request, action, httpMethod);
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return this.delegate.processFormFieldValue(request, name, value, type);
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		Map<String, String> delegated = this.delegate.getExtraHiddenFields(request);
		if (!Boolean.TRUE.equals(request.getAttribute(POST_FORM))) {
			return delegated;
		}
		request.removeAttribute(POST_FORM);
		Map<String, String> fields = new LinkedHashMap<>((delegated != null) ? delegated : Map.of());
		fields.put(FIELD, UUID.randomUUID().toString());
		return fields;
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return this.delegate.processUrl(request, url);
	}

}
