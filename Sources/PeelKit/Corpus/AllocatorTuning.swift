#if canImport(Glibc)
import Glibc
#endif

/// A process-wide setting for programs that parse many reports one after another:
/// keep freed memory for the next report instead of returning it to the system.
///
/// Each report needs a few hundred kilobytes of fresh buffers (clean text, blocks,
/// folded text, the word index). glibc's allocator returns freed memory at the top of
/// its heap to the system as soon as more than about twice the largest recent
/// allocation is free, so on a corpus run every report faults the same pages in again
/// (`clear_page` in the kernel, a tenth to a fifth of the run's time). Raising the trim
/// threshold keeps those pages mapped; peak memory does not grow, since what is kept
/// is what the largest report needed at once.
///
/// This is a choice for the program, not for a library: PeelKit never calls it on its
/// own. The `peel` command and the benchmark call it at start.
///
/// ```swift
/// AllocatorTuning.keepFreedMemory()
/// CorpusRun(files: files, registry: .standard, jobs: 2).run { result in … }
/// ```
public enum AllocatorTuning {
    /// Asks the C allocator to keep up to `bytes` of freed memory for reuse and to serve
    /// allocations below `mapThreshold` from its heap rather than from fresh mappings.
    /// Returns `false` where there is nothing to tune (not glibc); safe to call more than once.
    @discardableResult
    public static func keepFreedMemory(upTo bytes: Int = 256 << 20, mapThreshold: Int = 32 << 20) -> Bool {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module does not export.
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return false }
        let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
        let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        let clamp = { (value: Int) in Int32(clamping: max(0, value)) }
        return mallopt(trimThreshold, clamp(bytes)) == 1 && mallopt(mmapThreshold, clamp(mapThreshold)) == 1
        #else
        return false
        #endif
    }
}
