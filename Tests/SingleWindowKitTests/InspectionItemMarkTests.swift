import Testing
@testable import SingleWindowKit

/// Issue 11, in passing: "、" (the enumeration comma) lists things within one inspection item;
/// it never splits the item. Commas, semicolons and line breaks still separate items.
@Suite struct InspectionItemMarkTests {
    @Test func anItemNamingSeveralThingsStaysOneItem() {
        let one = InspectionInstruction("核查品种、包冰及净重")
        #expect(one.items == ["核查品种、包冰及净重"])
        let two = InspectionInstruction("核查品种、包冰及净重，开箱2个；抽样送检\n核对标签")
        #expect(two.items == ["核查品种、包冰及净重", "开箱2个", "抽样送检", "核对标签"])
        #expect(InspectionInstruction("open 2 containers, check labelling; weigh").items == ["open 2 containers", "check labelling", "weigh"])
    }

    @Test func theJointTaskKeepsTheItemWhole() {
        let merged = JointInspection.merge([], adding: InspectionInstruction("核查品种、包冰及净重"), from: .customs)
        let both = JointInspection.merge(merged, adding: InspectionInstruction("核查品种、包冰及净重，检疫采样"), from: .inspection)
        #expect(both.map(\.text) == ["核查品种、包冰及净重", "检疫采样"])
        #expect(both.map(\.agencies) == [[.customs, .inspection], [.inspection]])
    }
}
