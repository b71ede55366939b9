import Foundation
import Testing

extension TmuxSession {
    /// S1's end and S2's start as the broker plays them: find the shrimp draft of the ERP batch
    /// by its contract number, open it, submit it once; returns its customs number, read off the
    /// status page once `shown` (a lane's line) is on screen.
    func submitShrimpDraft(until shown: String) throws -> String {
        try waitFor(text: "Draft #")
        try send("/")
        try type("SH-2026-009")
        try send("Enter")
        try waitFor("one draft found") { $0.contains("SH-2026-009") && !$0.contains("MA-2026") }
        try send("Enter")
        try waitFor(text: "上海海鲜进出口有限公司")
        try send("F10")
        try waitFor(text: "Submit to customs + inspection?")
        try send("y")
        let submitted = try waitFor(text: shown)
        return try #require(Headless.firstMatch("2244[0-9]{14}", in: submitted))
    }
}
