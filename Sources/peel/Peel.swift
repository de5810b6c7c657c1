import PeelKit
import PeelKitParsers2015
import PeelKitParsers2016
import PeelKitParsers2018

/// Dispatches the subcommands.
enum Peel {
    /// Exit statuses (SPEC §4).
    enum Status {
        static let success: Int32 = 0
        static let inputFailed: Int32 = 1
        static let usage: Int32 = 2
    }

    /// A registry holding every built-in layout.
    static func registry() -> FormatRegistry {
        var registry = FormatRegistry()
        // Built-in ids are distinct, so registration cannot fail.
        try? registry.register(Peel2015Format())
        try? registry.register(Peel2016Format())
        try? registry.register(Peel2018Format())
        return registry
    }

    static func run(_ arguments: [String]) -> Int32 {
        guard let command = arguments.first else {
            Output.error(Usage.text)
            return Status.usage
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "parse": return try ParseCommand(arguments: rest).run()
            case "detect": return try DetectCommand(arguments: rest).run()
            case "corpus": return try CorpusCommand(arguments: rest).run()
            case "formats": return FormatsCommand().run()
            case "blocks": return try BlocksCommand(arguments: rest).run()
            case "-h", "--help", "help":
                Output.write(Usage.text + "\n")
                return Status.success
            default:
                throw UsageError("unknown command ‘\(command)’")
            }
        } catch let error as UsageError {
            Output.error("peel: \(error.message)\n\nRun ‘peel --help’ for usage.")
            return Status.usage
        } catch {
            Output.error("peel: \(error)")
            return Status.inputFailed
        }
    }
}

/// A mistake in the command line.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
