public import LotseDialog

/// Why a `LotseServer` cannot start.
public enum ServerStartError: Error, CustomStringConvertible {
    /// The Dialogs do not load (every error with its `file:line:column`).
    case dialogs(DialogLoadError)
    /// The web door's page is missing from the daemon's resources.
    case web(WebPageError)

    public var description: String {
        switch self {
        case .dialogs(let error): "\(error)"
        case .web(let error): "\(error)"
        }
    }
}
