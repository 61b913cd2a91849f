package org.stationops.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * Marks a controller method that shows a page: everything it reads runs in one read-only
 * transaction (one connection, one snapshot) instead of one short transaction per service
 * call. Writes a page makes on the side, such as the audit entry of a full view, run in
 * their own transaction ({@code REQUIRES_NEW}).
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(readOnly = true)
public @interface ReadOnlyPage {

}
