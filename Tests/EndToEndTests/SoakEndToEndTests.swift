import Foundation
import Testing

/// A random-keys soak on the real binary, one role per tmux pane at 80×24 in Chinese, on a training
/// database holding the submitted ERP batch: keys drawn from a fixed seed (so a failure replays),
/// every way of moving and acting except quitting. It fails when the workstation ends — a crash, a
/// trap, any exit — and names the keys that led there, then checks the terminal was left sane.
/// Each role plays twice: on the batch and on a fresh training database whose lists are empty.
///
/// `SINGLEWINDOW_SOAK_SECONDS` sets the time per role (60 by default; the roles run side by side).
@Suite struct SoakEndToEndTests {
    static let roles = ["liwei", "zhangmin", "wangqiang", "liuyang", "zhoujun", "chenjing", "dengchao", "yangfan", "trainer"]

    /// What a curious user presses. Ctrl-Q / Ctrl-C are left out: they ask to quit, and a `y` after
    /// them would end the run for a good reason.
    static let keys: [String] = [
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12",
        "Tab", "BTab", "Enter", "Escape", "Escape", "Up", "Down", "Left", "Right",
        "PageUp", "PageDown", "Home", "End", "IC", "DC", "BSpace", "Space",
        "M-1", "M-2", "M-3", "M-4", "C-n", "C-t", "C-s", "C-r", "C-d", "C-w", "C-x",
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m", "n", "o", "p", "q", "r", "s", "t", "u",
        "v", "w", "x", "y", "z", "R", "/", "=", "0", "1", "2", "3", "7", "9", "-", ".",
    ]

    static var seconds: Double {
        Double(ProcessInfo.processInfo.environment["SINGLEWINDOW_SOAK_SECONDS"] ?? "") ?? 60
    }

    /// SplitMix64: the same seed gives the same keys on every machine.
    struct Draw {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// One role's pane, its draw and the keys it has had.
    final class Player {
        let role: String
        let session: TmuxSession
        var draw: Draw
        var sent: [String] = []
        var ended = false

        init(role: String, login: String, database: String, seed: UInt64) throws {
            self.role = role
            draw = Draw(state: seed)
            session = try TmuxSession(columns: 80, rows: 24, arguments: ["--db", database, "--as", login, "--lang", "zh"],
                                      afterExit: "stty -a | grep -qw -- -icanon && echo TTY-RAW || echo TTY-SANE")
        }

        var lastKeys: String { sent.suffix(40).joined(separator: " ") }
    }

    /// All roles side by side, round after round, so the soak takes its time once, not once a role.
    @Test(.enabled(if: TmuxSession.tmuxAvailable))
    func randomKeysEveryRole() throws {
        let dir = try Headless.scratch("soak")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (db, imported) = try Headless.trainingDatabaseWithBatch(in: dir, name: "soak.db", submit: true)
        #expect(imported.code == 1, "the batch has three broken rows: \(imported.err)")
        var players: [Player] = []
        defer { players.forEach { $0.session.close() } }
        // A fresh training database too: every officer's queue and task list empty, no declarations.
        let fresh = dir.appendingPathComponent("fresh.db").path
        let created = try Headless.run(["init", "--db", fresh, "--training"])
        #expect(created.code == 0, "\(created.err)")
        for (i, role) in Self.roles.enumerated() {
            // Each role on its own copies, so one role's random import never moves another's ground.
            for (kind, source) in [("batch", db), ("fresh", fresh)] {
                let copy = dir.appendingPathComponent("soak-\(role)-\(kind).db").path
                try FileManager.default.copyItem(atPath: source, toPath: copy)
                let seed = 0x5157_1DE0 ^ UInt64(i) ^ (kind == "fresh" ? 0xF00D_0000 : 0)
                players.append(try Player(role: "\(role) (\(kind))", login: role, database: copy, seed: seed))
            }
        }
        for p in players { try p.session.waitFor(text: "培训", timeout: 30) }

        let deadline = Date().addingTimeInterval(Self.seconds)
        var round = 0
        while Date() < deadline, players.contains(where: { !$0.ended }) {
            round += 1
            for p in players where !p.ended {
                let batch = (0..<3).map { _ in Self.keys[p.draw.next(Self.keys.count)] }
                try p.session.send(batch[0], batch[1], batch[2])
                p.sent += batch
                if round % 10 == 0, try p.session.screen().contains("[exit ") {
                    p.ended = true
                    Issue.record("\(p.role): the workstation ended after \(p.sent.count) keys; last: \(p.lastKeys)\n\(try p.session.screen())")
                }
            }
            // Paced so the soak leaves the machine to the tests running beside it.
            usleep(200_000)
        }
        // Still running after the soak: each quits the normal way and leaves its terminal restored.
        for p in players where !p.ended {
            let alive = try p.session.screen()
            if alive.contains("[exit ") {
                Issue.record("\(p.role): ended; last keys: \(p.lastKeys)\n\(alive)")
                continue
            }
            try quit(p)
        }
    }

    private func quit(_ p: Player) throws {
        for _ in 0..<4 { try p.session.send("Escape") }
        usleep(200_000)
        try p.session.send("C-q")
        let asked = try p.session.waitFor("\(p.role): the quit question", timeout: 10) {
            $0.contains("退出") || $0.contains("D 放弃") || $0.contains("[exit ")
        }
        // A form left edited by the random keys asks save / discard / stay instead of yes / no.
        try p.session.send(asked.contains("D 放弃") ? "d" : "y")
        let end = try p.session.waitFor("\(p.role): the exit and the terminal's mode", timeout: 15) { $0.contains("TTY-") }
        #expect(end.contains("[exit 0]"), "\(p.role): \(end)")
        #expect(end.contains("TTY-SANE"), "\(p.role): terminal left raw\n\(end)")
    }
}
