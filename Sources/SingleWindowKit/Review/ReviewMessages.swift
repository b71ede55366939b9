/// The review area's problem messages (rule validation), in English and Chinese.
enum ReviewMessages {
    static let entries: [String: (en: String, zh: String)] = [
        "review.badOutcome": ("{0} is not an outcome for the {1} lane", "{0}不是{1}通道的处置结果"),
        "review.ruleAgency": ("rule {0} belongs to the {1} lane: choose another key", "规则{0}属于{1}通道，请换用其他规则编号"),
        "review.badHSPrefix": ("{0} is not an HS chapter or heading (2 to 10 digits)", "{0}不是商品章号或品目（2至10位数字）"),
        "review.badOrigin": ("{0} is not a country code (three capital letters, ISO 3166)", "{0}不是国别代码（三位大写字母，ISO 3166）"),
        "review.noExchangeRate": ("no exchange rate for {0} on or before {1} (计征汇率): add it to the exchange-rate table",
                                  "无 {0} 在 {1} 及之前适用的计征汇率：请在汇率表中补充"),
        "review.guaranteeAmount": ("is not an amount above zero: {0}", "不是大于零的金额：{0}"),
        "review.badRate": ("{0} is not a rate between 0 and 10000 basis points", "{0}不是 0 至 10000 个基点之间的比率"),
    ]
}
