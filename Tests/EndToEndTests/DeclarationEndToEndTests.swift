import Foundation
import Testing

/// Scenario S1 on the real binary in tmux: broker 李伟 types a customs + inspection declaration
/// with two goods lines using F4 look-ups and Dup line, saves, sees the problem he left (net weight
/// above gross weight), fixes it, submits after the confirm, and sees both agency lanes.
@Suite struct DeclarationEndToEndTests {
    /// The header items in form order (the field catalogue's order); Tab walks them one by one.
    static let headerOrder = [
        "direction", "scope", "traderReference", "customsDistrict", "iePort", "ieDate", "manualNo", "contractNo", "licenseNo",
        "entryType", "declarantContact", "declarantPhone", "traderName", "traderUSCC", "traderCode", "traderCIQCode",
        "traderNameEn", "overseasName", "overseasNameEn", "overseasCode", "ownerName", "ownerUSCC", "ownerCode", "ownerCIQCode",
        "agentName", "agentUSCC", "agentCode", "agentCIQCode", "transportMode", "transportName", "voyageNo", "billNo",
        "tradeCountry", "consignmentCountry", "loadingPort", "destinationPort", "entryExitPort", "goodsPlace", "despatchDate",
        "unloadingDate", "supervisionMode", "levyNature", "tradeTerms", "freightMark", "freightValue", "freightCurrency",
        "insuranceMark", "insuranceValue", "insuranceCurrency", "otherMark", "otherValue", "otherCurrency", "packageType",
        "packageCount", "grossWeight", "netWeight", "marks", "notes", "specialRelationship", "priceInfluence", "royaltyPayment",
        "inspectionOrg",
    ]

    /// Codes of one length: typing the last character moves to the next field.
    static let completeLengths = [
        "customsDistrict": 4, "iePort": 4, "transportMode": 1, "tradeCountry": 3, "consignmentCountry": 3, "loadingPort": 5,
        "destinationPort": 5, "entryExitPort": 5, "supervisionMode": 4, "levyNature": 3, "tradeTerms": 1, "freightMark": 1,
        "freightCurrency": 3, "insuranceMark": 1, "insuranceCurrency": 3, "packageType": 2, "specialRelationship": 1,
        "priceInfluence": 1, "royaltyPayment": 1, "inspectionOrg": 6,
    ]

    /// Moves the form's focus with Tab / Shift-Tab, remembering where it is.
    final class Form {
        let session: TmuxSession
        var position = 0
        init(_ session: TmuxSession) { self.session = session }

        func go(to key: String) throws {
            guard let target = DeclarationEndToEndTests.headerOrder.firstIndex(of: key) else { throw TmuxSession.Failure(description: key) }
            let delta = target - position
            if delta != 0 {
                let keys = Array(repeating: delta > 0 ? "Tab" : "BTab", count: abs(delta))
                try session.tmux(["send-keys", "-t", session.name] + keys)
            }
            position = target
        }

        func type(_ key: String, _ text: String) throws {
            try go(to: key)
            try session.type(text)
            // A complete code moves the focus on by itself.
            if DeclarationEndToEndTests.completeLengths[key] == text.count { position += 1 }
        }

        /// F4, a search text typed into the popup, Enter on the first match.
        func lookUp(_ key: String, _ search: String, expect: String) throws {
            try go(to: key)
            try session.send("F4")
            try session.waitFor(text: "Look up:")
            try session.type(search)
            try session.waitFor(text: expect)
            try session.send("Enter")
            try session.waitFor("look-up closed") { !$0.contains("Look up:") }
        }
    }

