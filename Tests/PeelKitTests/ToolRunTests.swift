import Foundation
@testable import PeelKit
import Testing

/// External programs started with `posix_spawn` (pdftotext, in PeelKit).
@Suite("Running a tool")
struct ToolRunTests {
    @Test func outputErrorsAndStatusAreCollected() throws {
        let run = try ToolRun.run("/bin/sh", arguments: ["-c", "printf 'text\\n'; printf 'first\\nsecond\\n' >&2; exit 3"])
        #expect(run.status == 3)
        #expect(run.output == Array("text\n".utf8))
        #expect(run.errors == Array("first\nsecond\n".utf8))
    }

    /// Both pipes filled past their buffers at once, the error pipe first: read together,
    /// neither blocks the program.
    @Test func largeOutputOnBothPipesDoesNotBlock() throws {
        let script = "head -c 300000 /dev/zero >&2; head -c 1000000 /dev/zero; head -c 300000 /dev/zero >&2"
        let run = try ToolRun.run("/bin/sh", arguments: ["-c", script])
        #expect(run.status == 0)
        #expect(run.output.count == 1_000_000)
        #expect(run.errors.count == 600_000)
    }

    @Test func aSignalGivesItsNumber() throws {
        let run = try ToolRun.run("/bin/sh", arguments: ["-c", "kill -9 $$"])
        #expect(run.status == 9)
    }

    #if os(Linux)
    /// Standard input is `/dev/null`, not ours (asked of `/proc`, not by reading it:
    /// `/dev/null` may have been replaced by a file, as an atomic write over it does).
    @Test func theToolReadsNothingOfOurInput() throws {
        let run = try ToolRun.run("/bin/sh", arguments: ["-c", "readlink /proc/self/fd/0"])
        #expect(run.status == 0)
        #expect(run.output == Array("/dev/null\n".utf8))
    }
    #endif

    @Test func aMissingProgramIsAStartFailure() {
        #expect(throws: ToolRun.StartFailure.self) { try ToolRun.run("/nonexistent/tool", arguments: []) }
        do throws(ToolRun.StartFailure) {
            _ = try ToolRun.run("/nonexistent/tool", arguments: [])
        } catch {
            #expect(error.code == ENOENT)
            #expect(error.message == "No such file or directory")
        }
    }

    /// A damaged PDF: pdftotext's exit status and the first line of its messages.
    @Test func aDamagedPDFNamesTheToolsError() throws {
        let bytes = Array("%PDF-1.4\ngarbage\n".utf8)
        guard PDFText.toolPath() != nil else {
            #expect(throws: PeelError.missingTool(name: "pdftotext", hint: PDFText.installHint)) { try PDFText.extract(bytes: bytes) }
            return
        }
        do {
            _ = try PDFText.extract(bytes: bytes)
            Issue.record("a damaged PDF gave text")
        } catch let PeelError.toolFailed(name, status, message) {
            #expect(name == "pdftotext")
            #expect(status == 1)
            #expect(message.hasPrefix("Syntax Error") && !message.contains("\n"), "\(message)")
        }
    }

    @Test func withoutTheToolOnThePathTheErrorNamesIt() {
        #expect(PDFText.toolPath(environment: ["PATH": "/nonexistent"]) == nil)
    }
}
