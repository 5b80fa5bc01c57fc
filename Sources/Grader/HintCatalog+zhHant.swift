extension HintCatalog {
    static let traditionalChinese = HintCatalog(.traditionalChinese, [:])
}
