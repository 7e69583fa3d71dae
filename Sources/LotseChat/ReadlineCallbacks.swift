@preconcurrency import CReadline
import Glibc
import LotseWire
import Synchronization

/// The C functions readline calls back: a finished line, Tab completion, reading a key.
///
/// They are `static let` members of an enum (not closures in `main.swift`, which would be
/// main-actor isolated) and keep their state in a `Mutex`, as C cannot hand them a context.
enum ReadlineCallbacks {
    /// What the callbacks collected since the chat loop last looked.
    struct State {
        var inputs: [EditorInput] = []
        var completion = Completion(commands: CommandName.words)
        /// Keys read from the terminal and not yet taken by readline (kiosk).
        var keys: [UInt8] = []
    }

    static let state = Mutex(State())

    /// `rl_callback_handler_install`'s line handler: NULL means end of input (Ctrl-D on an
    /// empty line). readline hands over the line, which is ours to free.
    static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { pointer in
        guard let pointer else {
            state.withLock { $0.inputs.append(.endOfInput) }
            return
        }
        let line = String(cString: pointer)
        free(pointer)
        state.withLock { $0.inputs.append(.line(line)) }
    }

    /// `rl_attempted_completion_function`: completes the whole line typed so far.
    static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = {
        _, _, _ in
        lotse_rl_completion_settings()
        let buffer = lotse_rl_line_buffer().map { String(cString: $0) } ?? ""
        let typed = String(decoding: buffer.utf8.prefix(Int(lotse_rl_point())), as: UTF8.self)
        let candidates = state.withLock { $0.completion.candidates(for: typed) }
        return matchArray(candidates, typed: typed)
    }

    /// `rl_getc_function` in the kiosk: the keys `LineEditor` read and filtered; readline's
    /// own reading when there are none.
    static let getc: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { stream in
        let key = state.withLock { $0.keys.isEmpty ? nil : $0.keys.removeFirst() }
        return key.map(Int32.init) ?? rl_getc(stream)
    }

    /// `rl_input_available_hook` in the kiosk: whether filtered keys wait. Without it,
    /// readline's typeahead (after a typed letter it takes every key already queued on the
    /// terminal) read Esc Esc straight from the terminal, past the quick-exit filter.
    static let keysWaiting: @convention(c) () -> Int32 = {
        state.withLock { $0.keys.isEmpty ? 0 : 1 }
    }

    /// The NULL-terminated, `malloc`'d array readline expects: the text to put in place of
    /// what was typed, then the candidates (none after it when there is just one).
    private static func matchArray(_ candidates: [String], typed: String) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        guard !candidates.isEmpty else { return nil }
        let listed = candidates.count == 1 ? [] : candidates
        let size = (listed.count + 2) * MemoryLayout<UnsafeMutablePointer<CChar>?>.stride
        guard let raw = malloc(size) else { return nil }
        let array = raw.bindMemory(to: UnsafeMutablePointer<CChar>?.self, capacity: listed.count + 2)
        array[0] = strdup(candidates.count == 1 ? candidates[0] : commonStart(candidates, typed: typed))
        for (index, candidate) in listed.enumerated() {
            array[index + 1] = strdup(candidate)
        }
        array[listed.count + 1] = nil
        return array
    }

    /// The longest start all candidates share (ignoring case), or what was typed when that is
    /// shorter, so a completion never deletes what the person typed.
    static func commonStart(_ candidates: [String], typed: String) -> String {
        var common = Array(candidates[0])
        for candidate in candidates.dropFirst() {
            let other = Array(candidate)
            var length = 0
            while length < min(common.count, other.count), common[length].lowercased() == other[length].lowercased() {
                length += 1
            }
            common = Array(common[..<length])
        }
        return common.count >= typed.count && String(common).lowercased().hasPrefix(typed.lowercased()) ? String(common) : typed
    }
}

/// Something the person did at the line editor.
public enum EditorInput: Sendable, Equatable {
    /// A finished line.
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// The quick-exit keys, Esc Esc (kiosk).
    case quickExit
    /// Ctrl-C; whether it dropped a half-typed line.
    case interrupted(discardedText: Bool)
}
