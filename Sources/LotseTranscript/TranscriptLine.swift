/// Writing the `*.chat` format, next to `Transcript`, which reads it: a recorded chat
/// (`lotse chat --record`) is a transcript `lotse test` runs as it is.
public enum TranscriptLine {
    /// The transcript line for a line the client sent: `> LINE`.
    public static func sent(_ line: String) -> String {
        "> \(line)"
    }

    /// The transcript line for a server line: `< LINE`; of `HELLO` only the protocol version
    /// stays, the session id and dialog version become `*` (they differ every run).
    public static func received(_ line: String) -> String {
        guard line.hasPrefix("HELLO ") else { return "< \(line)" }
        let version = line.split(separator: " ").dropFirst().first.map(String.init) ?? "*"
        return "< HELLO \(version) *"
    }

    /// A comment line: `# TEXT`.
    public static func comment(_ text: String) -> String {
        "# \(text)"
    }
}
