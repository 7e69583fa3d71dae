import LotseClient
import Testing

/// The client's parts that need no server.
@Suite struct ClientTests {
    @Test(arguments: [
        ("127.0.0.1:4747", "127.0.0.1", 4747),
        ("localhost", "localhost", 4747),
        (":5000", "127.0.0.1", 5000),
        ("[::1]:6000", "::1", 6000),
        ("[::1]", "::1", 4747),
        ("::1", "::1", 4747),
    ])
    func serverAddresses(_ text: String, _ host: String, _ port: Int) throws {
        let address = try #require(ServerAddress(text))
        #expect(address == ServerAddress(host: host, port: port))
    }

    @Test(arguments: ["host:", "host:0", "host:70000", "host:http", "[::1"])
    func badServerAddresses(_ text: String) {
        #expect(ServerAddress(text) == nil)
    }

    @Test func connectingToAClosedPortFails() async {
        await #expect(throws: LineConnectionError.self) {
            _ = try await LineConnection.connect(host: "127.0.0.1", port: 1)
        }
    }
}
