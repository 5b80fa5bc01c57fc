extension HintCatalog {
    static let simplifiedChinese = HintCatalog(.simplifiedChinese, [:])
}
