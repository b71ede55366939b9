/// A crew or passenger list refused as a whole (the shared CSV import's refusal, under the name
/// the panes and commands know).
public typealias PersonListImportError = CSVImportRefused
