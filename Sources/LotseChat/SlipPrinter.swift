import Foundation
import LotseWire

/// Sends the referral slip as plain text to a CUPS printer (`lp -d NAME`), for a kiosk that
/// has one (`lotse --kiosk --printer NAME`).
public struct SlipPrinter: Sendable {
    /// The CUPS queue.
    public let printer: String

    public init(printer: String) {
        self.printer = printer
    }

    /// Why a slip was not printed.
    public enum Failure: Error, Equatable {
        /// `lp` could not be started (not installed, not on the PATH).
        case noSpooler(String)
        /// `lp` refused the job; its message.
        case refused(String)
    }

    /// Prints `text` and waits for `lp` to take the job.
    public func print(_ text: String) throws(Failure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["lp", "-d", printer, "-t", "Lotse"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .noSpooler("\(error)")
        }
        input.fileHandleForWriting.write(Data(text.utf8))
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw process.terminationStatus == 127 ? .noSpooler(message) : .refused(message.trimmingSpaces())
        }
    }
}
