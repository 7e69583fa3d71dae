// swift-tools-version:6.0
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer), built by Scripts/fuzz.sh with
// `--sanitize=fuzzer --sanitize=address`. A package of their own, as swift-protobuf keeps its
// FuzzTesting: `swift build` and `swift test` of Lotse never build them.
let package = Package(
    name: "LotseFuzz",
    // `lotse` is a link to the repository, so the dependency is named the same wherever it is cloned.
    dependencies: [.package(path: "lotse")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "LotseFuzzable", package: "lotse")]),
        .executableTarget(name: "FuzzClientLines", dependencies: ["FuzzSupport", .product(name: "LotseFuzzable", package: "lotse")]),
        .executableTarget(name: "FuzzConditions", dependencies: ["FuzzSupport", .product(name: "LotseFuzzable", package: "lotse")]),
        .executableTarget(name: "FuzzDialogs", dependencies: ["FuzzSupport", .product(name: "LotseFuzzable", package: "lotse")]),
        .executableTarget(name: "FuzzTranscripts", dependencies: ["FuzzSupport", .product(name: "LotseFuzzable", package: "lotse")]),
    ]
)
