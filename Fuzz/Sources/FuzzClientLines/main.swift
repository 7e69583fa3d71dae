import FuzzSupport
import LotseEngine
import LotseProtocol

/// Client bytes, split into lines as the daemon frames them, each decoded and — when it is
/// text — stepped through a session on the bundled dialog: every turn must end with WAIT or
/// BYE, whatever was typed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClientLines(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    var session = Session(dialog: Bundled.dialog)
    _ = session.start()
    session.isCounselor = count > 0 && Bundled.bytes(start, 1)[0] & 1 == 1
    for line in Bundled.bytes(start, count).split(separator: 0x0A, omittingEmptySubsequences: false).prefix(64) {
        guard let text = try? ClientLine.decode(line) else { continue }
        let turn = session.step(text)
        switch turn.last {
        case .wait?, .bye?: break
        default: fatalError("a turn ended without WAIT or BYE: \(turn)")
        }
        if session.isClosed { break }
    }
    return 0
}
