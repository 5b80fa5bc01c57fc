extension Check {
    /// Compares a student's vector with the expected one entry by entry, recording a failure
    /// per wrong entry (`softmax([1000, 0])[1]: got nan, expected 0`, then `note`). A vector of the wrong
    /// length is one failure, never an out-of-range trap. Returns whether all was right.
    @discardableResult
    public mutating func compare(
        _ call: String, got: [Float], expected: [Float],
        tolerance: (Int) -> Tolerance, hint: (Int) -> String, note: String = ""
    ) -> Bool {
        guard got.count == expected.count else {
            fail("\(call): got \(got.count) entries, expected \(expected.count)\(note)",
                 hint: "return one entry per input entry, in the same order")
            return false
        }
        var correct = true
        for i in got.indices where !tolerance(i).accepts(got[i], expected[i]) {
            fail("\(call)[\(i)]: \(tolerance(i).describe(got: got[i], expected: expected[i]))\(note)",
                 hint: hint(i))
            correct = false
        }
        return correct
    }
}
