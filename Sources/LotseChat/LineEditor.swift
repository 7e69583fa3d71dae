@preconcurrency import CReadline
import Foundation
import Glibc
import Synchronization

/// The terminal side of the chat: GNU readline's callback interface, so server lines can be
/// printed while the person types (the half-typed line survives), with history, Tab
/// completion and, in the kiosk, the quick-exit keys.
public final class LineEditor: ChatInterface {
    private let historyPath: String?
    private let keepsHistory: Bool
    private var inputOpen = true
    /// Watches the keys for Esc Esc, in the kiosk.
    private var quickExit: QuickExitKeys?

    /// Takes over the terminal.
    ///
    /// - Parameters:
    ///   - prompt: shown before the line being typed.
    ///   - history: whether lines are kept for ↑ at all (the kiosk keeps none).
    ///   - historyPath: the file history is read from and appended to, nil for none.
    ///   - quickExitKeys: whether Esc Esc reports `.quickExit` (see `QuickExitKeys`).
    public init(prompt: String, history: Bool, historyPath: String?, quickExitKeys: Bool) {
        self.keepsHistory = history
        self.historyPath = history ? historyPath : nil
        lotse_rl_set_name()
        lotse_rl_set_catch_signals(0)
        rl_initialize()
        rl_variable_bind("enable-bracketed-paste", "off")
        rl_variable_bind("completion-ignore-case", "on")
        lotse_rl_complete_whole_line()
        lotse_rl_set_completion(ReadlineCallbacks.complete)
        if quickExitKeys {
            quickExit = QuickExitKeys()
            lotse_rl_set_getc(ReadlineCallbacks.getc)
            lotse_rl_set_input_available(ReadlineCallbacks.keysWaiting)
        }
        if let historyPath = self.historyPath {
            Self.prepare(historyPath)
            read_history(historyPath)
        }
        rl_callback_handler_install(prompt, ReadlineCallbacks.lineHandler)
    }

    public var width: Int { Terminal.width() }

    public var echoesSentLines: Bool { false }

    public func show(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        rl_clear_visible_line()
        lotse_rl_flush()
        Terminal.write(lines.map { $0 + "\n" }.joined())
        rl_on_new_line()
        rl_redisplay()
    }

    public func clearScreen() {
        lotse_rl_flush()
        Terminal.write(Terminal.clearAll)
        rl_on_new_line()
        rl_redisplay()
    }

    public func forgetInput() {
        rl_callback_sigcleanup()
        lotse_rl_discard_line()
        clear_history()
        rl_redisplay()
    }

    public func remember(_ line: String) {
        guard keepsHistory, !line.isEmpty else { return }
        add_history(line)
        if let historyPath, HistoryFile.keepsOnDisk(line) { append_history(1, historyPath) }
    }

    public func setCompletion(_ completion: Completion) {
        ReadlineCallbacks.state.withLock { $0.completion = completion }
    }

    public func wait(server: Int32?, timeout: Int32) -> [ChatEvent] {
        let ready = pollReadable(input: inputOpen ? STDIN_FILENO : nil, server: server, timeout: timeout)
        var events: [ChatEvent] = Signals.take().map { signal in
            switch signal {
            case .interrupt: return .input(.interrupted(discardedText: interrupt()))
            case .resize: lotse_rl_resize()
            case .terminate: break
            }
            return .signal(signal)
        }
        if ready.input {
            events.append(.keys)
            if quickExit == nil {
                rl_callback_read_char()
            } else if readFilteredKeys() {
                events.append(.input(.quickExit))
            }
        }
        if let held = quickExit?.release(now: .now), !held.isEmpty {
            pass(held)
        }
        let inputs = ReadlineCallbacks.state.withLock { state in
            defer { state.inputs = [] }
            return state.inputs
        }
        events += inputs.map { .input($0) }
        if ready.server { events.append(.serverReadable) }
        return events
    }

    public func close() {
        rl_callback_handler_remove()
        lotse_rl_flush()
        Terminal.write("\n")
    }

    /// Ctrl-C: drops the half-typed line and starts a fresh one; whether there was text.
    private func interrupt() -> Bool {
        let hadText = lotse_rl_end() > 0
        rl_free_line_state()
        rl_callback_sigcleanup()
        lotse_rl_discard_line()
        lotse_rl_flush()
        Terminal.write("^C\n")
        rl_on_new_line()
        rl_redisplay()
        return hadText
    }

    /// Reads what was typed, hands it to readline except Esc Esc; whether that came.
    private func readFilteredKeys() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1024)
        let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count == 0 { inputOpen = false }
        guard count > 0, var filter = quickExit else { return false }
        let (keys, exit) = filter.feed(Array(chunk[..<count]), now: .now)
        quickExit = filter
        pass(keys)
        return exit
    }

    /// Gives keys to readline, which takes one per `rl_callback_read_char`.
    private func pass(_ keys: [UInt8]) {
        ReadlineCallbacks.state.withLock { $0.keys += keys }
        while ReadlineCallbacks.state.withLock({ !$0.keys.isEmpty }) {
            rl_callback_read_char()
        }
    }

    /// Creates the history file's folder and the file (only the owner may read it).
    private static func prepare(_ path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
    }
}
