import Foundation
import LotseTestSupport

/// Runs the built `lotse` and `lotse-bench` executables, as a person or a script would, and
/// captures what they print.
struct CommandRunner {
    struct Result {
        let status: Int32
        let output: String
    }

    /// `lotse ARGUMENTS`, run in the repository's folder. It is waited for on a thread of its
    /// own, so that a server in this test process keeps the cooperative threads while the
    /// command talks to it.
    static func lotse(_ arguments: String...) async throws -> Result {
        try await run("lotse", arguments)
    }

    /// `lotse-bench ARGUMENTS`, the same way.
    static func lotseBench(_ arguments: String...) async throws -> Result {
        try await run("lotse-bench", arguments)
    }

    private static func run(_ product: String, _ arguments: [String]) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Swift.Result { try runWaiting(product, arguments) }) }
        }
    }

    private static func runWaiting(_ product: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Repository.product(product))
        process.arguments = arguments
        process.currentDirectoryURL = Repository.root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
