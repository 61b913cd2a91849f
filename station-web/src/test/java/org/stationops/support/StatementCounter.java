package org.stationops.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the JDBC statements a piece of work prepares on the calling thread, so tests can
 * assert that a page reads its figures with a handful of statements (no N+1). The data
 * source is wrapped once for every {@link StationWebTest} context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

	/**
	 * @return how many statements the work prepared on this thread.
	 */
	public static int count(Callable<?> work) throws Exception {
		int[] count = new int[1];
		COUNT.set(count);
		try {
			work.call();
			return count[0];
		}
		finally {
			COUNT.remove();
		}
	}

	@Bean
	static BeanPostProcessor statementCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
					return proxy(DataSource.class, dataSource, (target, method, args) -> {
						Object result = invoke(target, method, args);
						return (result instanceof Connection connection) ? counting(connection) : result;
					});
				}
				return bean;
			}
		};
	}

	private static Connection counting(Connection connection) {
		return proxy(Connection.class, connection, (target, method, args) -> {
			int[] count = COUNT.get();
			if (count != null && PREPARING.contains(method.getName())) {
				count[0]++;
			}
			return invoke(target, method, args);
		});
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, invocation);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private interface Handler<T> {

		Object handle(T target, Method method, Object[] args) throws Throwable;

	}

}
