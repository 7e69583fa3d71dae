import Foundation

/// Where the Dialogs live when no directory is given: `$LOTSE_DIALOGS`, else `./Dialogs` —
/// the same for every command and the daemon.
public enum DialogsDirectory {
    /// `given`, else `$LOTSE_DIALOGS`, else `Dialogs`.
    public static func resolve(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["LOTSE_DIALOGS"] ?? "Dialogs"
    }
}
