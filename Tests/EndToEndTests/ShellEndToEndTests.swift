import Foundation
import Testing

/// The real binary on a real terminal (tmux): a fresh training database, tab switching, help,
/// a resize below the minimum and back, quitting, and the terminal given back.
@Suite struct ShellEndToEndTests {
    @Test func tabsHelpResizeQuit() throws {
        let session = try TmuxSession(columns: 80, rows: 24, arguments: ["--lang", "en"])
        defer { session.close() }
        try session.waitFor(text: "Created a training database")
        try session.waitFor(text: "TRAINING")

        try session.send("F8")
        try session.waitFor(text: "Enterprise register by credit class")
        // Alt-6 (what Esc 6 sends) is F6, on a terminal with function keys as on one without.
        try session.send("M-6")
        try session.waitFor(text: "Vessel calls by expected time")
        try session.send("F5")
        try session.waitFor(text: "This list is for brokers and traders")

        try session.send("F1")
        try session.waitFor(text: "Switch operator (training)")
        try session.send("Escape")
        try session.waitFor("help closed") { !$0.contains("Switch operator (training)") }

        try session.resize(columns: 60, rows: 20)
        try session.waitFor(text: "Terminal too small (need 80×24, have 60×20)")
        try session.resize(columns: 80, rows: 24)
        try session.waitFor(text: "This list is for brokers and traders")

        try session.send("C-q")
        try session.waitFor(text: "Quit SingleWindow?")
        try session.send("y")
        let after = try session.waitFor(text: "[exit 0]")
        // The alternate screen is gone: the workstation's frame no longer shows.
        #expect(!after.contains("F1 Help"))
        // The creation notice is repeated on the normal screen after exit.
        #expect(after.contains("Created a training database"))
    }

    @Test func chineseInterfaceFromLang() throws {
        let session = try TmuxSession(columns: 100, rows: 30, arguments: [], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_CTYPE": "C.UTF-8"])
        defer { session.close() }
        try session.waitFor(text: "报关报检")
        try session.waitFor(text: "培训")
        try session.send("F8")
        try session.waitFor(text: "统一社会信用代码")
        try session.send("C-q")
        try session.send("y")
        try session.waitFor(text: "[exit 0]")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let session = try TmuxSession(columns: 80, rows: 24, arguments: ["--lang", "en"])
        defer { session.close() }
        try session.waitFor(text: "TRAINING")
        let shellPID = try session.tmux(["display-message", "-p", "-t", session.name, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pkill.arguments = ["pkill", "-TERM", "-P", shellPID, "singlewindow"]
        try pkill.run()
        pkill.waitUntilExit()
        #expect(pkill.terminationStatus == 0)
        let after = try session.waitFor(text: "[exit")
        #expect(!after.contains("F1 Help"))
        #expect(after.contains("[exit 143]"))
    }

    @Test func oddTerminalsDoNotCrash() throws {
        for term in ["vt100", "dumb", "xterm"] {
            let session = try TmuxSession(columns: 80, rows: 24, arguments: ["--lang", "en"], environment: ["TERM": term, "NO_COLOR": "1"])
            defer { session.close() }
            let screen = try session.waitFor("\(term) starts or refuses politely", timeout: 10) {
                $0.contains("TRAINING") || $0.contains("[exit")
            }
            if screen.contains("TRAINING") {
                try session.send("C-q")
                try session.send("y")
                try session.waitFor(text: "[exit 0]")
            } else {
                #expect(screen.contains("[exit 2]"), "\(term): \(screen)")
            }
        }
    }

    @Test func nonUTF8LocaleDoesNotCrash() throws {
        let session = try TmuxSession(columns: 80, rows: 24, arguments: ["--lang", "en"], environment: ["LANG": "C", "LC_ALL": "C"])
        defer { session.close() }
        try session.waitFor(text: "TRAINING")
        try session.send("F8")
        try session.waitFor(text: "Enterprise register")
        try session.send("C-q")
        try session.send("y")
        try session.waitFor(text: "[exit 0]")
    }
}
