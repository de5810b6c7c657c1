// swift-tools-version: 6.1
import PackageDescription

let strictConcurrency: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "PeelKit",
    products: [
        .library(name: "PeelKit", targets: ["PeelKit"]),
        .library(name: "PeelKitParsers2015", targets: ["PeelKitParsers2015"]),
        .library(name: "PeelKitParsers2016", targets: ["PeelKitParsers2016"]),
        .library(name: "PeelKitParsers2018", targets: ["PeelKitParsers2018"]),
        .executable(name: "peel", targets: ["peel"]),
    ],
    targets: [
        .target(name: "PeelKit", swiftSettings: strictConcurrency),
        .target(name: "PeelKitParsers2015", dependencies: ["PeelKit"], swiftSettings: strictConcurrency),
        .target(name: "PeelKitParsers2016", dependencies: ["PeelKit"], swiftSettings: strictConcurrency),
        .target(name: "PeelKitParsers2018", dependencies: ["PeelKit"], swiftSettings: strictConcurrency),
        .executableTarget(
            name: "peel",
            dependencies: ["PeelKit", "PeelKitParsers2015", "PeelKitParsers2016", "PeelKitParsers2018"],
            swiftSettings: strictConcurrency
        ),
        .executableTarget(
            name: "peel-benchmarks",
            dependencies: ["PeelKit", "PeelKitParsers2015", "PeelKitParsers2016", "PeelKitParsers2018"],
            path: "Benchmarks/PeelBenchmarks",
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "PeelKitTests",
            dependencies: ["PeelKit", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
        .target(
            name: "PeelKitTestSupport",
            dependencies: ["PeelKit"],
            path: "Tests/PeelKitTestSupport",
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "PeelKitParsers2016Tests",
            dependencies: ["PeelKit", "PeelKitParsers2016", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "PeelCommandTests",
            dependencies: ["peel", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "PeelKitRobustnessTests",
            dependencies: ["PeelKit", "PeelKitParsers2015", "PeelKitParsers2016", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "PeelKitParsers2015Tests",
            dependencies: ["PeelKit", "PeelKitParsers2015", "PeelKitParsers2016", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "ExtractorHarnessTests",
            dependencies: ["PeelKit", "PeelKitParsers2015", "PeelKitParsers2016", "PeelKitParsers2018", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
        .testTarget(
            name: "PeelKitParsers2018Tests",
            dependencies: ["PeelKit", "PeelKitParsers2016", "PeelKitParsers2018", "PeelKitTestSupport"],
            swiftSettings: strictConcurrency
        ),
    ]
)
