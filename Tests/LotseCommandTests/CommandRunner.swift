import Foundation

/// Runs the built `lotse` executable, as a person or a script would, and captures what it prints.
struct CommandRunner {
    /// Where SwiftPM put the executables: next to the test bundle.
    static let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        let status: Int32
        let output: String
    }

    /// `lotse ARGUMENTS`, run in the repository's folder. It is waited for on a thread of its
    /// own, so that a server in this test process keeps the cooperative threads while the
    /// command talks to it.
    static func lotse(_ arguments: String...) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try run(arguments) }) }
        }
    }

    private static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = products.appendingPathComponent("lotse")
        process.arguments = arguments
        process.currentDirectoryURL = repository
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
