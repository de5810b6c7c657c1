import Testing
import PeelKit

@Suite struct AllocatorTuningTests {
    @Test func tunesGlibcAndCanBeCalledAgain() {
        #if canImport(Glibc)
        #expect(AllocatorTuning.keepFreedMemory())
        #expect(AllocatorTuning.keepFreedMemory(upTo: 64 << 20, mapThreshold: 8 << 20))
        #else
        #expect(!AllocatorTuning.keepFreedMemory())
        #endif
    }
}
