@testable import Commands
@testable import Presentation
import Testing
@testable import Workstation
import SingleWindowKit

@Suite struct CatalogueTests {
    /// Every key table of the workstation; a new pane adds its enum here.
    static let tables: [[(key: String, en: String?, zh: String?)]] = [
        entries(S.self),
        entries(DS.self),
        entries(VS.self),
        entries(RQ.self),
        entries(RV.self),
        entries(RF.self),
        entries(JT.self),
        entries(RB.self),
        entries(CH.self),
        entries(AK.self),
        entries(AR.self),
        entries(SB.self),
    ]

    static func entries<K: CatalogueKey>(_ type: K.Type) -> [(key: String, en: String?, zh: String?)] {
        K.allCases.map { key in (key.rawValue, K.table[key]?.en, K.table[key]?.zh) }
    }

    @Test func everyKeyHasEnglishAndChinese() {
        for table in Self.tables {
            for entry in table {
                #expect(entry.en?.isEmpty == false, "missing English for \(entry.key)")
                #expect(entry.zh?.isEmpty == false, "missing Chinese for \(entry.key)")
            }
        }
    }

    /// Call sites write `strings[.keyOpen]`; the same case name in two tables would make that
    /// ambiguous (or, worse, resolve to the other table), so case names are unique too.
    @Test func caseNamesAreUniqueAcrossTables() {
        let names = S.allCases.map { String(describing: $0) } + DS.allCases.map { String(describing: $0) }
            + VS.allCases.map { String(describing: $0) } + RQ.allCases.map { String(describing: $0) } + RV.allCases.map { String(describing: $0) }
            + RF.allCases.map { String(describing: $0) }
            + JT.allCases.map { String(describing: $0) }
            + RB.allCases.map { String(describing: $0) }
            + CH.allCases.map { String(describing: $0) }
            + AK.allCases.map { String(describing: $0) }
            + AR.allCases.map { String(describing: $0) }
            + SB.allCases.map { String(describing: $0) }
        let repeated = Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "case names in more than one table: \(repeated)")
    }

    @Test func keysAreUniqueAcrossTables() {
        let keys = Self.tables.flatMap { $0.map(\.key) }
        #expect(Set(keys).count == keys.count)
    }

    @Test func formatReplacesPlaceholders() {
        #expect(Strings(.en).format(.terminalTooSmall, 60, 20) == "Terminal too small (need 80×24, have 60×20)")
        #expect(Strings(.zh).format(.terminalTooSmall, 60, 20) == "终端太小（需要 80×24，当前 60×20）")
    }

    @Test func languageFromLocale() {
        #expect(Language.fromLocale("zh_CN.UTF-8") == .zh)
        #expect(Language.fromLocale("en_US.UTF-8") == .en)
        #expect(Language.fromLocale("C") == .en)
        #expect(Language.fromLocale(nil) == .en)
    }
}

@Suite struct ArgumentParserTests {
    @Test func optionsSwitchesAndWords() throws {
        let p = try ArgumentParser.parse(["declarations", "import", "a.csv", "--db", "x.db", "--json", "--lang=zh"])
        #expect(p.words == ["declarations", "import", "a.csv"])
        #expect(p.option("db") == "x.db")
        #expect(p.option("lang") == "zh")
        #expect(p.has("json"))
    }

    @Test func doubleDashEndsOptions() throws {
        let p = try ArgumentParser.parse(["backup", "--", "--weird-name.db"])
        #expect(p.words == ["backup", "--weird-name.db"])
    }

    @Test func errors() {
        #expect(throws: OptionError.unknown("--nope")) { try ArgumentParser.parse(["--nope"]) }
        #expect(throws: OptionError.needsValue("--db")) { try ArgumentParser.parse(["--db"]) }
        #expect(throws: OptionError.needsValue("--db")) { try ArgumentParser.parse(["--db", "--json"]) }
        #expect(throws: OptionError.takesNoValue("--json")) { try ArgumentParser.parse(["--json=1"]) }
        #expect(throws: OptionError.unknown("-x")) { try ArgumentParser.parse(["-x"]) }
        #expect(OptionError.unknown("--nope").text(Strings(.en)) == "unknown option --nope")
        #expect(OptionError.needsValue("--db").text(Strings(.en)) == "--db needs a value")
        #expect(OptionError.takesNoValue("--json").text(Strings(.en)) == "--json takes no value")
    }

    @Test func unknownCommandExitsTwoThroughTheDispatcher() {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: ["nonsense"], environment: [:], console: captured.console) { _ in .success }
        #expect(code == 2)
        #expect(captured.err.contains("unknown command: nonsense"))
    }
}
