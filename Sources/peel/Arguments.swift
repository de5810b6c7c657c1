/// A command line split into options and operands.
struct Arguments {
    var operands: [String] = []
    private var flags: Set<String> = []
    private var values: [String: String] = [:]

    /// Splits `arguments`; `valued` names the options that take a value.
    init(_ arguments: [String], flags allowedFlags: Set<String>, valued: Set<String>) throws {
        var index = 0
        var onlyOperands = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyOperands || argument == "-" || !argument.hasPrefix("-") {
                operands.append(argument)
            } else if argument == "--" {
                onlyOperands = true
            } else if let equals = argument.firstIndex(of: "="), valued.contains(String(argument[..<equals])) {
                values[String(argument[..<equals])] = String(argument[argument.index(after: equals)...])
            } else if valued.contains(argument) {
                guard index < arguments.count else { throw UsageError("\(argument) needs a value") }
                values[argument] = arguments[index]
                index += 1
            } else if allowedFlags.contains(argument) {
                flags.insert(argument)
            } else {
                throw UsageError("unknown option ‘\(argument)’")
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }
    func value(_ option: String) -> String? { values[option] }
}
