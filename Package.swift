// swift-tools-version:6.0
import PackageDescription

// The data flows one way through the targets:
// LotseDialog (files → compiled dialog) → LotseEngine (sessions) → LotseProtocol (lines)
// → LotseTranscript / LotseServer / LotseClient → executables.
let package = Package(
    name: "Lotse",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lotse", targets: ["lotse"]),
        .executable(name: "lotse-bench", targets: ["lotse-bench"]),
        .executable(name: "lotsed", targets: ["lotsed"]),
        // For the fuzz targets in Fuzz/ (a package of their own, so normal builds never build them).
        .library(name: "LotseFuzzable", targets: ["LotseDialog", "LotseEngine", "LotseProtocol", "LotseService", "LotseTranscript"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/HdrHistogram/hdrhistogram-swift", from: "0.2.0"),
    ],
    targets: [
        .target(name: "LotseDialog", dependencies: ["Yams"]),
        // The words of the wire, dependency-free: commands, codes, outcomes, fields, the client's
        // and server's line types. Both ends import it; neither end's internals are in it.
        .target(name: "LotseWire"),
        .target(name: "LotseEngine", dependencies: ["LotseDialog", "LotseWire"]),
        .target(name: "LotseProtocol", dependencies: ["LotseDialog", "LotseEngine", "LotseWire"]),
        // The session road every transport plugs into, socket-free: admission, the per-connection
        // protocol and the session's life (log lines, observers such as metrics and the daily tally).
        .target(
            name: "LotseService",
            dependencies: ["LotseDialog", "LotseEngine", "LotseProtocol", .product(name: "Logging", package: "swift-log")]
        ),
        .target(
            name: "LotseTranscript",
            dependencies: [
                "LotseDialog", "LotseEngine", "LotseProtocol", "LotseService", "LotseWire",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The network's anonymous daily counts (lotsed --stats) and their report (lotse report).
        .target(name: "LotseStats", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "LotseServer",
            dependencies: [
                "LotseDialog", "LotseEngine", "LotseProtocol", "LotseService", "LotseSlip", "LotseStats", "LotseWire",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            // The web door's page: HTML, CSS and JavaScript as they are served, no build step.
            resources: [.copy("Transport/Web/Page")]
        ),
        .target(
            name: "LotseClient",
            dependencies: [
                "LotseWire",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .executableTarget(
            name: "lotsed",
            dependencies: [
                "LotseDialog", "LotseServer", "LotseService", "LotseStats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        // What the test targets share: fixture copies, the built executables, a lotsed launcher,
        // a silent logger, `eventually`.
        .target(
            name: "LotseTestSupport",
            dependencies: [
                "LotseSlip",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ]
        ),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CQRencode", path: "Sources/CQRencode", providers: [.apt(["libqrencode-dev"])]),
        // What every client shows at the end: the slip collected from the referral's lines, its
        // text and QR code for a phone, and the client's own words in every language.
        .target(name: "LotseSlip", dependencies: ["CQRencode", "LotseWire"]),
        .target(
            name: "LotseChat",
            dependencies: ["CReadline", "LotseClient", "LotseSlip", "LotseTranscript", "LotseWire"]
        ),
        .executableTarget(
            name: "lotse",
            dependencies: [
                "LotseDialog", "LotseEngine", "LotseTranscript", "LotseClient", "LotseChat", "LotseServer", "LotseStats",
                "LotseWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "lotse-bench",
            dependencies: [
                "LotseDialog", "LotseEngine", "LotseProtocol", "LotseServer", "LotseClient", "LotseTestSupport", "LotseWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Histogram", package: "hdrhistogram-swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "LotseDialogTests", dependencies: ["LotseDialog", "LotseTestSupport"]),
        .testTarget(name: "LotseWireTests", dependencies: ["LotseWire"]),
        .testTarget(
            name: "LotseEngineTests",
            dependencies: [
                "LotseDialog", "LotseEngine", "LotseTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "LotseProtocolTests", dependencies: ["LotseDialog", "LotseEngine", "LotseProtocol", "LotseTestSupport"]),
        .testTarget(
            name: "LotseTranscriptTests",
            dependencies: ["LotseDialog", "LotseProtocol", "LotseTestSupport", "LotseTranscript", "LotseWire"]),
        .testTarget(name: "LotseStatsTests", dependencies: ["LotseStats"]),
        .testTarget(
            name: "LotseCommandTests",
            dependencies: ["lotse", "LotseServer", "LotseStats", "LotseTestSupport", .product(name: "Logging", package: "swift-log")]
        ),
        .testTarget(
            name: "LotseServerTests",
            dependencies: [
                "LotseDialog", "LotseServer", "LotseService", "LotseClient", "LotseStats", "LotseTestSupport", "LotseWire",
                "LotseTranscript",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOWebSocket", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "LotseServiceTests",
            dependencies: [
                "LotseDialog", "LotseEngine", "LotseProtocol", "LotseService", "LotseTestSupport",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "LotseChatTests", dependencies: ["LotseChat", "LotseClient", "LotseSlip", "LotseTestSupport", "LotseWire"]),
        .testTarget(name: "LotseSlipTests", dependencies: ["LotseSlip", "LotseTestSupport", "LotseWire"]),
    ]
)

// Hummingbird's upcoming features: on every Swift target an existential says `any`; a member is
// only seen where its module is imported (not in LotseDialog and lotse, whose loader and author
// commands are being reshaped on main and reach Yams and Foundation members through other
// files' imports); an import is internal unless it says `public` (not in those two, nor in
// LotseEngine, whose exploration is being reshaped too).
let reshapedOnMain: Set<String> = ["LotseDialog", "lotse"]
for target in package.targets where target.type != .system {
    var settings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]
    if !reshapedOnMain.contains(target.name) { settings.append(.enableUpcomingFeature("MemberImportVisibility")) }
    if !reshapedOnMain.contains(target.name), target.name != "LotseEngine" {
        settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    }
    target.swiftSettings = (target.swiftSettings ?? []) + settings
}
