import Foundation
import LotseSlip
import LotseWire

/// The QR code of a slip for the web page, as SVG: the page sends the slip's lines as it
/// received them (`REFER`, `WHY`, `INFO`) with the session language, and gets back the code the
/// terminal client would draw for the same slip (`SlipCode`, one encoder). Nothing of it is
/// kept or logged.
enum SlipCodeImage {
    /// The request body: `{"language": "uk", "lines": ["REFER 1 …", "WHY …", …]}`.
    struct Request: Decodable {
        var language: String
        var lines: [String]
    }

    /// Why no code was drawn.
    enum Failure: Error, Equatable, CustomStringConvertible {
        /// The body is not the JSON of a `Request`.
        case notARequest
        /// No slip line among the lines.
        case noSlip
        /// Even the short text does not fit a code a phone reads from a screen.
        case tooLong

        var description: String {
            switch self {
            case .notARequest: "expected {\"language\": CODE, \"lines\": [the slip's REFER, WHY and INFO lines]}"
            case .noSlip: "no REFER line among the lines"
            case .tooLong: "the slip is too long for a code"
            }
        }
    }

    /// Modules a side at most: a version-18 code, which a phone camera still reads from a
    /// 320-pixel-wide screen (3 pixels a module).
    static let maximumSize = 89

    /// The SVG for a request's body.
    static func svg(forRequest body: Data) throws(Failure) -> String {
        guard let request = try? JSONDecoder().decode(Request.self, from: body) else { throw .notARequest }
        var slip = Slip()
        for line in request.lines { _ = slip.add(ServerMessage(line: line)) }
        guard !slip.isEmpty else { throw .noSlip }
        guard let (code, _) = SlipCode.code(for: slip, language: request.language, maximumSize: maximumSize) else { throw .tooLong }
        return svg(code)
    }

    /// The code as an SVG of one path, dark modules on white, with the quiet zone.
    static func svg(_ code: QRCode) -> String {
        let span = code.size + 2 * QRCode.quietZone
        var path = ""
        for row in 0..<code.size {
            for column in 0..<code.size where code.isDark(row: row, column: column) {
                path += "M\(column + QRCode.quietZone) \(row + QRCode.quietZone)h1v1h-1z"
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(span) \(span)" shape-rendering="crispEdges">\
            <rect width="\(span)" height="\(span)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }
}
