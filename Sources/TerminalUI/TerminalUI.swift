public enum TerminalUIInfo { public static let name = "TerminalUI" }
