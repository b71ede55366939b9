extension Declaration {
    /// The problem of a declaration with more goods items than the customs form holds, placed
    /// at the first item over the limit; nil within it. Drafts are refused too (valid or not,
    /// a draft is stored whole), so the form, the commands and every import say the same.
    public static func goodsLimitProblem(_ d: Declaration) -> Problem? {
        guard d.goods.count > InputLimits.goodsItems else { return nil }
        return Problem("goods[\(InputLimits.goodsItems + 1)]", "decl.tooManyGoods", [String(InputLimits.goodsItems)])
    }
}
