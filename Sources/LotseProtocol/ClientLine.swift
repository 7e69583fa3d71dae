/// Reads one client line of protocol v1 from its bytes: what the server accepts before a line
/// reaches a session.
///
/// A line is UTF-8 text without control characters. Its LF is already gone (the framing
/// removed it); one trailing CR (from CRLF) is dropped here. Everything else that is a C0
/// control (NUL, TAB, ESC …), DEL or a C1 control refuses the line with `ERR 400`.
public enum ClientLine {
    /// The text of the line `bytes`, or the reason it is refused.
    public static func decode(_ bytes: some Collection<UInt8>) throws(ClientLineError) -> String {
        var content = Array(bytes)
        if content.last == UInt8(ascii: "\r") { content.removeLast() }
        if let control = content.first(where: isControl) {
            throw .controlCharacter(UInt32(control))
        }
        guard let text = String(validating: content, as: UTF8.self) else {
            throw .invalidUTF8
        }
        if let control = text.unicodeScalars.first(where: { (0x80...0x9F).contains($0.value) }) {
            throw .controlCharacter(control.value)
        }
        return text
    }

    /// A C0 control byte or DEL. (C1 controls are two bytes in UTF-8 and are checked as scalars.)
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F
    }
}
