// swift-tools-version: 6.0
import PackageDescription

// One dependency direction, arrows pointing down only:
//
//   singlewindow (picks the face)
//     ├─ Workstation (the TUI: shell, panes)  → Presentation, TerminalUI, SingleWindowKit
//     └─ Commands (the headless commands)     → Presentation, TerminalUI (text width, progress line), SingleWindowKit
//   Presentation (what both faces show: the string catalogue, names, files both read) → SingleWindowKit
//   TerminalUI → CNCursesW, TextWidth;  SingleWindowKit → Store → CSQLite;  SingleWindowKit → TextWidth
//   TextWidth: display width, fitting, trimming — a leaf that imports nothing.
//
// Workstation and Commands never import each other; Presentation imports neither, nor TerminalUI.
// (Sources/README.md; Tests/ArchitectureTests reads the import lines and this file to keep it so.)
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
        .target(name: "Store", dependencies: ["CSQLite"], swiftSettings: strict),
        .target(name: "SingleWindowKit", dependencies: ["Store", "TextWidth"], swiftSettings: strict),
        .target(name: "TerminalUI", dependencies: ["CNCursesW", "TextWidth"], swiftSettings: strict),
        .target(name: "Presentation", dependencies: ["SingleWindowKit", "TextWidth"], swiftSettings: strict),
        .target(name: "Workstation", dependencies: ["Presentation", "SingleWindowKit", "TerminalUI", "TextWidth"], swiftSettings: strict),
        .target(name: "Commands", dependencies: ["Presentation", "SingleWindowKit", "TerminalUI", "TextWidth"], swiftSettings: strict),
        .executableTarget(name: "singlewindow", dependencies: ["Commands", "Workstation", "Presentation"], swiftSettings: strict),
        .executableTarget(name: "swbench", dependencies: ["SingleWindowKit", "TextWidth"], swiftSettings: strict),
        .testTarget(name: "TextWidthTests", dependencies: ["TextWidth"], swiftSettings: strict),
        .testTarget(name: "StoreTests", dependencies: ["Store"], swiftSettings: strict),
        .testTarget(name: "SingleWindowKitTests", dependencies: ["SingleWindowKit", "Store", "TextWidth"], exclude: ["JSONConformance"],
                    swiftSettings: strict),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "CNCursesW"], swiftSettings: strict),
        .testTarget(name: "WorkstationTests", dependencies: ["Workstation", "Commands", "Presentation", "SingleWindowKit", "TerminalUI"],
                    exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(name: "EndToEndTests", dependencies: [], swiftSettings: strict),
        .testTarget(name: "ArchitectureTests", dependencies: [], swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
