extension String {
    /// The string followed by spaces up to `width` characters (never truncated).
    func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    /// The string preceded by spaces up to `width` characters, for right-aligned numbers.
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
