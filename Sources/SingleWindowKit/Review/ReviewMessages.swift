/// The review area's problem messages (rule validation), in English and Chinese.
enum ReviewMessages {
    static let entries: [String: (en: String, zh: String)] = [
        "review.badOutcome": ("{0} is not an outcome for the {1} lane", "{0}不是{1}通道的处置结果"),
        "review.badRate": ("{0} is not a rate between 0 and 10000 basis points", "{0}不是 0 至 10000 个基点之间的比率"),
    ]
}
