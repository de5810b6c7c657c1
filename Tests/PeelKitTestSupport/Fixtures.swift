import Foundation
import PeelKit

/// The sample reports and their expected values, in `Tests/Fixtures`.
public enum Fixtures {
    /// `Tests/Fixtures`, found from this file's path so tests need no bundle resources.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The four samples, by name without extension.
    public static let samples = [
        "2015-cambridgeshire-excerpt", "2016-cambridgeshire", "2016-cumbria-noisy", "2018-cambridgeshire-markdown",
    ]

    /// A fixture's text, e.g. `text("2016-cambridgeshire")`.
    public static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    /// A fixture's bytes.
    public static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name + ".txt")))
    }

    /// The expected values for a sample, as parsed JSON.
    public static func expected(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: directory.appendingPathComponent("expected/\(name).expected.json"))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// The report as JSON values, the way the contract writes it.
    public static func json(_ report: Report) throws -> [String: Any] {
        let data = ReportJSONEncoder(style: .compact).encode(report)
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

/// Compares expected values (a subset of the contract's fields) with actual JSON.
public enum ExpectedFields {
    /// Every difference, as "path: expected …, got …". Strings are compared after
    /// collapsing runs of white space, as ../shared/expected/README says.
    public static func differences(expected: Any, actual: Any?, path: String = "") -> [String] {
        switch expected {
        case let object as [String: Any]:
            guard let actual = actual as? [String: Any] else { return ["\(path): expected an object, got \(describe(actual))"] }
            return object.keys.sorted().flatMap { key in
                differences(expected: object[key]!, actual: actual[key], path: path + "." + key)
            }
        case let array as [Any]:
            guard let actual = actual as? [Any] else { return ["\(path): expected an array, got \(describe(actual))"] }
            var found: [String] = []
            if array.count != actual.count { found.append("\(path): expected \(array.count) items, got \(actual.count)") }
            for (index, (e, a)) in zip(array, actual).enumerated() {
                found += differences(expected: e, actual: a, path: "\(path)[\(index)]")
            }
            return found
        case is NSNull:
            return actual == nil || actual is NSNull ? [] : ["\(path): expected null, got \(describe(actual))"]
        case let string as String:
            guard let actualString = actual as? String, collapse(actualString) == collapse(string) else {
                return ["\(path): expected \"\(string)\", got \(describe(actual))"]
            }
            return []
        case let number as NSNumber:
            guard let actualNumber = actual as? NSNumber, actualNumber == number else {
                return ["\(path): expected \(number), got \(describe(actual))"]
            }
            return []
        default:
            return ["\(path): unsupported expected value \(expected)"]
        }
    }

    private static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func describe(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let string = value as? String { return "\"\(string)\"" }
        return "\(value)"
    }
}
