import LotseWire

/// Where the chat keeps its line history: `$XDG_STATE_HOME/lotse/history`, else
/// `~/.local/state/lotse/history` (XDG Base Directory specification). Only `/commands` go
/// there: an answer (an age, a residence paper, "yes" to money worries) is kept in memory for
/// ↑ during the session and never reaches the disk.
public enum HistoryFile {
    /// Whether `line` may be written to the history file: a command, but never `/auth`.
    public static func keepsOnDisk(_ line: String) -> Bool {
        let command = line.trimmingSpaces().lowercased()
        return command.hasPrefix("/") && !command.hasPrefix("//") && !command.hasPrefix("/auth")
    }

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
