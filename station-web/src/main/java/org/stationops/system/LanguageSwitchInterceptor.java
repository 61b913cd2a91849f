package org.stationops.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.stationops.officers.OfficerService;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=en} or {@code ?lang=zh-CN} switches the session's language; for a
 * signed-in officer it also becomes their preferred language, used at their next sign-in.
 */
@Component
class LanguageSwitchInterceptor implements HandlerInterceptor {

	private final OfficerService officers;

	LanguageSwitchInterceptor(OfficerService officers) {
		this.officers = officers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang == null || !Languages.isSupported(lang)) {
			return true;
		}
		var resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, Languages.toLocale(lang));
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal officer) {
			this.officers.changePreferredLanguage(officer.officerId(), lang);
		}
		return true;
	}

}
