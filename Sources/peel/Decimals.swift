#if canImport(Glibc)
import Glibc  // vsnprintf
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Numbers written as C's `printf` writes them (what `String(format:)` did; the command
/// links FoundationEssentials only, which has no `String(format:)`).
enum Decimals {
    /// `value` with one decimal, rounded as `printf("%.1f")` rounds it ("0.1", "12.0").
    static func one(_ value: Double) -> String {
        withVaList([value]) { arguments in
            // Room for any double: the largest has 309 digits before the point.
            withUnsafeTemporaryAllocation(of: CChar.self, capacity: 320) { buffer -> String in
                guard let base = buffer.baseAddress else { return "" }
                let length = vsnprintf(base, buffer.count, "%.1f", arguments)
                guard length >= 0 else { return "" }
                return String(decoding: UnsafeRawBufferPointer(start: base, count: min(Int(length), buffer.count - 1)), as: UTF8.self)
            }
        }
    }
}
