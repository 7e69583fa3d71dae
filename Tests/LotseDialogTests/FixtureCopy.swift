import Foundation

/// A throwaway copy of a fixture dialog, in which a test plants a defect. The copy is deleted
/// when the last reference to it goes.
final class FixtureCopy {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    let directory: URL

    /// Copies `Tests/Fixtures/NAME` to a new temporary directory.
    init(_ name: String = "mini") throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: directory)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var path: String { directory.path }

    /// The path of `file` in the copy, as the loader names it in diagnostics.
    func path(of file: String) -> String { "\(path)/\(file)" }

    /// Replaces the first occurrence of `old` in `file` by `new`; fails if `old` is not there.
    func replace(_ old: String, with new: String, in file: String) throws {
        let text = try read(file)
        guard let range = text.range(of: old) else { throw FixtureError.notFound(old, file) }
        try write(text.replacingCharacters(in: range, with: new), to: file)
    }

    /// Appends `text` to `file`.
    func append(_ text: String, to file: String) throws {
        try write(try read(file) + text, to: file)
    }

    /// Writes `text` as the whole of `file`, creating it if need be.
    func write(_ text: String, to file: String) throws {
        try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    /// Deletes `file`.
    func remove(_ file: String) throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
    }

    private func read(_ file: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    }

    enum FixtureError: Error {
        case notFound(String, String)
    }
}
