import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// The joint inspection task list on the Declarations tab: `j` from the queue, appointment order,
/// filters, Enter to the review screen and back, `o` to offer slots.
@Suite struct JointTaskListTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static func tab(_ shell: Shell) -> DeclarationsTabPane { shell.panes[.declarations] as! DeclarationsTabPane }
    static func text(_ shell: Shell) -> String { ReviewQueuePaneSupport.text(shell) }

    @Test(arguments: [Language.en, .zh], sizes)
    func taskListSnapshot(language: Language, size: Size) throws {
        let fixture = try TrainingFixture()
        _ = try JointTaskSupport.make(fixture)
        let shell = try fixture.shell(as: "zhangmin", language: language, size: size)
        shell.press(.char("j"))
        #expect(Self.tab(shell).showingTasksForTests)
        Snapshot.assert(shell.screen(), named: "joint-tasks-\(language.rawValue)-\(size.width)x\(size.height)")
    }

    @Test func ordersByAppointmentAndFilters() throws {
        let fixture = try TrainingFixture()
        let tasks = try JointTaskSupport.make(fixture)
        let numbers = tasks.declarations.map { $0.number ?? "-" }
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("j"))
        let rows = Self.tab(shell).tasks.list?.table.pager.items.map(\.declarationID) ?? []
        #expect(rows == [tasks.declarations[1].id, tasks.declarations[0].id, tasks.declarations[2].id])
        #expect(Self.text(shell).contains("3 tasks") && Self.text(shell).contains("03-03 10:30"))
        // "My result": customs has recorded on the first one.
        shell.press(.char("m"))
        #expect(!Self.text(shell).contains(numbers[0]) && Self.text(shell).contains(numbers[1]))
        // Booked only, then not booked.
        shell.press(.char("m"), .char("v"))
        #expect(Self.text(shell).contains(numbers[0]) && !Self.text(shell).contains(numbers[2]))
        shell.press(.char("v"))
        #expect(Self.text(shell).contains(numbers[2]) && !Self.text(shell).contains(numbers[0]))
        // j (or Esc) goes back to the queue.
        shell.press(.escape)
        #expect(!Self.tab(shell).showingTasksForTests && Self.text(shell).contains("Review queue"))
    }

    /// Enter opens the declaration's review screen in the queue pane; Esc then returns to the queue.
    @Test func enterOpensTheReviewScreen() throws {
        let fixture = try TrainingFixture()
        let tasks = try JointTaskSupport.make(fixture)
        let shell = try fixture.shell(as: "wangqiang")
        shell.press(.char("j"))
        shell.press(.enter)
        let tab = Self.tab(shell)
        #expect(!tab.showingTasksForTests)
        #expect(tab.queue.screen?.review.declaration.id == tasks.declarations[0].id)
        #expect(Self.text(shell).contains("Joint inspection at"))
        // `j` belongs to the review screen's keys no more than the queue's dialogs: no task list from here.
        shell.press(.char("j"))
        #expect(!tab.showingTasksForTests)
        shell.press(.escape)
        #expect(tab.queue.screen == nil && Self.text(shell).contains("Review queue"))
    }

    /// `o` offers slots at the selected task's place on the next working day.
    @Test func offerSlotsFromTheList() throws {
        let fixture = try TrainingFixture()
        let tasks = try JointTaskSupport.make(fixture)
        let place = tasks.declarations[1]["goodsPlace"]
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("j"), .char("o"))
        #expect(Self.tab(shell).tasks.dialog?.value("place") == place)
        #expect(Self.tab(shell).tasks.dialog?.value("day") == "2026-03-03")
        // Day: a Saturday; times: two of our own; capacity 2.
        shell.press(.tab)
        for _ in 0..<10 { shell.press(.backspace) }
        shell.type("2026-03-07")
        shell.press(.tab)
        for _ in 0..<30 { shell.press(.backspace) }
        shell.type("08:00, 16:30")
        shell.press(.tab)
        shell.press(.backspace)
        shell.type("2")
        shell.press(.enter)
        #expect(Self.tab(shell).tasks.dialog == nil)
        #expect(Self.text(shell).contains("Offered 2 slot(s) at \(place) on 2026-03-07"))
        let offered = try InspectionSlots.available(fixture.workspace.db, place: place, fromDay: "2026-03-07").filter { $0.day == "2026-03-07" }
        #expect(offered.map(\.start) == ["08:00", "16:30"] && offered.allSatisfy { $0.capacity == 2 })

        // A malformed time is refused by the domain; the dialog stays open to correct it.
        shell.press(.char("o"), .tab, .tab)
        shell.type(",7:5")
        shell.press(.tab, .enter)
        #expect(Self.tab(shell).tasks.dialog != nil)
        #expect(Self.text(shell).contains("7:5"))
        shell.press(.escape)
        #expect(Self.tab(shell).tasks.dialog == nil && Self.tab(shell).showingTasksForTests)
    }

    /// Another terminal books the third task: a refresh moves it among the booked ones.
    @Test func refreshFollowsAnotherTerminal() throws {
        let fixture = try TrainingFixture()
        let tasks = try JointTaskSupport.make(fixture)
        let shell = try fixture.shell(as: "zhangmin")
        shell.press(.char("j"))
        let third = tasks.declarations[2]
        let slot = try #require(tasks.slots.first { $0.place == third["goodsPlace"] && $0.day == "2026-03-03" && $0.start == "09:00" })
        let broker = try #require(try Operators.find(fixture.workspace.db, "liwei"))
        try InspectionSlots.book(fixture.workspace, declarationID: third.id, slotID: slot.id, by: broker)
        Self.tab(shell).refresh(try fixture.app(as: "zhangmin"))
        #expect(Self.tab(shell).tasks.list?.table.pager.items.first?.declarationID == third.id)
    }
}
