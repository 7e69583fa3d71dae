/// Reads one client line of protocol v1 from its bytes: what the server accepts before a line
/// reaches a session.
///
/// A line is UTF-8 text without control characters, at most a limit of bytes. Its LF is
/// already gone (the framing removed it); one trailing CR (from CRLF) is dropped here and not
/// counted. A longer line is refused with `ERR 413`; one with a C0 control (NUL, TAB, ESC …),
/// DEL or a C1 control with `ERR 400`.
public enum ClientLine {
    /// The text of the line `bytes`, or the reason it is refused.
    /// - Parameter maxBytes: the most bytes the line may have, without a trailing CR.
    public static func decode(_ bytes: some Collection<UInt8>, maxBytes: Int = .max) throws(ClientLineError) -> String {
        // Closures written out at each call, not one closure value: a value capturing `maxBytes`
        // would be allocated on every line.
        let decoded =
            bytes.withContiguousStorageIfAvailable { decode(contiguous: $0, maxBytes: maxBytes) }
            ?? Array(bytes).withUnsafeBufferPointer { decode(contiguous: $0, maxBytes: maxBytes) }
        return try decoded.get()
    }

    /// The checks in the order a refusal names them: the length, C0 and DEL, then UTF-8, then C1.
    private static func decode(contiguous bytes: UnsafeBufferPointer<UInt8>, maxBytes: Int) -> Result<String, ClientLineError> {
        var content = bytes[...]
        if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
        if content.count > maxBytes { return .failure(.tooLong(limit: maxBytes)) }
        if let control = content.first(where: isControl) {
            return .failure(.controlCharacter(UInt32(control)))
        }
        guard let text = String(validating: content, as: UTF8.self) else {
            return .failure(.invalidUTF8)
        }
        // In valid UTF-8 the C1 controls U+0080…U+009F are the bytes C2 80…C2 9F.
        var previous: UInt8 = 0
        for byte in content {
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return .failure(.controlCharacter(UInt32(byte))) }
            previous = byte
        }
        return .success(text)
    }

    /// A C0 control byte or DEL. (C1 controls are two bytes in UTF-8 and are checked as scalars.)
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F
    }
}
