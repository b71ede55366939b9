/// The domain's API hands out the store's types (`Workspace.db` is a `Database`, queries return
/// `Row`s, refusals carry `DatabaseError`), so whoever imports SingleWindowKit sees them without
/// a second import. The domain's own files still import Store explicitly.
@_exported import Store
