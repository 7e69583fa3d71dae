/// Where the chat keeps its line history: `$XDG_STATE_HOME/lotse/history`, else
/// `~/.local/state/lotse/history` (XDG Base Directory specification).
public enum HistoryFile {
    /// The history file's path for `environment`; nil when neither `XDG_STATE_HOME` nor
    /// `HOME` is set.
    public static func path(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/lotse/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/lotse/history"
    }
}
