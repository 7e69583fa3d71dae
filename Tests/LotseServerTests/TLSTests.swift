import Foundation
import Logging
import LotseClient
import LotseServer
import LotseTestSupport
import Testing

/// A throwaway certificate authority, made with openssl for one test: a CA, and a server
/// certificate it signed for the names given.
struct ThrowawayCA {
    let folder: URL
    var caFile: String { folder.appendingPathComponent("ca.pem").path }
    var certificateFile: String { folder.appendingPathComponent("server.pem").path }
    var keyFile: String { folder.appendingPathComponent("server.key").path }

    /// - Parameter names: the server certificate's subjectAltName, e.g. `DNS:localhost,IP:127.0.0.1`.
    init(names: String = "DNS:localhost,IP:127.0.0.1") throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("lotse-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "subjectAltName=\(names)\n".write(to: folder.appendingPathComponent("names.cnf"), atomically: true, encoding: .utf8)
        let key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
        try Self.openssl(
            ["req", "-x509"] + key + ["-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Lotse Test CA"], in: folder)
        try Self.openssl(["req"] + key + ["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=lotsed test"], in: folder)
        try Self.openssl(
            [
                "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "server.pem", "-days", "2", "-extfile", "names.cnf",
            ], in: folder)
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    private static func openssl(_ arguments: [String], in folder: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl \(arguments.joined(separator: " "))")
    }
}

extension OverTCP {
    /// Real TLS on 127.0.0.1 with a CA made for the test.
    @Suite struct TLS {
        private func withTLSServer(_ ca: ThrowawayCA, _ body: (RunningServer) async throws -> Void) async throws {
            let configuration = ServerConfiguration(
                dialogsDirectory: Fixtures.tiny, host: "127.0.0.1", port: 0, counselorToken: "a-token-of-sixteen-or-more",
                tls: ServerTLS(certificateFile: ca.certificateFile, keyFile: ca.keyFile))
            try await LotseServer.withRunning(configuration, logger: Logger.silent, body)
        }

        @Test func aClientThatTrustsTheCATalksToTheDaemon() async throws {
            let ca = try ThrowawayCA()
            defer { ca.remove() }
            try await withTLSServer(ca) { server in
                for host in ["127.0.0.1", "localhost"] {
                    let connection = try await LineConnection.connect(host: host, port: server.port, tls: try ClientTLS(caFile: ca.caFile))
                    #expect(try await connection.readTurn().first?.hasPrefix("HELLO lotse/1") == true, "\(host)")
                    #expect(try await connection.turn("19").contains("ASK money yesno"))
                    #expect(
                        try await connection.turn("/auth a-token-of-sixteen-or-more").first?.hasPrefix("NOTE Beratungsmodus an") == true)
                    connection.close()
                }
            }
        }

        @Test func anotherCAOrAnotherNameIsRefused() async throws {
            let ca = try ThrowawayCA()
            let stranger = try ThrowawayCA()
            let misnamed = try ThrowawayCA(names: "DNS:lotse.example")
            defer { [ca, stranger, misnamed].forEach { $0.remove() } }
            try await withTLSServer(ca) { server in
                await #expect(throws: (any Error).self, "a certificate from a CA the client does not trust") {
                    let connection = try await LineConnection.connect(
                        host: "127.0.0.1", port: server.port,
                        tls: try ClientTLS(caFile: stranger.caFile))
                    _ = try await connection.readTurn()
                }
            }
            try await withTLSServer(misnamed) { server in
                await #expect(throws: (any Error).self, "a certificate for another name") {
                    let connection = try await LineConnection.connect(
                        host: "127.0.0.1", port: server.port,
                        tls: try ClientTLS(caFile: misnamed.caFile))
                    _ = try await connection.readTurn()
                }
            }
        }

        @Test func aPlainClientGetsNoSession() async throws {
            let ca = try ThrowawayCA()
            defer { ca.remove() }
            try await withTLSServer(ca) { server in
                let plain = try await LineConnection.connect(host: "127.0.0.1", port: server.port, readTimeout: .seconds(5))
                try? await plain.send("19")
                let line = try? await plain.readLine()
                #expect(line?.hasPrefix("HELLO") != true, "no greeting in clear text")
            }
        }

        @Test func brokenCertificateFilesStopTheStartWithTheirName() throws {
            let ca = try ThrowawayCA()
            defer { ca.remove() }
            #expect(throws: ServerTLSError.self) {
                try ServerTLS(certificateFile: ca.folder.appendingPathComponent("missing.pem").path, keyFile: ca.keyFile).check()
            }
            #expect(throws: ServerTLSError.self, "the CA's certificate does not go with the server's key") {
                try ServerTLS(certificateFile: ca.caFile, keyFile: ca.keyFile).check()
            }
            try ServerTLS(certificateFile: ca.certificateFile, keyFile: ca.keyFile).check()
        }
    }
}
