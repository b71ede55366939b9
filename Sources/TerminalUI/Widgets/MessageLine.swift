import TextWidth
/// A one-line message for the operator: information or an error.
public struct Message: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) { self.text = text; self.kind = kind }
    public static func error(_ text: String) -> Message { Message(text, kind: .error) }
}

/// The message line, blank when there is no message.
public struct MessageLine: Sendable {
    public var message: Message?
    public init(_ message: Message?) { self.message = message }

    public func render(into buffer: inout Buffer, area: Rect) {
        guard area.height > 0, area.width > 0 else { return }
        buffer.fill(area.row(0), style: Style(.normal))
        guard let message else { return }
        let role: ThemeRole = message.kind == .error ? .messageError : .message
        buffer.put(truncate(message.text, toWidth: area.width, ellipsis: true), x: area.x, y: area.y,
                   style: Style(role), maxWidth: area.width)
    }
}
