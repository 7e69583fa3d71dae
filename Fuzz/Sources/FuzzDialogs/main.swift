import Foundation
import FuzzSupport
import LotseDialog

/// Any bytes as one file of a copy of the bundled Dialogs (the first byte picks which file):
/// the loader answers with a dialog or with diagnostics, each at a place in that copy —
/// never a crash, never a hang.
nonisolated(unsafe) private var copy: URL?
private let files = ["rules.yaml", "directory.yaml", "situation.yaml", "flows/young.yaml", "texts/en.yaml", "messages.yaml", "dialog.yaml"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDialogs(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let folder =
        copy
        ?? {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-fuzz-\(getpid())")
            try? FileManager.default.removeItem(at: folder)
            try! FileManager.default.copyItem(at: URL(fileURLWithPath: Bundled.directory), to: folder)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("tests"))
            copy = folder
            return folder
        }()
    let bytes = Bundled.bytes(start, count)
    let file = folder.appendingPathComponent(files[Int(bytes[0]) % files.count])
    let original = try! Data(contentsOf: file)
    defer { try! original.write(to: file) }
    try! Data(bytes.dropFirst()).write(to: file)
    do {
        _ = try DialogLoader.loadWithWarnings(directory: folder.path)
    } catch {
        for diagnostic in error.diagnostics {
            precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "a diagnostic without a place: \(diagnostic)")
        }
    }
    return 0
}
