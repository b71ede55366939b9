/// English and Chinese text for every problem the declaration area reports.
enum DeclarationMessages {
    static let entries: [String: (en: String, zh: String)] = [
        // Values
        "decl.tooManyDecimals": ("has more than {0} decimal places: {1}", "小数位超过{0}位：{1}"),
        "decl.negative": ("must not be negative: {0}", "不能为负数：{0}"),
        "decl.notFlag": ("must be 0 or 1: {0}", "只能填0或1：{0}"),
        "decl.notOneOf": ("{0} is not one of {1}", "{0}不是{1}之一"),
        "decl.unknownCode": ("is not a known code: {0} (F4 lists them)", "不是有效代码：{0}（按 F4 查找）"),
        // Goods
        "decl.tooManyGoods": ("a declaration holds at most {0} goods items (the customs form's limit): split it into two", "一份报关单最多{0}项商品（报关单的限制）：请分成两份申报"),
        "decl.noGoods": ("a declaration needs at least one goods line", "报关单至少需要一项商品"),
        "decl.hsFormat": ("commodity code must be 10 digits: {0}", "商品编号应为10位数字：{0}"),
        "decl.ciqFormat": ("inspection code must be 3 digits: {0}", "检验检疫编码应为3位数字：{0}"),
        "decl.hsUnknown": ("commodity code {0} with inspection code {1} is not in the HS table", "商品编号{0}（检验检疫编码{1}）不在商品编码表中"),
        "decl.legalInspectionCustomsOnly": ("goods line {0} ({1}) is under legal inspection (法检): it cannot be declared to customs only; declare customs and inspection",
                                            "第{0}项商品（{1}）属于法定检验商品，不能只报关，请选择报关报检"),
        "decl.legalUnitMismatch": ("unit {0} is not the legal unit {1} of {2}", "计量单位{0}不是{2}的法定计量单位{1}"),
        "decl.secondQuantityRequired": ("is required: {0} has a second legal unit ({1})", "必填：{0}有法定第二计量单位（{1}）"),
        "decl.secondQuantityNotAllowed": ("must be empty: {0} has no second legal unit", "应为空：{0}没有法定第二计量单位"),
        "decl.totalMismatch": ("total {0} differs from quantity × unit price = {1} by more than 0.01", "总价{0}与数量×单价={1}相差超过0.01"),
        "decl.manualItemRequired": ("record item no. is required for processing-trade mode {0}", "加工贸易监管方式{0}须填备案序号"),
        // Weights
        "decl.netAboveGross": ("net weight {0} is above gross weight {1}", "净重{0}大于毛重{1}"),
        "decl.netSumMismatch": ("goods lines' net weights add up to {0} but the header says {1} (allowed difference {2} kg)",
                                "各项商品净重合计{0}与表头净重{1}不符（允许差额{2}千克）"),
        // Charges
        "decl.chargeRequired": ("is required for terms of transaction {0} on {1}", "成交方式{0}（{1}）须申报此项"),
        "decl.chargeNotExpected": ("must be empty for terms of transaction {0} on {1} (already in the price)", "成交方式{0}（{1}）不应申报此项（已含在价格中）"),
        "decl.markNotAllowed": ("mark {0} is not allowed here (allowed: {1})", "标记{0}不允许（可用：{1}）"),
        "decl.currencyRequired": ("currency is required with mark {0}", "标记为{0}时须填币制"),
        // Supervision
        "decl.levyMismatch": ("supervision mode {0} goes with levy nature {1}, not {2}", "监管方式{0}应对应征免性质{1}，而不是{2}"),
        "decl.manualRequired": ("record (manual) no. is required for processing-trade mode {0}", "加工贸易监管方式{0}须填备案号"),
        // Containers
        "decl.containerFormat": ("{0} is not a container number (4 letters and 7 digits)", "{0}不是集装箱号（4个字母加7位数字）"),
        "decl.containerDuplicate": ("container {0} is listed twice", "集装箱{0}重复"),
        // Import
        "import.headerDisagrees": ("differs within one declaration: {0} here, {1} on line {2}", "同一报关单内不一致：此处为{0}，第{2}行为{1}"),
        "import.alreadySubmitted": ("declaration {0} with this reference is already submitted; it was not changed", "该企业内部编号的报关单{0}已申报，未作修改"),
        "import.notYours": ("a declaration with this reference belongs to another broker", "该企业内部编号的报关单属于其他代理"),
        "import.badDirection": ("is not I/E (import/export): {0}", "不是I/E（进口/出口）：{0}"),
        "import.badScope": ("is not both/customs/inspection: {0}", "不是报关报检/只报关/只报检：{0}"),
        "import.badJSON": ("the file is not valid JSON: {0}", "文件不是有效的JSON：{0}"),
        "import.badShape": ("expected {0}", "应为{0}"),
        "import.empty": ("the file has no declarations", "文件中没有报关单"),
    ]
}
