// swift-tools-version: 6.0
import PackageDescription

// One dependency direction: singlewindow → Workstation → TerminalUI / SingleWindowKit → C shims,
// and TerminalUI / SingleWindowKit → TextWidth (display width, fitting, trimming; a leaf).
// No outside packages: Foundation, the toolchain's test frameworks, ncursesw and sqlite3 only.
let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

// Linux only: CNCursesW includes <ncursesw/curses.h> and links Debian's split `ncursesw` + `tinfo`
// (macOS ships neither), so no `platforms:` claim is made for Apple systems.
let package = Package(
    name: "SingleWindow",
    products: [
        .executable(name: "singlewindow", targets: ["singlewindow"]),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "TextWidth", swiftSettings: strict),
        .target(name: "SingleWindowKit", dependencies: ["CSQLite", "TextWidth"], swiftSettings: strict),
        .target(name: "TerminalUI", dependencies: ["CNCursesW", "TextWidth"], swiftSettings: strict),
        .target(name: "Workstation", dependencies: ["SingleWindowKit", "TerminalUI", "TextWidth"], swiftSettings: strict),
        .executableTarget(name: "singlewindow", dependencies: ["Workstation", "SingleWindowKit", "TerminalUI"], swiftSettings: strict),
        .executableTarget(name: "swbench", dependencies: ["SingleWindowKit", "TextWidth"], swiftSettings: strict),
        .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"], swiftSettings: strict),
        .testTarget(name: "SingleWindowKitTests", dependencies: ["SingleWindowKit", "TextWidth"], swiftSettings: strict),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CNCursesW"], swiftSettings: strict),
        .testTarget(name: "WorkstationTests", dependencies: ["Workstation", "SingleWindowKit", "TerminalUI"],
                    exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: [], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
