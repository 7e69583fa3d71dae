import Foundation

/// Where the Dialogs live when no directory is given: `$LOTSE_DIALOGS`, else `./Dialogs`.
enum DialogsDirectory {
    static func resolve(_ given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["LOTSE_DIALOGS"] ?? "Dialogs"
    }
}
