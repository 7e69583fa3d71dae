import Glibc

/// The chat over pipes: no readline and no escapes; lines in on standard input, plain text
/// out on standard output.
public final class PipeInterface: ChatInterface {
    private var pending: [UInt8] = []
    private var inputOpen = true

    /// Reads standard input, writes standard output.
    public init() {}

    public var width: Int { 80 }

    public var echoesSentLines: Bool { true }

    public func show(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        Terminal.write(lines.map { $0 + "\n" }.joined())
    }

    public func clearScreen() {}

    public func forgetInput() {}

    public func remember(_ line: String) {}

    public func setCompletion(_ completion: Completion) {}

    public func wait(server: Int32?, timeout: Int32) -> [ChatEvent] {
        let ready = pollReadable(input: inputOpen ? STDIN_FILENO : nil, server: server, timeout: timeout)
        var events: [ChatEvent] = Signals.take().map { signal in
            signal == .interrupt ? .input(.interrupted(discardedText: false)) : .signal(signal)
        }
        if ready.input { events += readInput().map { .input($0) } }
        if ready.server { events.append(.serverReadable) }
        return events
    }

    public func close() {}

    /// The complete lines read now; the last line without a line break counts at the end.
    private func readInput() -> [EditorInput] {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? [] : end() }
        if count == 0 { return end() }
        pending += chunk[..<count]
        var inputs: [EditorInput] = []
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            inputs.append(.line(Self.decode(pending[..<newline])))
            pending.removeSubrange(...newline)
        }
        return inputs
    }

    private func end() -> [EditorInput] {
        inputOpen = false
        let last = pending.isEmpty ? [] : [EditorInput.line(Self.decode(pending[...]))]
        pending = []
        return last + [.endOfInput]
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
