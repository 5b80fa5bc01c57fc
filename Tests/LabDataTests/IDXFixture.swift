/// A tiny IDX data set written by hand, byte by byte, as the format's specification lays it
/// out: the loader under test is checked against these bytes, never against its own output.
struct IDXFixture {
    /// How the four files are named: MNIST's `train-images-idx3-ubyte` or `train-images.idx3-ubyte`.
    enum NameStyle {
        case dashed, dotted

        func name(_ stem: String, rank: Int) -> String {
            self == .dashed ? "\(stem)-idx\(rank)-ubyte" : "\(stem).idx\(rank)-ubyte"
        }
    }

    static let rows = 2
    static let columns = 3
    /// Five 2×3 "images", one per line.
    static let trainImages: [UInt8] = [0, 1, 2, 3, 4, 5,
                                       10, 11, 12, 13, 14, 15,
                                       20, 21, 22, 23, 24, 25,
                                       30, 31, 32, 33, 34, 35,
                                       40, 41, 42, 43, 44, 255]
    static let trainLabels: [UInt8] = [3, 0, 2, 1, 3]
    static let testImages: [UInt8] = [7, 7, 7, 7, 7, 7, 0, 1, 2, 3, 4, 5]
    static let testLabels: [UInt8] = [1, 2]

    /// An IDX file: 00 00, the type byte, the dimension count, big-endian UInt32 sizes, data.
    static func idx(sizes: [Int], data: [UInt8], type: UInt8 = 0x08) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, type, UInt8(sizes.count)]
        for size in sizes {
            bytes += [UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)]
        }
        return bytes + data
    }

    /// The four files' names in `style`, with ".gz" when gzipped: train images, train labels,
    /// test images, test labels.
    static func names(_ style: NameStyle, gzipped: Bool) -> [String] {
        let suffix = gzipped ? ".gz" : ""
        return [style.name("train-images", rank: 3), style.name("train-labels", rank: 1),
                style.name("t10k-images", rank: 3), style.name("t10k-labels", rank: 1)].map { $0 + suffix }
    }

    /// Writes the fixture set into `directory`.
    static func write(to directory: TemporaryDirectory, style: NameStyle = .dashed, gzipped: Bool = false) throws {
        let files = [idx(sizes: [5, rows, columns], data: trainImages), idx(sizes: [5], data: trainLabels),
                     idx(sizes: [2, rows, columns], data: testImages), idx(sizes: [2], data: testLabels)]
        for (name, content) in zip(names(style, gzipped: gzipped), files) {
            try directory.write(gzipped ? GzipCompressor.compress(content) : content, to: name)
        }
    }
}
