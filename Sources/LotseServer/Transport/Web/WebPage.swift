import Foundation
import LotseSlip
import NIOCore
import NIOHTTP1

/// What the web door serves over plain HTTP, read once at start: the page (for a person, or
/// the kiosk), its script and style, the client's words in every language, and the slip's QR
/// code drawn by the same code as the terminal's (`SlipCodeImage`).
struct WebPage: Sendable {
    /// One answer.
    struct Response {
        var status: HTTPResponseStatus
        var type: String
        var body: ByteBuffer
    }

    /// A file of the page, ready to send.
    struct Asset: Sendable {
        let type: String
        let body: ByteBuffer
    }

    /// Where the WebSocket of protocol v1 is.
    static let socketPath = "/ws"
    /// The largest request body taken (`POST /qr` carries one slip's lines).
    static let maxRequestBytes = 32_768

    private let assets: [Substring: Asset]

    /// The page and its files from the daemon's resources.
    /// - Parameter kiosk: whether `/` is the kiosk page (`/kiosk` always is).
    init(kiosk: Bool) throws(WebPageError) {
        func read(_ name: String) throws(WebPageError) -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Page"),
                let text = try? String(contentsOf: url, encoding: .utf8)
            else { throw .missing(name) }
            return text
        }
        let index = try read("index.html")
        func page(_ mode: String) -> Asset {
            Asset(type: "text/html; charset=utf-8", body: ByteBuffer(string: index.replacingOccurrences(of: "{{mode}}", with: mode)))
        }
        assets = [
            "/": page(kiosk ? "kiosk" : "person"),
            "/kiosk": page("kiosk"),
            "/chat.js": Asset(type: "text/javascript; charset=utf-8", body: ByteBuffer(string: try read("chat.js"))),
            "/chat.css": Asset(type: "text/css; charset=utf-8", body: ByteBuffer(string: try read("chat.css"))),
            "/texts.json": Asset(type: "application/json; charset=utf-8", body: ByteBuffer(bytes: PageTexts.json())),
        ]
    }

    /// The answer to `method` on `path`.
    /// - Parameters:
    ///   - body: the request's body; nil when it was longer than `maxRequestBytes`.
    ///   - isUpgrade: whether it asked for a WebSocket that was not granted.
    func response(method: HTTPMethod, path: Substring, body: ByteBuffer?, isUpgrade: Bool) -> Response {
        switch (method, path) {
        case (.GET, Self.socketPath[...]):
            return isUpgrade
                ? text(.forbidden, "This page may not open the chat (its origin is not allowed).")
                : text(.upgradeRequired, "The chat is a WebSocket: open / in a browser.")
        case (.GET, _):
            guard let asset = assets[path] else { return text(.notFound, "Not here. The chat is at /.") }
            return Response(status: .ok, type: asset.type, body: asset.body)
        case (.POST, "/qr"):
            guard let body else { return text(.payloadTooLarge, "At most \(Self.maxRequestBytes) bytes.") }
            do {
                let svg = try SlipCodeImage.svg(forRequest: Data(body.readableBytesView))
                return Response(status: .ok, type: "image/svg+xml", body: ByteBuffer(string: svg))
            } catch {
                return text(error == .tooLong ? .unprocessableEntity : .badRequest, "\(error)")
            }
        default:
            return text(.methodNotAllowed, "GET the page, POST /qr.")
        }
    }

    private func text(_ status: HTTPResponseStatus, _ message: String) -> Response {
        Response(status: status, type: "text/plain; charset=utf-8", body: ByteBuffer(string: message + "\n"))
    }

    /// The headers every answer carries: nothing from another host, no framing, no caching
    /// (a kiosk's next person must not find the last one's page), no referrer.
    static func securityHeaders(encrypted: Bool) -> [(String, String)] {
        var headers = [
            (
                "Content-Security-Policy",
                "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            ),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-store"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ]
        if encrypted { headers.append(("Strict-Transport-Security", "max-age=31536000")) }
        return headers
    }
}

/// Why the web door cannot start.
public enum WebPageError: Error, Equatable, CustomStringConvertible {
    /// A file of the page is not among the daemon's resources.
    case missing(String)

    public var description: String {
        switch self {
        case .missing(let name): "the web page's file \(name) is missing from lotsed's resources"
        }
    }
}
