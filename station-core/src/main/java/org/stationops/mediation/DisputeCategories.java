package org.stationops.mediation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A first guess of a referred incident's dispute category from its category and
 * description, for the officer to correct on the file.
 */
final class DisputeCategories {

	private static final Map<String, List<String>> KEYWORDS = new LinkedHashMap<>();

	static {
		KEYWORDS.put("CREW", List.of("船员", "渔船", "船东", "出海"));
		KEYWORDS.put("WAGES", List.of("工资", "欠薪", "讨薪", "工钱", "劳务费"));
		KEYWORDS.put("RENTAL", List.of("租金", "房租", "租户", "房东", "押金", "租赁"));
		KEYWORDS.put("PROPERTY_MANAGEMENT", List.of("物业", "停车费", "车位"));
		KEYWORDS.put("TRAFFIC", List.of("剐蹭", "碰撞", "追尾", "车祸", "交通"));
		KEYWORDS.put("CONSUMER", List.of("消费", "退款", "退费", "商家", "购物"));
		KEYWORDS.put("FAMILY", List.of("夫妻", "家暴", "赡养", "子女", "婚姻", "家庭"));
		KEYWORDS.put("COMMERCIAL", List.of("合伙", "货款", "生意", "合同"));
		KEYWORDS.put("NEIGHBOUR", List.of("邻居", "楼上", "楼下", "噪音", "漏水", "邻里", "扰民"));
	}

	private DisputeCategories() {
	}

	static String guess(String incidentCategory, String summary) {
		for (Map.Entry<String, List<String>> entry : KEYWORDS.entrySet()) {
			if (entry.getValue().stream().anyMatch(summary::contains)) {
				return entry.getKey();
			}
		}
		return "PUBLIC_ORDER.NOISE".equals(incidentCategory) ? "NEIGHBOUR" : "OTHER";
	}

}
