// swift-tools-version: 6.1
// An example of a layout module written outside PeelKit: the 2017 effectiveness
// reports ("PEEL: Police effectiveness 2017"), using PeelKit's public API only.
import PackageDescription

let swift6: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "PeelKit2017",
    products: [
        .library(name: "PeelKitParsers2017", targets: ["PeelKitParsers2017"]),
    ],
    dependencies: [
        // PeelKit itself, two levels up. Elsewhere: .package(url: "https://…/PeelKit.git", from: "1.0.0").
        .package(name: "PeelKit", path: "../.."),
    ],
    targets: [
        .target(
            name: "PeelKitParsers2017",
            dependencies: [.product(name: "PeelKit", package: "PeelKit")],
            swiftSettings: swift6
        ),
        .testTarget(
            name: "PeelKitParsers2017Tests",
            dependencies: [
                "PeelKitParsers2017",
                .product(name: "PeelKit", package: "PeelKit"),
                // The built-in layouts, to check that detection tells the years apart.
                .product(name: "PeelKitParsers2015", package: "PeelKit"),
                .product(name: "PeelKitParsers2016", package: "PeelKit"),
            ],
            swiftSettings: swift6
        ),
    ]
)
