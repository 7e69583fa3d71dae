import Foundation
public import LotseClient
public import LotseTranscript

/// Why a recording could not be written.
public enum RecorderError: Error, CustomStringConvertible {
    /// The file could not be created.
    case cannotCreate(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path): "cannot create the transcript \(path)"
        }
    }
}

/// Writes a chat as a transcript (`*.chat`) that `lotse test` runs: `> line` for each line
/// sent, `< LINE` for each server line, `HELLO`'s session-specific parts as `*`.
public final class Recorder {
    private let handle: FileHandle
    private var stopped = false

    /// Creates (or empties) the transcript at `path` and writes a header comment.
    public init(path: String, server: ServerAddress) throws(RecorderError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw .cannotCreate(path) }
        self.handle = handle
        write(TranscriptLine.comment("recorded by `lotse chat --record` from \(server)"))
    }

    deinit {
        try? handle.close()
    }

    /// Records a line the client sent.
    public func sent(_ line: String) {
        write(TranscriptLine.sent(line))
    }

    /// Records a line the server sent.
    public func received(_ line: String) {
        write(TranscriptLine.received(line))
    }

    /// Ends the recording with a comment (e.g. when the connection was lost: a new session
    /// would not continue the transcript).
    public func stop(_ reason: String) {
        write(TranscriptLine.comment("\(reason); the recording stops here"))
        stopped = true
    }

    private func write(_ line: String) {
        guard !stopped else { return }
        handle.write(Data((line + "\n").utf8))
    }
}
