/// Registers every area's message table exactly once. Each area adds one line here.
enum DomainMessages {
    private static let once: Void = {
        Messages.register(CommonMessages.entries)
        Messages.register(CSVImportMessages.entries)
        Messages.register(VesselMessages.entries)
        Messages.register(DeclarationMessages.entries)
        Messages.register(ManifestMessages.entries)
        Messages.register(ReviewMessages.entries)
    }()

    static func ensureRegistered() { _ = once }
}

/// Messages shared by all areas.
enum CommonMessages {
    static let entries: [String: (en: String, zh: String)] = [
        "problem.required": ("is required", "必填"),
        "problem.tooLong": ("is longer than {0} characters", "超过{0}个字符"),
        "problem.notNumber": ("is not a number: {0}", "不是数字：{0}"),
        "problem.notInteger": ("is not a whole number: {0}", "不是整数：{0}"),
        "problem.notDate": ("is not a date (YYYY-MM-DD): {0}", "不是日期（YYYY-MM-DD）：{0}"),
        "problem.unknownCode": ("{0} is not in the {1} table", "{0}不在{1}代码表中"),
        "problem.badFormat": ("has the wrong format: {0}", "格式不正确：{0}"),
        "problem.uscc": ("{0} is not a valid unified social credit code", "{0}不是有效的统一社会信用代码"),
        "problem.checkDigit": ("{0} fails its check digit", "{0}校验位错误"),
    ]
}
