import ArgumentParser
import LotseServer

/// `--web HOST:PORT [--web-kiosk] [--web-origin URL …]`, as `lotsed` takes them.
struct WebOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Serve the chat as a web page here (the same dialog in any browser, WebSocket at /ws); a bare port listens on 127.0.0.1.",
            valueName: "host:port"))
    var web: String?

    @Flag(help: "The web page at / is the kiosk (a drop-in terminal); /kiosk always is.")
    var webKiosk = false

    @Option(
        help: ArgumentHelp(
            "Another site's page that may open the chat's socket (e.g. https://jmd.example.org); repeatable.",
            valueName: "origin"))
    var webOrigin: [String] = []

    func validate() throws {
        if let web, ListenAddress(web) == nil { throw ValidationError("--web takes HOST:PORT or a port, e.g. 8080") }
        if web == nil, webKiosk || !webOrigin.isEmpty { throw ValidationError("--web-kiosk and --web-origin need --web") }
    }

    /// The web door the options ask for, if any.
    var door: WebDoor? {
        guard let address = web.flatMap(ListenAddress.init) else { return nil }
        return WebDoor(host: address.host, port: address.port, kiosk: webKiosk, allowedOrigins: webOrigin)
    }
}
