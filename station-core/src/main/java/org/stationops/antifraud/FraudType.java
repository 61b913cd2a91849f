package org.stationops.antifraud;

/**
 * The Ministry of Public Security's ten common telecom and online fraud types
 * (十大高发电信网络诈骗类型, 2024-06-25).
 */
public enum FraudType {

	/** 刷单返利. */
	ORDER_BRUSHING("刷单返利"),
	/** 虚假网络投资理财. */
	FAKE_INVESTMENT("虚假网络投资理财"),
	/** 虚假购物服务. */
	FAKE_SHOPPING("虚假购物服务"),
	/** 冒充电商物流客服. */
	FAKE_CUSTOMER_SERVICE("冒充电商物流客服"),
	/** 虚假贷款. */
	FAKE_LOAN("虚假贷款"),
	/** 虚假征信. */
	FAKE_CREDIT_REPAIR("虚假征信"),
	/** 冒充领导熟人. */
	IMPERSONATING_ACQUAINTANCE("冒充领导熟人"),
	/** 冒充公检法及政府机关. */
	IMPERSONATING_AUTHORITIES("冒充公检法及政府机关"),
	/** 网络婚恋交友. */
	ROMANCE("网络婚恋交友"),
	/** 网络游戏产品虚假交易. */
	GAME_TRADING("网络游戏产品虚假交易");

	private final String nameZh;

	FraudType(String nameZh) {
		this.nameZh = nameZh;
	}

	/**
	 * @return the type's Chinese name, for text stored in records (a case's summary);
	 * pages label the type from the message bundles.
	 */
	public String nameZh() {
		return this.nameZh;
	}

}
