/// The version recorded in a database's `meta.app_version` when this program creates or
/// migrates it: a trainer or an operator can tell which release last touched a file.
public enum AppVersion {
    public static let current = "0.1.0"
}
