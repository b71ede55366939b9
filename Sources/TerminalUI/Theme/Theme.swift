/// A colour as a theme file writes it: the terminal default, or a palette index.
public enum ThemeColor: Hashable, Sendable {
    case `default`
    case index(Int)

    /// The value ncurses expects: -1 for the terminal default.
    public var curses: Int {
        switch self {
        case .default: return -1
        case .index(let i): return i
        }
    }
}

/// A foreground/background pair.
public struct ColorPair: Hashable, Sendable {
    public var fg: ThemeColor
    public var bg: ThemeColor
    public init(fg: ThemeColor, bg: ThemeColor) { self.fg = fg; self.bg = bg }
    public static let plain = ColorPair(fg: .default, bg: .default)
}

/// How one role looks at each capability level.
public struct RoleAppearance: Hashable, Sendable {
    public var color256: ColorPair
    public var color16: ColorPair
    /// Attributes added on colour terminals.
    public var attributes: TextAttributes
    /// The only styling left on a monochrome terminal or under NO_COLOR.
    public var mono: TextAttributes

    public init(color256: ColorPair = .plain, color16: ColorPair = .plain,
                attributes: TextAttributes = [], mono: TextAttributes = []) {
        self.color256 = color256
        self.color16 = color16
        self.attributes = attributes
        self.mono = mono
    }
}

/// A style as the backend draws it: colour indices (-1 = default) and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    public var fg: Int
    public var bg: Int
    public var attributes: TextAttributes
    public init(fg: Int, bg: Int, attributes: TextAttributes) { self.fg = fg; self.bg = bg; self.attributes = attributes }
}

/// A named mapping from every role to its appearance.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    public var roles: [ThemeRole: RoleAppearance]

    public init(name: String, description: String = "", roles: [ThemeRole: RoleAppearance]) {
        self.name = name
        self.description = description
        self.roles = roles
    }

    /// The appearance of a role, falling back to the built-in default theme.
    public func appearance(_ role: ThemeRole) -> RoleAppearance {
        roles[role] ?? Theme.builtinDefault.roles[role] ?? RoleAppearance()
    }

    /// Picks 256-colour, 16-colour or attribute-only styles for the terminal at hand.
    /// Fewer than 8 colours or `noColor` (NO_COLOR set) gives attributes only.
    public func resolve(colorCount: Int, noColor: Bool) -> ResolvedTheme {
        var styles: [ThemeRole: ResolvedStyle] = [:]
        for role in ThemeRole.allCases {
            let a = appearance(role)
            if noColor || colorCount < 8 {
                styles[role] = ResolvedStyle(fg: -1, bg: -1, attributes: a.mono)
            } else if colorCount >= 256 {
                styles[role] = ResolvedStyle(fg: a.color256.fg.curses, bg: a.color256.bg.curses, attributes: a.attributes)
            } else {
                var fg = a.color16.fg.curses, bg = a.color16.bg.curses
                var attrs = a.attributes
                if colorCount < 16 {
                    // Eight-colour terminals show bright foregrounds as bold and lose bright backgrounds.
                    if fg >= 8 { fg -= 8; attrs.insert(.bold) }
                    if bg >= 8 { bg -= 8 }
                }
                styles[role] = ResolvedStyle(fg: fg, bg: bg, attributes: attrs)
            }
        }
        return ResolvedTheme(styles: styles, isMonochrome: noColor || colorCount < 8)
    }
}

/// A theme fixed to one terminal's capabilities.
public struct ResolvedTheme: Hashable, Sendable {
    public var styles: [ThemeRole: ResolvedStyle]
    public var isMonochrome: Bool

    /// Colours and attributes for a cell style: the role's look plus the widget's extra attributes.
    public func resolve(_ style: Style) -> ResolvedStyle {
        var s = styles[style.role] ?? ResolvedStyle(fg: -1, bg: -1, attributes: [])
        s.attributes.formUnion(style.attributes)
        return s
    }
}
