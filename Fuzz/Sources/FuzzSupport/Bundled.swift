import Foundation
import LotseDialog

/// What the fuzz targets share: the bundled knowledge base, loaded once.
public enum Bundled {
    /// The repository's Dialogs/ (the fuzz package sits in Fuzz/ beside it).
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Dialogs").path

    /// The bundled dialog; a fuzz run without it is no run.
    public static let dialog: Dialog = {
        do {
            return try DialogLoader.load(directory: directory)
        } catch {
            fatalError("the bundled Dialogs do not load: \(error)")
        }
    }()

    /// The fuzzer's input as bytes.
    public static func bytes(_ start: UnsafeRawPointer, _ count: Int) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: start, count: count))
    }
}
