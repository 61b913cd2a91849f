package org.stationops.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the loss an incident's description mentions ("被盗电动车一辆，价值约 3,200 元", "被骗 1.5 万元"),
 * so that the case opened from it carries the amount in its loss field instead of leaving
 * it in the text only.
 */
final class LossAmounts {

	private static final Pattern AMOUNT = Pattern
		.compile("(\\d{1,3}(?:,\\d{3})+|\\d+|[零一二两三四五六七八九十百千]+)(?:\\.(\\d{1,2}))?\\s*(万)?\\s*(?:元|块|人民币)");

	private static final Pattern LOSS_WORDS = Pattern.compile("损失|价值|被骗|被盗|骗走|盗走|丢失|遗失|金额|共计|合计|转账|被抢|抢走");

	private LossAmounts() {
	}

	/**
	 * @return the amount a loss word precedes (within the same clause), else the first
	 * amount in 元 the text mentions; empty if none.
	 */
	static Optional<BigDecimal> in(String text) {
		Matcher amounts = AMOUNT.matcher(text);
		BigDecimal first = null;
		while (amounts.find()) {
			BigDecimal amount = value(amounts);
			if (first == null) {
				first = amount;
			}
			String before = text.substring(clauseStart(text, amounts.start()), amounts.start());
			if (LOSS_WORDS.matcher(before).find()) {
				return Optional.of(amount);
			}
		}
		return Optional.ofNullable(first);
	}

	private static int clauseStart(String text, int end) {
		for (int i = end - 1; i >= 0; i--) {
			if ("，。；;,\n".indexOf(text.charAt(i)) >= 0
					&& !(text.charAt(i) == ',' && i > 0 && Character.isDigit(text.charAt(i - 1))
							&& i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * @return the value of a Chinese numeral below 万, e.g. {@code 三千五百} is 3500.
	 */
	static long chinese(String numeral) {
		String digits = "零一二三四五六七八九";
		long total = 0;
		long digit = 0;
		for (char c : numeral.replace('两', '二').toCharArray()) {
			int d = digits.indexOf(c);
			if (d >= 0) {
				digit = d;
				continue;
			}
			long unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				default -> 1000;
			};
			total += ((digit == 0) ? 1 : digit) * unit;
			digit = 0;
		}
		return total + digit;
	}

	private static BigDecimal value(Matcher amount) {
		String whole = amount.group(1).replace(",", "");
		if (!Character.isDigit(whole.charAt(0))) {
			whole = String.valueOf(chinese(whole));
		}
		String fraction = amount.group(2);
		BigDecimal value = new BigDecimal((fraction != null) ? whole + "." + fraction : whole);
		if (amount.group(3) != null) {
			value = value.multiply(BigDecimal.valueOf(10_000));
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}
