import SingleWindowKit
import TextWidth

/// The administrative district's name (行政区划, GB/T 2260) as a screen shows it. Which code an
/// enterprise has is the domain's rule (`AdministrativeDivision`, `Enterprise.administrativeDistrict`),
/// the one a draw is scoped by; this keeps only the names.
public enum AdministrativeDistrict {
    /// The six-digit division code, or nil when neither the register nor the credit code has one.
    public static func code(registered: String, uscc: String) -> String? {
        AdministrativeDivision.code(registered: registered, uscc: uscc)
    }

    /// The district's name in the operator's language: the county-level name where the table
    /// knows it, else the province's with the code ("Tianjin 120199"), else the code.
    public static func name(_ code: String, _ language: Language) -> String {
        if let n = counties[code] { return language == .zh ? n.zh : n.en }
        if code.hasSuffix("0000"), let p = provinces[String(code.prefix(2))] { return language == .zh ? p.zh : p.en }
        if let p = provinces[String(code.prefix(2))] { return (language == .zh ? p.zh : p.en) + " " + code }
        return code
    }

    /// An enterprise's district as a screen shows it: the name, or "—" when none is known.
    public static func display(registered: String, uscc: String, _ language: Language) -> String {
        code(registered: registered, uscc: uscc).map { name($0, language) } ?? "—"
    }

    /// The display width of the longest county name in `language` (a list column's width).
    public static func longestCountyName(_ language: Language) -> Int {
        counties.values.map { displayWidth(language == .zh ? $0.zh : $0.en) }.max() ?? 6
    }

    /// County-level divisions of the ports the demo data covers (GB/T 2260-2007 with its updates).
    static let counties: [String: (zh: String, en: String)] = [
        "120116": ("滨海新区", "Binhai New Area"),
        "310104": ("徐汇区", "Xuhui"), "310109": ("虹口区", "Hongkou"), "310115": ("浦东新区", "Pudong New Area"),
        "350105": ("马尾区", "Mawei"), "350128": ("平潭县", "Pingtan"), "350181": ("福清市", "Fuqing"),
        "350205": ("海沧区", "Haicang"), "350206": ("湖里区", "Huli"),
        "440111": ("白云区", "Baiyun"), "440115": ("南沙区", "Nansha"),
        "440303": ("罗湖区", "Luohu"), "440305": ("南山区", "Nanshan"), "440308": ("盐田区", "Yantian"),
    ]

    /// Province-level divisions by their first two digits.
    static let provinces: [String: (zh: String, en: String)] = [
        "11": ("北京市", "Beijing"), "12": ("天津市", "Tianjin"), "13": ("河北省", "Hebei"), "14": ("山西省", "Shanxi"),
        "15": ("内蒙古自治区", "Inner Mongolia"), "21": ("辽宁省", "Liaoning"), "22": ("吉林省", "Jilin"),
        "23": ("黑龙江省", "Heilongjiang"), "31": ("上海市", "Shanghai"), "32": ("江苏省", "Jiangsu"),
        "33": ("浙江省", "Zhejiang"), "34": ("安徽省", "Anhui"), "35": ("福建省", "Fujian"), "36": ("江西省", "Jiangxi"),
        "37": ("山东省", "Shandong"), "41": ("河南省", "Henan"), "42": ("湖北省", "Hubei"), "43": ("湖南省", "Hunan"),
        "44": ("广东省", "Guangdong"), "45": ("广西壮族自治区", "Guangxi"), "46": ("海南省", "Hainan"),
        "50": ("重庆市", "Chongqing"), "51": ("四川省", "Sichuan"), "52": ("贵州省", "Guizhou"), "53": ("云南省", "Yunnan"),
        "54": ("西藏自治区", "Tibet"), "61": ("陕西省", "Shaanxi"), "62": ("甘肃省", "Gansu"), "63": ("青海省", "Qinghai"),
        "64": ("宁夏回族自治区", "Ningxia"), "65": ("新疆维吾尔自治区", "Xinjiang"),
    ]
}
