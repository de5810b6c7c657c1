import Foundation
import PeelKitTestSupport
import Testing

/// Runs the built `peel` executable, as a user would.
enum PeelProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `peel` binary next to the test bundle.
    static let executable: URL = {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("peel").path), url.path != "/" {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("peel")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static func fixture(_ name: String) -> String { Fixtures.directory.appendingPathComponent(name + ".txt").path }
}

@Suite("The peel command")
struct CommandTests {
    @Test func parsePrintsTheContractJSON() throws {
        let result = try PeelProcess.run(["parse", PeelProcess.fixture("2016-cambridgeshire")])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let expected = try Fixtures.expected("2016-cambridgeshire")
        let differences = ExpectedFields.differences(expected: expected, actual: json)
        #expect(differences.isEmpty, "\(differences)")
    }

    @Test func standardInputIsReadForADash() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: PeelProcess.fixture("2016-cumbria-noisy")))
        let result = try PeelProcess.run(["parse", "--jsonl", "-"], stdin: data)
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stdout.contains(#""id":"cumbria""#))
    }

    @Test func oversizedStandardInputIsRefusedWithoutHoldingItAll() throws {
        let result = try PeelProcess.run(["parse", "-"], stdin: Data(repeating: UInt8(ascii: "a"), count: (64 << 20) + (1 << 20)))
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>: input too large:"))
        #expect(result.stderr.contains("the limit is 67108864 bytes"))
    }

    @Test func aNonPEELFileFailsWithItsNameAndReason() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("peel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("minutes.txt")
        try Data("Minutes of the parish council meeting.\n".utf8).write(to: file)
        let result = try PeelProcess.run(["parse", PeelProcess.fixture("2016-cambridgeshire"), file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("minutes.txt: not a recognised PEEL report ("))
        #expect(result.stderr.contains("peel-2016 0%"))
        // The good file is still parsed: an array of one report.
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [Any]
        #expect(json?.count == 1)
    }

    @Test func missingFilesAndBadOptions() throws {
        let missing = try PeelProcess.run(["parse", "/no/such/report.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/no/such/report.txt: cannot read /no/such/report.txt: no such file"))
        let usage = try PeelProcess.run(["parse", "--bogus", "x"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("unknown option ‘--bogus’"))
        #expect(try PeelProcess.run([]).status == 2)
        #expect(try PeelProcess.run(["parse"]).status == 2)
        #expect(try PeelProcess.run(["parse", "--format", "peel-1999", PeelProcess.fixture("2016-cambridgeshire")]).status == 2)
    }

    @Test func detectRanksTheLayouts() throws {
        let result = try PeelProcess.run(["detect", PeelProcess.fixture("2016-cumbria-noisy")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("peel-2016  100%"))
        #expect(result.stdout.contains("→ peel-2016"))
    }

    @Test func formatsListsTheRegisteredLayouts() throws {
        let result = try PeelProcess.run(["formats"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("peel-2016\tPEEL: Police effectiveness 2016"))
    }
}
