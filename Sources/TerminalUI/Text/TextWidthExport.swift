// Display width, padding, truncation, wrapping and trimming live in the leaf module `TextWidth`,
// shared with SingleWindowKit's printouts. Re-exported here so every `import TerminalUI` (the
// Workstation's panes and the tests) keeps seeing `displayWidth`, `pad`, `truncate`, `wrap`,
// `Alignment` and `trimmed` as part of TerminalUI's API without importing TextWidth itself.
@_exported import TextWidth
