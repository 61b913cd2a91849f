package org.stationops.system;

import java.io.IOException;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.stationops.officers.Officer;
import org.stationops.officers.OfficerService;
import org.stationops.officers.Role;
import org.stationops.shared.web.OfficerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session whose account changed under it: deactivated, password reset, moved
 * to another station or given other roles. Roles, station and the active flag are fixed
 * in the principal at sign-in, so each signed-in request compares them with the account
 * as it is now (one primary-key read per request, none for anonymous requests); a
 * mismatch invalidates the session and sends the browser to the login page. The API needs
 * no such check: it is stateless and authenticates every request.
 */
class AccountStateFilter extends OncePerRequestFilter {

	private final OfficerService officers;

	AccountStateFilter(OfficerService officers) {
		this.officers = officers;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal me
				&& !stillMatches(me)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean stillMatches(OfficerPrincipal me) {
		return this.officers.account(me.officerId()).map(officer -> matches(me, officer)).orElse(false);
	}

	static boolean matches(OfficerPrincipal me, Officer officer) {
		return officer.isActive() && me.active() && Objects.equals(me.stationId(), officer.getStationId())
				&& me.passwordHash().equals(officer.getPasswordHash())
				&& me.roles().equals(officer.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
	}

}
