import FuzzSupport
import LotseTranscript

/// Any text as a transcript: parsed, or refused at one of its lines.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscripts(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Bundled.bytes(start, count), as: UTF8.self)
    do {
        let transcript = try Transcript(file: "fuzz.chat", text: text)
        _ = transcript.turns.count
    } catch {
        precondition(error.line >= 1, "a syntax error at line \(error.line)")
    }
    return 0
}