    @Test func brokerTypesChecksFixesAndSubmitsABigTableDeclaration() throws {
        let session = try TmuxSession(columns: 100, rows: 30, arguments: ["--as", "liwei", "--lang", "en"])
        defer { session.close() }
        // A fresh training database lists the broker's training cases (TRN-…).
        try session.waitFor(text: "TRN-C-0")
        try session.send("n")
        try session.waitFor(text: "New declaration")

        let form = Form(session)
        try form.lookUp("customsDistrict", "2244", expect: "2244")
        try form.type("iePort", "2244")
        try form.type("contractNo", "E2E-C-001")
        try form.lookUp("traderName", "海鲜源", expect: "91310115312345673N")
        try form.type("overseasNameEn", "PACIFIC SHRIMP S.A.")
        try form.lookUp("ownerName", "海鲜源", expect: "91310115312345673N")
        try form.type("transportMode", "2")
        try form.type("billNo", "E2EBL0001")
        try form.lookUp("tradeCountry", "厄瓜多尔", expect: "ECU")
        try form.type("consignmentCountry", "ECU")
        try form.type("loadingPort", "ECGYE")
        try form.type("destinationPort", "CNSHA")
        try form.type("entryExitPort", "CNSHA")
        try form.type("goodsPlace", "洋山港区冷库")
        try form.lookUp("supervisionMode", "0110", expect: "0110")
        try form.type("levyNature", "101")
        try form.type("tradeTerms", "3")
        try form.type("freightMark", "3")
        try form.type("freightValue", "2400")
        try form.lookUp("freightCurrency", "USD", expect: "USD")
        try form.type("insuranceMark", "1")
        try form.type("insuranceValue", "0.3")
        try form.type("packageType", "22")
        try form.type("packageCount", "800")
        try form.type("grossWeight", "7000")   // below the net weight: the problem to find
        try form.type("netWeight", "8000")
        try form.type("marks", "N/M")
        try form.type("specialRelationship", "0")
        try form.type("priceInfluence", "0")
        try form.type("royaltyPayment", "0")
        try form.type("inspectionOrg", "310000")
        try session.waitFor(text: "310000")

        // Goods line 1: the HS code by look-up fills its inspection code, name and units; the
        // header gave origin, final country, currency and duty mode; Enter moves to the next
        // required cell still empty, and the legal quantity, net weight and total follow.
        try session.send("PageDown")
        try session.waitFor(text: "No lines yet")
        try session.send("Enter")
        try session.waitFor(text: "Goods line 1")
        try session.send("F4")
        try session.waitFor(text: "Look up: Commodity code")
        try session.type("0306171900")
        try session.waitFor(text: "Other shrimps and prawns in shell")
        try session.send("Enter")
        try session.waitFor(text: "Goods line 1 · Specification")
        try session.type("冻|带头|40/50")
        try session.send("Enter")
        try session.waitFor(text: "Goods line 1 · Quantity")
        try session.type("4000")
        try session.send("Enter")
        try session.waitFor(text: "Goods line 1 · Unit price")
        try session.type("8.5")
        try session.send("Enter")
        try session.waitFor(text: "Goods line 1 · Domestic destination")
        try session.type("31222")
        try session.waitFor(text: "Domestic destination/source*•: 31222")

        // Goods line 2: Ins adds it, Dup line (Ctrl-L) repeats line 1.
        try session.send("IC")
        try session.waitFor(text: "Goods line 2")
        try session.send("C-l")
        try session.waitFor(text: "Goods (2)")
        try session.waitFor(text: "Goods line 2 · Commodity code*•: 0306171900")

        // Save: kept as typed, with the problem reported; the check lists it.
        try session.send("F2")
        // (Its number follows the training cases' drafts.)
        try session.waitFor("saved with its problem") { $0.contains("Saved Draft #") && $0.contains("with 1 problem(s)") }
        try session.press("F3", until: "net weight 8000 is above gross weight 7000")
        try session.send("Enter")
        try session.waitFor("the form at the net weight") { $0.contains("Net wt (kg)") && !$0.contains("problem(s): Enter") }
        form.position = Self.headerOrder.firstIndex(of: "netWeight")!
        try form.go(to: "grossWeight")
        try session.send("C-u")
        try session.type("8400")
        try session.press("F3", until: "No problems: ready to submit (F10)")

        // One submission after one confirm, split to customs and inspection.
        try session.send("F10")
        try session.waitFor(text: "Submit to customs + inspection?")
        try session.waitFor(text: "Inspection & quarantine: ")
        try session.send("y")
        let status = try session.waitFor(text: "── Inspection & quarantine: received")
        #expect(status.contains("── Customs: received"))
        #expect(status.contains("Declaration no. 2244"))
        #expect(status.contains("read-only"))
    }
}
