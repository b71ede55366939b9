import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The queue's filter form (`f`): view, state, channel, credit class and order are choices
/// (←/→ or Space), trader, HS chapter and the two dates are typed. The trader is a USCC (any
/// digit in it makes it one, checked with the domain's check character) or else the start of
/// the registered name. Enter checks everything and
/// hands back the filter; a bad value names its field, keeps the form open with every typed
/// character, and puts the cursor on that field.
struct ReviewQueueFilterForm {
    enum Field: Int, CaseIterable {
        case view, state, channel, credit, trader, chapter, from, until, sort

        var isChoice: Bool { ![.trader, .chapter, .from, .until].contains(self) }

        var label: RF {
            switch self {
            case .view: return .fView
            case .state: return .fState
            case .channel: return .fChannel
            case .credit: return .fCredit
            case .trader: return .fTrader
            case .chapter: return .fChapter
            case .from: return .fFrom
            case .until: return .fUntil
            case .sort: return .fSort
            }
        }
    }

    /// What a key did.
    enum Outcome: Equatable {
        case open
        case cancelled
        case applied(QueueFilter)
    }

    /// The filter the form started from: agency, search and who-claimed pass through unchanged.
    let base: QueueFilter
    let strings: Strings
    let timeZone: TimeZone
    /// The agency's channels (customs) or release modes (inspection), raw values.
    let channels: [String]
    /// Credit classes from the reference table: (code, name in the user's language).
    let credits: [(code: String, name: String)]

    var bucket: QueueBucket
    var state: ReviewState?
    var channel: String?
    var credit: String?
    var sort: QueueSort
    var trader: TextEditor
    var chapter: TextEditor
    var from: TextEditor
    var until: TextEditor
    var focus: Field = .view
    /// Everything the form holds, to tell whether anything was changed since it opened.
    var signature: String {
        [bucket.rawValue, state?.rawValue ?? "", channel ?? "", credit ?? "", "\(sort)", trader.text, chapter.text, from.text, until.text]
            .joined(separator: "\u{1F}")
    }
    /// `signature` as the form opened.
    var openedAs = ""
    var isChanged: Bool { signature != openedAs }

    /// The refusal of the last Enter, naming its field.
    var error: (field: Field, message: String)?

    init(_ filter: QueueFilter, strings: Strings, timeZone: TimeZone, channels: [String], credits: [(code: String, name: String)]) {
        base = filter
        self.strings = strings
        self.timeZone = timeZone
        self.channels = channels
        self.credits = credits
        bucket = filter.bucket
        state = filter.state
        channel = filter.channel
        credit = filter.creditClass
        sort = filter.sort
        trader = TextEditor(filter.traderID ?? filter.traderName ?? "", maxLength: 40)
        chapter = TextEditor(filter.hsChapter ?? "", maxLength: 4)
        from = TextEditor(filter.from.map { ReviewFilterInput.day($0, timeZone) } ?? "", maxLength: 12)
        until = TextEditor(filter.until.map { ReviewFilterInput.day($0, timeZone) } ?? "", maxLength: 12)
        if let state { bucket = state.bucket }
    }

