package org.stationops.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.stationops.officers.OfficerService;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * {@code ?lang=en} or {@code ?lang=zh-CN} switches the session's language; for a
 * signed-in officer it also becomes their preferred language, used at their next sign-in.
 * Pages get {@code languageSwitchBase}, the page's own address and query without
 * {@code lang}, so that the layout's switch keeps filters and required parameters, and
 * {@code pagerBase}, the same without {@code page}, so that a list's pager keeps its
 * filters.
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

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getViewName().startsWith("redirect:")
				|| request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())) {
			return;
		}
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(new UrlPathHelper().getPathWithinApplication(request))
			.query(request.getQueryString())
			.replaceQueryParam("lang");
		modelAndView.addObject("languageSwitchBase", page.build().toUriString());
		modelAndView.addObject("pagerBase", page.replaceQueryParam("page").build().toUriString());
	}

}
