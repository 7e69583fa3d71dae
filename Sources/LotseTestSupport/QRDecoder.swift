import Foundation
import LotseSlip
import Testing

/// Reads a QR code as a phone camera would: the half blocks as drawn on the screen become
/// modules again, an image of them (PGM), and zbarimg decodes it.
public enum QRDecoder {
    /// The text zbarimg reads from `lines` drawn as a PGM image, 4 pixels a module.
    public static func decoded(_ lines: [String]) throws -> String {
        let rows = try #require(QRCode.modules(fromHalfBlocks: lines))
        try #require(!rows.isEmpty, "no code was drawn")
        let scale = 4
        var pixels: [UInt8] = []
        for row in rows {
            let line = row.flatMap { dark in Array(repeating: dark ? UInt8(0) : UInt8(255), count: scale) }
            for _ in 0..<scale { pixels += line }
        }
        let header = "P5\n\(rows[0].count * scale) \(rows.count * scale)\n255\n"
        let image = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-qr-\(UUID().uuidString).pgm")
        try (Data(header.utf8) + Data(pixels)).write(to: image)
        defer { try? FileManager.default.removeItem(at: image) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--quiet", "--raw", "-Sbinary", image.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "zbarimg found no code")
        return String(decoding: data, as: UTF8.self)
    }
}
