/// The keys that move through a list of `count` lines — Up/Down by one, PgUp/PgDn by ten,
/// Home/End to the ends — shared by every list-like widget so they all move alike.
public enum ListNavigation {
    /// The position after `key`, or nil when `key` is not a moving key.
    public static func move(_ position: Int, by key: Key, count: Int) -> Int? {
        let last = max(0, count - 1)
        switch key {
        case .up: return max(0, position - 1)
        case .down: return min(last, position + 1)
        case .pageUp: return max(0, position - 10)
        case .pageDown: return min(last, position + 10)
        case .home: return 0
        case .end: return last
        default: return nil
        }
    }
}

extension ListNavigation {
    /// The lines of a `count`-line list that fit `height` rows with `selected` in view. Always a valid
    /// range inside `0..<count` — empty when there is nothing to show or no room — so a widget can
    /// index with it whatever its state: an empty list, a stale selection past the end, a zero-height area.
    public static func visibleRange(selected: Int, count: Int, height: Int) -> Range<Int> {
        guard count > 0, height > 0 else { return 0..<0 }
        let focus = min(max(0, selected), count - 1)
        let top = max(0, focus - height + 1)
        return top..<min(count, top + height)
    }
}
