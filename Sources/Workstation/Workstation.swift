import SingleWindowKit
import TerminalUI
public enum WorkstationInfo { public static let name = "Workstation" }
