/// Rules that hang on the supervision mode (监管方式), kept as data.
public enum SupervisionRules {
    /// Supervision mode → levy natures it may be declared with. Pairs from practice (research
    /// §2.4.2: 0615 ↔ 503 seen on a printed form); modes not in this table are not checked.
    public static let levyPairs: [String: Set<String>] = [
        "0110": ["101", "118", "119", "401", "406", "789", "799"], // 一般贸易: 一般征税, or a reduction
        "0214": ["502"],                                           // 来料加工 ↔ 来料加工
        "0255": ["502"],                                           // 来料深加工
        "0258": ["502"],                                           // 来料余料结转
        "0615": ["503"],                                           // 进料对口 ↔ 进料加工
        "0654": ["503"],                                           // 进料深加工
        "0657": ["503"],                                           // 进料余料结转
        "0715": ["503"],                                           // 进料非对口
        "3339": ["299"],                                           // 其他进出口免费 ↔ 其他法定
        "4561": ["299"],                                           // 退运货物 ↔ 其他法定
    ]

    /// Processing-trade modes (加工贸易): goods move against a record (manual) number, 备案号.
    public static let processingTradeModes: Set<String> = [
        "0214", "0245", "0255", "0258", "0265", "0300", "0615", "0644", "0654", "0657", "0664",
        "0700", "0715", "0844", "0845", "0864", "0865", "4400", "4600",
    ]

    public static func requiresManual(_ mode: String) -> Bool { processingTradeModes.contains(mode) }
}
