public import Logging

extension Logger {
    /// A logger that drops everything, for servers started by tests.
    public static var silent: Logger {
        Logger(label: "lotse-test") { _ in SwiftLogNoOpLogHandler() }
    }
}
