@testable import Commands
import Foundation
@testable import Presentation
import Testing

/// Each command's option table makes its `--help` and its usage errors: short, naming the command
/// and the option, exit 2.
@Suite struct CommandOptionTableTests {
    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: arguments, environment: ["LANG": "en_US.UTF-8"], console: captured.console) { _ in .success }
        return (code, captured.out, captured.err)
    }

    func lines(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: false).count - (text.hasSuffix("\n") ? 1 : 0) }

    @Test func everyCommandHasAnOptionTable() {
        let names = SingleWindowCLI.commandNames
        #expect(names.count > 30)
        for name in names { #expect(SingleWindowCLI.tables[name] != nil, "no option table for `\(name)`") }
        for name in SingleWindowCLI.tables.keys { #expect(names.contains(name), "the table `\(name)` names no command") }
    }

    /// The command words are found before the command's table is known, so an option name must
    /// take a value in every table or in none.
    @Test func anOptionTakesAValueEverywhereOrNowhere() {
        let all = SingleWindowCLI.tables.values.flatMap(\.allOptions) + OptionTable.topLevel.allOptions
        let kinds = Dictionary(grouping: all, by: \.name).mapValues { Set($0.map(\.takesValue)) }
        for (name, kind) in kinds { #expect(kind.count == 1, "--\(name) takes a value in one table and not in another") }
    }

    @Test(arguments: [
        (["review", "decide", "12", "--bogus"], "review decide", "--bogus"),
        (["review", "queue", "--bogus", "--as", "zhangmin"], "review queue", "--bogus"),
        (["review", "rules", "set", "C-X", "--wrong=1"], "review rules set", "--wrong"),
        (["vessels", "list", "--bogus"], "vessels list", "--bogus"),
        (["declarations", "import", "a.csv", "--nope"], "declarations import", "--nope"),
        (["clock", "show", "--yes"], "clock show", "--yes"),
        (["audit", "verify", "-x"], "audit verify", "-x"),
    ])
    func anUnknownOptionIsAShortUsageError(arguments: [String], command: String, option: String) {
        let r = run(arguments)
        #expect(r.code == 2)
        #expect(r.out.isEmpty)
        #expect(lines(r.err) <= 15, "\(r.err)")
        #expect(r.err.contains("error: \(command): unknown option \(option)"), "\(r.err)")
        #expect(r.err.contains("usage: singlewindow \(command)"))
        #expect(r.err.contains("`singlewindow \(command) --help`"))
    }

    @Test func aMissingValueNamesTheCommandAndTheOption() {
        let r = run(["review", "decide", "12", "--action"])
        #expect(r.code == 2)
        #expect(lines(r.err) <= 15)
        #expect(r.err.contains("review decide: --action needs a value"))
        let flag = run(["reset", "--yes=please"])
        #expect(flag.code == 2)
        #expect(flag.err.contains("reset: --yes takes no value"))
    }

    @Test func aCommandsOwnUsageErrorIsShortToo() {
        let r = run(["review", "decide", "12", "--action", "shrug"])
        #expect(r.code == 2)
        #expect(lines(r.err) <= 15)
        #expect(r.err.contains("review decide: --action must be"))
        #expect(r.err.contains("usage: singlewindow review decide ID"))
    }

    @Test func usageErrorsSpeakTheUsersLanguage() {
        let r = run(["review", "decide", "12", "--bogus", "--lang", "zh"])
        #expect(r.code == 2)
        #expect(r.err.contains("错误：review decide: 未知选项 --bogus"), "\(r.err)")
        #expect(r.err.contains("用法：singlewindow review decide"))
    }

    @Test func helpListsEveryOptionOfTheTable() {
        for (name, table) in SingleWindowCLI.tables {
            let r = run(name.split(separator: " ").map(String.init) + ["--help"])
            #expect(r.code == 0, "\(name)")
            #expect(r.out.hasPrefix("usage: singlewindow \(name)"), "\(name): \(r.out)")
            for option in table.allOptions {
                #expect(r.out.contains("--\(option.name)"), "`\(name) --help` does not list --\(option.name)")
                #expect(r.out.contains(Strings(.en)[option.help]), "`\(name) --help` lacks the help of --\(option.name)")
            }
            #expect(r.out.contains(Strings(.en)[table.summary]))
        }
        let zh = run(["review", "decide", "--help", "--lang", "zh"])
        #expect(zh.out.contains("用法：singlewindow review decide ID"))
        #expect(zh.out.contains(Strings(.zh)[.optInstruction]))
    }

    @Test func aNounListsItsCommands() {
        let help = run(["review", "rules", "--help"])
        #expect(help.code == 0)
        for verb in ["list", "history", "set", "try"] { #expect(help.out.contains("singlewindow review rules \(verb)")) }
        let bad = run(["review", "rules", "frob"])
        #expect(bad.code == 2)
        #expect(bad.err.contains("unknown command: review rules … (history, list, set, try)"))
        #expect(bad.err.contains("`singlewindow review rules --help` lists its commands"))
        #expect(lines(bad.err) <= 15)
        let sink = run(["vessels", "sink", "X"])
        #expect(sink.code == 2)
        #expect(lines(sink.err) <= 15)
    }

    @Test func theManualStillAnswersTheBareHelp() {
        let r = run(["--help"])
        #expect(r.code == 0)
        #expect(r.out.contains("singlewindow review decide ID"))
    }
}
