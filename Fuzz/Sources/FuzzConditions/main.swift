import FuzzSupport
import LotseDialog

/// Any text as a condition over the bundled slots: parsed, or refused with an error whose
/// offset lies inside the text; a parsed condition evaluates over no slots and prints.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConditions(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: Bundled.bytes(start, count), as: UTF8.self)
    let parser = ConditionParser(slots: Bundled.dialog.slots)
    do {
        let condition = try parser.parse(text)
        _ = condition.evaluate([:])
        _ = "\(condition)"
    } catch {
        precondition(error.offset >= 0 && error.offset <= text.count, "error offset \(error.offset) outside the text")
    }
    return 0
}
