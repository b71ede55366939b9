import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The form's place in the queue pane: opened with `f`, applied with Enter, and the line under
/// the title that says which filters are in use.
extension ReviewQueuePane {
    enum FilterAction: String, PaneActionKind { case apply, cancel, clear }

    func filterFormKeyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        return KeyMap([
            KeyBinding(.enter, label: s[.fKeyApply], help: s[.fHelpApply], action: PaneAction(FilterAction.apply)),
            KeyBinding(.escape, label: s[.fKeyCancel], help: s[.fHelpCancel], action: PaneAction(FilterAction.cancel)),
            KeyBinding([.function(3), .ctrl("l")], label: s[.fKeyClear], help: s[.fHelpClear], action: PaneAction(FilterAction.clear)),
        ])
    }

    func openFilterForm(_ app: AppContext) {
        guard let agency = ReviewText.agency(app.actor) else { return }
        var form = ReviewQueueFilterForm(filter(agency), strings: app.strings, timeZone: app.timeZone,
                                         channels: channelChoices(app),
                                         credits: ReviewFilterInput.creditChoices(app.db, app.strings.language))
        form.openedAs = form.signature
        filterForm = form
    }

    /// A changed filter form is no record's draft: leaving it can only discard (the shell asks).
    func unsavedWork(_ app: AppContext) -> UnsavedWork? {
        guard let form = filterForm, form.isChanged else { return nil }
        return UnsavedWork(title: app.strings[.fTitle], details: app.strings[.unsavedChanges], canSave: false)
    }

    func discardUnsaved(_ app: AppContext) { filterForm = nil }

    func performOnFilterForm(_ action: PaneAction, _ app: AppContext) {
        switch action.as(FilterAction.self) {
        case .apply: handleFilterForm(.enter, app)
        case .cancel: handleFilterForm(.escape, app)
        case .clear: handleFilterForm(.function(3), app)
        case nil: break
        }
    }

    func handleFilterForm(_ key: Key, _ app: AppContext) {
        guard var form = filterForm else { return }
        switch form.handle(key) {
        case .open: filterForm = form
        case .cancelled:
            // Esc on a changed form: the shell asks discard / stay, as for every way out.
            if form.isChanged { filterForm = form; app.askToCloseForm() } else { filterForm = nil }
        case let .applied(f):
            filterForm = nil
            bucket = f.bucket; stateFilter = f.state; channelFilter = f.channel; creditFilter = f.creditClass
            traderFilter = f.traderID; traderNameFilter = f.traderName; chapterFilter = f.hsChapter; fromFilter = f.from; untilFilter = f.until; sort = f.sort
            list?.reloadFromTop()
        }
    }

    /// State and channel always (the quick keys' filters), then only what else is in use. When
    /// that is wider than `width`, the short form: only the filters in use, by value, dates as
    /// a half-open range; whatever still does not fit is cut by display width.
    func filterLine(_ app: AppContext, width: Int) -> String {
        let s = app.strings
        let state = stateFilter.map { LaneStateTable.name(.declaration, $0.rawValue, s) }
        let channel = channelFilter.map { ReviewText.channel($0, s) }
        let credit = creditFilter.map { EnterpriseCreditPane.creditName($0, s) }
        let from = fromFilter.map { ReviewFilterInput.day($0, app.timeZone) }
        let until = untilFilter.map { ReviewFilterInput.day($0, app.timeZone) }
        var line = s.format(.qFilterLine, state ?? s[.qAny], channel ?? s[.qAny])
        if let credit { line += s.format(.fLineCredit, credit) }
        if let v = traderFilter { line += s.format(.fLineTrader, v) }
        if let v = traderNameFilter { line += s.format(.fLineTrader, v + "…") }
        if let v = chapterFilter { line += s.format(.fLineChapter, v) }
        if let from { line += s.format(.fLineFrom, from) }
        if let until { line += s.format(.fLineUntil, until) }
        if sort == .newestFirst { line += s[.fLineNewest] }
        if displayWidth(line) <= width { return line }
        var dates: [String] = []
        if let from { dates.append(">=" + from) }
        if let until { dates.append("<" + until) }
        let parts: [String?] = [state, channel, credit, traderFilter, traderNameFilter.map { $0 + "…" }, chapterFilter.map { s.format(.fShortChapter, $0) },
                                dates.isEmpty ? nil : dates.joined(separator: " "),
                                sort == .newestFirst ? s[.fNewest] : nil]
        return truncate(parts.compactMap { $0 }.joined(separator: " · "), toWidth: width, ellipsis: true)
    }
}
