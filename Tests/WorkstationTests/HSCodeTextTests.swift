import Testing
@testable import Presentation

/// Issue 11, in passing: "HS chapters 0306" — a chapter is two digits; 0306 is a heading. The
/// rule book names each prefix by what it is, in both languages.
@Suite struct HSCodeTextTests {
    @Test func prefixesAreNamedByTheirLength() {
        let en = Strings(.en), zh = Strings(.zh)
        #expect(RiskRuleText.hsCodes(["0306"], en) == "heading 0306")
        #expect(RiskRuleText.hsCodes(["03", "0306", "030617", "0306171900"], en)
                == "chapter 03, heading 0306, subheading 030617, code 0306171900")
        #expect(RiskRuleText.hsCodes(["03", "0306"], zh) == "第03章、品目 0306")
        #expect(RiskRuleText.hsCodes([], en) == en[.rbAny])
        #expect(!en[.rbFieldHS].lowercased().contains("chapters"), "the label does not call a heading a chapter")
    }
}
