import LotseDialog
import LotseEngine

/// Spells engine events as the server lines of protocol v1 (without the trailing LF).
///
/// Payloads are cleaned of control characters, and text with line breaks becomes several
/// lines with the same tag, so every returned string is one well-formed line.
public enum ServerLine {
    /// The protocol's name and version, as `HELLO` announces it.
    public static let protocolVersion = "lotse/1"

    /// The lines for one event; usually one, several when its text has line breaks.
    public static func lines(for event: Event) -> [String] {
        switch event {
        case .say(let text):
            return tagged("SAY", text)
        case .ask(let slot, let kind):
            if case .number(let min, let max) = kind {
                return ["ASK \(slot) number min=\(min) max=\(max)"]
            }
            return ["ASK \(slot) \(kind.name)"]
        case .option(let number, let key, let label):
            return ["OPT \(number) \(key) \(singleLine(label))"]
        case .refer(let rank, let partner, let name):
            return ["REFER \(rank) \(partner) \(singleLine(name))"]
        case .why(let partner, let text):
            return tagged("WHY \(partner)", text)
        case .info(let partner, let field, let value):
            return tagged("INFO \(partner) \(field.rawValue)", value)
        case .note(let text):
            return tagged("NOTE", text)
        case .trace(let text):
            return tagged("TRACE", text)
        case .error(let code, let text):
            return ["ERR \(code.rawValue) \(singleLine(text))"]
        case .end(let outcome):
            return ["END \(outcome.rawValue)"]
        case .wait:
            return ["WAIT"]
        case .bye(let reason):
            return ["BYE \(reason.rawValue)"]
        }
    }

    /// The lines for a whole turn, in order.
    public static func lines(for events: [Event]) -> [String] {
        events.flatMap(lines(for:))
    }

    /// The first line of every connection:
    /// `HELLO lotse/1 session=ID dialog=NAME@VERSION langs=de,en,…`.
    public static func hello(session: String, dialog: Dialog) -> String {
        "HELLO \(protocolVersion) session=\(session) dialog=\(dialog.name)@\(dialog.version) langs=\(dialog.languages.map(\.code).joined(separator: ","))"
    }

    /// `TAG payload` for each line of `text`; a text with no visible content still gives one line.
    private static func tagged(_ tag: String, _ text: String) -> [String] {
        if isClean(text) { return [text.isEmpty ? tag : "\(tag) \(text)"] }
        // A text written as a YAML block: clean lines between line feeds.
        let blockLines = text.utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
        if blockLines.allSatisfy(isClean) { return blockLines.isEmpty ? [tag] : blockLines.map { "\(tag) \($0)" } }
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { clean(String($0)) }
        let kept = parts.filter { !$0.isEmpty }
        return (kept.isEmpty ? [""] : kept).map { $0.isEmpty ? tag : "\(tag) \($0)" }
    }

    /// `text` on one line: line breaks become spaces, control characters go.
    private static func singleLine(_ text: String) -> String {
        if isClean(text) { return text }
        return clean(String(text.map { $0.isNewline ? " " : $0 }))
    }

    /// `text` without control characters (C0, DEL, C1) and without surrounding spaces.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) {
            scalars.append(scalar)
        }
        return String(scalars).trimmingSpaces()
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Whether `text` is already one clean line — no control character, line or paragraph
    /// separator, and no space or tab at either end — as nearly every dialog text is. One pass
    /// over the UTF-8 bytes, so the common case costs no copy.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isClean(utf8:))
    }

    static func isClean(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8(isClean(utf8:))
    }

    private static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return false }
            // C1 controls are C2 80…C2 9F; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if previous == 0xC2, byte <= 0x9F, byte >= 0x80 { return false }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
