extension String {
    /// The string without leading and trailing spaces.
    func trimmingSpaces() -> String {
        var utf8 = Substring(self).utf8
        while utf8.first == 0x20 { utf8 = utf8.dropFirst() }
        while utf8.last == 0x20 { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }
}
