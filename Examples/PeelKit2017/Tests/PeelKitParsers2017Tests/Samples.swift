import Foundation
import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitParsers2017

/// Test inputs, made from PeelKit's own samples in `../../Tests/Fixtures`.
enum Samples {
    /// PeelKit's `Tests/Fixtures`, found from this file's path.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PeelKitParsers2017Tests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // PeelKit2017
        .deletingLastPathComponent()  // Examples
        .deletingLastPathComponent()  // the PeelKit package
        .appendingPathComponent("Tests/Fixtures")

    /// A sample as it is, e.g. `text("2016-cambridgeshire")`.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: fixtures.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    /// A 2016 sample turned into a 2017 report: the same layout, with the year marks
    /// of 2017 (cover title, inspection year, data periods, publication month).
    static func as2017(_ name: String) throws -> String {
        var text = try text(name)
        for (old, new) in [
            ("Police effectiveness 2016", "Police effectiveness 2017"),
            ("during 2016", "during 2017"),
            ("30 June 2016", "30 June 2017"),
            ("March 2017", "March 2018"),
        ] {
            text = text.replacingOccurrences(of: old, with: new)
        }
        return text
    }

    /// The built-in layouts and the 2017 one, as an application would register them.
    static func registry() throws -> FormatRegistry {
        var registry = FormatRegistry()
        try registry.register(Peel2015Format())
        try registry.register(Peel2016Format())
        try registry.register(Peel2017Format())
        return registry
    }
}
