#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a document's blocks and their folded text, each in one buffer that the
/// blocks share (each block a range of both). Made once when the document is
/// normalised, so that no block costs a string of its own until its ``Block/text`` is
/// asked for; a string, once made, is kept for the next time it is asked for.
final class BlockText: @unchecked Sendable {
    /// The blocks' clean text, one after another (the assembler's buffer, kept as it is).
    let bytes: ByteWriter
    /// The blocks' folded text (for a document: "\n" + block + "\n" + block … + "\n").
    let folded: [UInt8]
    /// The table rows' cells, one row after another (each block knows its range).
    let cells: [String]
    /// The list items' markers (each block knows its index, or -1).
    let markers: [String]
    /// Strings already made, by block index (nil: not yet), guarded by `mutex`: blocks
    /// are values that any thread may read. Plain memory rather than a stored array, so
    /// that reading a slot costs no exclusivity check.
    private let strings: UnsafeMutablePointer<String?>
    private let count: Int
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(bytes: consuming ByteWriter, folded: [UInt8], cells: [String], markers: [String], blockCount: Int) {
        self.bytes = bytes
        self.folded = folded
        self.cells = cells
        self.markers = markers
        count = max(0, blockCount)
        strings = .allocate(capacity: count)
        strings.initialize(repeating: nil, count: count)
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        strings.deinitialize(count: count)
        strings.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Storage for one block made on its own: its text, folded text, cells and marker.
    static func single(_ text: String, cells: [String], marker: String?) -> Single {
        var bytes = ByteWriter(capacity: text.utf8.count)
        bytes.append(contentsOf: text.utf8)
        let count = bytes.count
        var folded: [UInt8] = []
        TextFolding.fold(text.utf8, into: &folded)
        let storage = BlockText(
            bytes: bytes, folded: folded, cells: cells, markers: marker.map { [$0] } ?? [], blockCount: 1)
        storage.strings[0] = text
        return Single(
            storage: storage, text: 0..<count, folded: 0..<folded.count,
            cells: 0..<Int32(truncatingIfNeeded: cells.count), marker: marker == nil ? -1 : 0)
    }

    /// Where one block's parts are in a storage of its own (``single(_:cells:marker:)``).
    struct Single {
        var storage: BlockText
        var text: Range<Int>
        var folded: Range<Int>
        var cells: Range<Int32>
        var marker: Int32
    }

    /// The text of block `index`, whose bytes are `range`.
    func string(_ index: Int, _ range: Range<Int>) -> String {
        guard index >= 0 && index < count else { return decode(range) }
        pthread_mutex_lock(mutex)
        let kept = strings[index]
        pthread_mutex_unlock(mutex)
        if let kept { return kept }
        let made = decode(range)
        pthread_mutex_lock(mutex)
        strings[index] = made
        pthread_mutex_unlock(mutex)
        return made
    }

    private func decode(_ range: Range<Int>) -> String {
        bytes.withBytes(in: range) { String(decoding: $0, as: UTF8.self) }
    }
}
