package org.stationops.system;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in the UI speaks the officer's preferred language, and each role lands where
 * its work is (docs/decisions/foundation.md): a liaison officer on their enterprises due,
 * a bureau supervisor on the deadlines of all stations, an administrator on the accounts;
 * officers and station supervisors on the dashboard, which leads with their work lists
 * (assigned incidents, cases, the review queue). A page asked for before signing in
 * (other than the start page) still wins.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LocaleResolver localeResolver;

	private final RequestCache requests = new HttpSessionRequestCache();

	LoginSuccessHandler(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof OfficerPrincipal officer) {
			this.localeResolver.setLocale(request, response, Languages.toLocale(officer.preferredLanguage()));
		}
		SavedRequest saved = this.requests.getRequest(request, response);
		if (saved != null && isStartPage(saved.getRedirectUrl(), request.getContextPath())) {
			this.requests.removeRequest(request, response);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		if (authentication.getPrincipal() instanceof OfficerPrincipal officer) {
			return landing(officer);
		}
		return "/";
	}

	/**
	 * @return where the officer's work is; the most specific role wins for an officer
	 * with several.
	 */
	static String landing(OfficerPrincipal officer) {
		if (officer.hasRole("SUPERVISOR")) {
			return "/";
		}
		if (officer.hasRole("LIAISON")) {
			return "/liaison/mine";
		}
		if (officer.hasRole("BUREAU_SUPERVISOR")) {
			return "/deadlines";
		}
		if (officer.hasRole("ADMIN") && !officer.hasRole("OFFICER")) {
			return "/admin/officers";
		}
		return "/";
	}

	private static boolean isStartPage(String url, String contextPath) {
		String path = java.net.URI.create(url).getPath();
		return path == null || path.isEmpty() || path.equals("/") || path.equals(contextPath + "/");
	}

}