    // MARK: - Keys

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancelled
        case .enter: return apply()
        case .function(3), .ctrl("l"): clear(); return .open
        case .tab, .down: move(1)
        case .backTab, .up: move(-1)
        case .left where focus.isChoice: cycle(-1)
        case .right where focus.isChoice, .char(" ") where focus.isChoice: cycle(1)
        default:
            guard !focus.isChoice else { return .open }
            edit(key)
        }
        return .open
    }

    mutating func move(_ step: Int) {
        let all = Field.allCases
        focus = all[(focus.rawValue + step + all.count) % all.count]
    }

    /// Every field back to "any", the default view and oldest first.
    mutating func clear() {
        bucket = .action; state = nil; channel = nil; credit = nil; sort = .oldestFirst
        for field in [Field.trader, .chapter, .from, .until] { self[text: field].text = "" }
        error = nil
    }

    mutating func edit(_ key: Key) {
        var editor = self[text: focus]
        guard editor.handle(key) else { return }
        self[text: focus] = editor
        if error?.field == focus { error = nil }
    }

    subscript(text field: Field) -> TextEditor {
        get {
            switch field {
            case .trader: return trader
            case .chapter: return chapter
            case .from: return from
            default: return until
            }
        }
        set {
            switch field {
            case .trader: trader = newValue
            case .chapter: chapter = newValue
            case .from: from = newValue
            case .until: until = newValue
            default: break
            }
        }
    }

    mutating func cycle(_ step: Int) {
        func next<T: Equatable>(_ all: [T], _ current: T) -> T {
            let i = all.firstIndex(of: current) ?? 0
            return all[(i + step + all.count) % all.count]
        }
        switch focus {
        case .view:
            bucket = next(QueueBucket.allCases, bucket)
            // A state of another view would show an empty page.
            if state?.bucket != bucket { state = nil }
        case .state: state = next(stateChoices, state)
        case .channel: channel = next([nil] + channels, channel)
        case .credit: credit = next([nil] + credits.map(\.code), credit)
        case .sort: sort = next(QueueSort.allCases, sort)
        default: break
        }
    }

    /// Any, or one state of the chosen view.
    var stateChoices: [ReviewState?] { [nil] + ReviewState.allCases.filter { $0.bucket == bucket } }

    // MARK: - Checking

    /// The filter, or the form kept open with the first bad field named and focused.
    mutating func apply() -> Outcome {
        do {
            return .applied(try filter())
        } catch let refusal as Refusal {
            error = (refusal.field, refusal.message)
            focus = refusal.field
            return .open
        } catch {
            return .open
        }
    }

    struct Refusal: Error {
        var field: Field
        var message: String
    }

    func filter() throws -> QueueFilter {
        let s = strings
        var f = base
        f.bucket = bucket
        f.state = state
        f.channel = channel
        f.creditClass = credit
        f.sort = sort
        let typedTrader = trader.text.trimmed
        f.traderID = nil
        f.traderName = nil
        if typedTrader.contains(where: { $0.isASCII && $0.isNumber }) {
            let code = USCC.normalized(typedTrader)
            guard USCC.isValid(code) else { throw Refusal(field: .trader, message: s.format(.fErrTrader, typedTrader)) }
            f.traderID = code
        } else if !typedTrader.isEmpty {
            f.traderName = typedTrader
        }
        let typedChapter = chapter.text.trimmed
        if typedChapter.isEmpty {
            f.hsChapter = nil
        } else {
            guard ReviewFilterInput.isChapter(typedChapter) else { throw Refusal(field: .chapter, message: s.format(.fErrChapter, typedChapter)) }
            f.hsChapter = typedChapter
        }
        f.from = try date(.from)
        f.until = try date(.until)
        if let a = f.from, let b = f.until, b < a {
            throw Refusal(field: .until, message: s.format(.fErrOrder, until.text.trimmed,
                                                           from.text.trimmed))
        }
        return f
    }

    private func date(_ field: Field) throws -> Date? {
        let typed = self[text: field].text.trimmed
        if typed.isEmpty { return nil }
        guard let d = ReviewFilterInput.parseDay(typed, timeZone) else {
            throw Refusal(field: field, message: strings.format(.fErrDate, strings[field.label], typed))
        }
        return d
    }

    // MARK: - Drawing

    /// The value of a choice field as shown.
    func choiceText(_ field: Field) -> String {
        let s = strings
        switch field {
        case .view:
            return [QueueBucket.action: s[.qViewAction], .waiting: s[.qViewWaiting], .done: s[.qViewDone]][bucket] ?? bucket.rawValue
        case .state: return state.map { LaneStateTable.name(.declaration, $0.rawValue, s) } ?? s[.qAny]
        case .channel: return channel.map { ReviewText.channel($0, s) } ?? s[.qAny]
        case .credit: return credit.map { code in credits.first { $0.code == code }?.name ?? code } ?? s[.qAny]
        case .sort: return sort == .oldestFirst ? s[.fOldest] : s[.fNewest]
        default: return ""
        }
    }

    func hint(_ field: Field) -> String? {
        switch field {
        case .trader: return strings[.fHintTrader]
        case .chapter: return strings[.fHintChapter]
        case .from: return strings[.fHintDate]
        case .until: return strings[.fHintUntil]
        default: return nil
        }
    }

    /// A framed box centred in `area`: one line per field, then the refusal (if any) and the keys.
    func render(into buffer: inout Buffer, area: Rect) {
        let s = strings
        let fields = Field.allCases
        let labelWidth = fields.map { displayWidth(s[$0.label]) }.max() ?? 0
        let width = min(area.width, max(64, labelWidth + 48))
        let box = area.centered(width: width, height: min(area.height, fields.count + 5))
        buffer.fill(box, style: Style(.dialog))
        let inner = buffer.drawBox(box, title: s[.fTitle])
        guard inner.width > 0, inner.height > 0 else { return }
        let valueX = inner.x + 1 + labelWidth + 2
        let boxWidth = 20
        var cursor: Point?
        for (row, field) in fields.enumerated() where row < inner.height {
            let y = inner.y + row
            let focused = field == focus
            buffer.put(pad(s[field.label], toWidth: labelWidth), x: inner.x + 1, y: y, style: Style(.dialog), maxWidth: labelWidth)
            var x = valueX
            let role: ThemeRole = focused ? .fieldFocused : (error?.field == field ? .fieldError : .field)
            if field.isChoice {
                let text = "< " + choiceText(field) + " >"
                x = buffer.put(text, x: x, y: y, style: Style(focused ? .rowSelected : .dialog), maxWidth: inner.maxX - x)
            } else {
                x = buffer.put("[", x: x, y: y, style: Style(.dialog), maxWidth: inner.maxX - x)
                let fieldArea = Rect(x: x, y: y, width: max(0, min(boxWidth, inner.maxX - x - 1)), height: 1)
                let editor = self[text: field]
                editor.render(into: &buffer, area: fieldArea, style: Style(role), focused: focused)
                if focused { cursor = buffer.cursor }
                x = buffer.put("]", x: fieldArea.maxX, y: y, style: Style(.dialog), maxWidth: inner.maxX - fieldArea.maxX)
                if error?.field == field { x = buffer.put("!", x: x, y: y, style: Style(.fieldError), maxWidth: inner.maxX - x) }
                if let hint = hint(field), x + 2 < inner.maxX {
                    buffer.put(truncate(hint, toWidth: inner.maxX - x - 2, ellipsis: true), x: x + 1, y: y,
                               style: Style(.label), maxWidth: inner.maxX - x - 1)
                }
            }
        }
        let messageY = inner.y + fields.count + 1
        if let error, messageY < inner.maxY {
            buffer.put(truncate(error.message, toWidth: inner.width - 2, ellipsis: true), x: inner.x + 1, y: messageY,
                       style: Style(.messageError), maxWidth: inner.width - 2)
        }
        if inner.maxY - 1 > messageY {
            buffer.put(truncate(s[.fHelp], toWidth: inner.width - 2, ellipsis: true), x: inner.x + 1, y: inner.maxY - 1,
                       style: Style(.label), maxWidth: inner.width - 2)
        }
        buffer.cursor = cursor
    }
}
