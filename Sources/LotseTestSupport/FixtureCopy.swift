public import Foundation

/// A throwaway copy of a Dialogs directory, in which a test plants a defect or an edit. The
/// copy is deleted when the last reference to it goes.
public final class FixtureCopy: Sendable {
    /// The copy.
    public let directory: URL

    /// Copies `source` (a Dialogs directory) to a new temporary directory.
    public init(of source: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: source), to: directory)
    }

    /// Copies `Tests/Fixtures/NAME`.
    public convenience init(_ name: String = "mini") throws {
        try self.init(of: Repository.fixture(name))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The copy's path.
    public var path: String { directory.path }

    /// The path of `file` in the copy, as the loader names it in diagnostics.
    public func path(of file: String) -> String { "\(path)/\(file)" }

    /// Replaces the first occurrence of `old` in `file` by `new`; throws if `old` is not there.
    public func replace(_ old: String, with new: String, in file: String) throws {
        let text = try read(file)
        guard let range = text.range(of: old) else { throw TestSetupError.notInFixture(text: old, file: file) }
        try write(text.replacingCharacters(in: range, with: new), to: file)
    }

    /// Appends `text` to `file`.
    public func append(_ text: String, to file: String) throws {
        try write(try read(file) + text, to: file)
    }

    /// Writes `text` as the whole of `file`, creating it if need be.
    public func write(_ text: String, to file: String) throws {
        try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    /// Deletes `file`.
    public func remove(_ file: String) throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
    }

    private func read(_ file: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    }
}
