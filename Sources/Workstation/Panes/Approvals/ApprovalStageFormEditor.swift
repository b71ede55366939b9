import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The applicant's one form for a stage, built from its field catalogue by the shared form
/// builder; F10 applies, Esc leaves it. What it holds is read back and checked by the catalogue
/// and then by `ApprovalWindow.apply`; problems are marked on their fields.
struct ApprovalStageFormEditor {
    var projectID: String
    var stage: ApprovalStage
    var catalogue: FormCatalogue
    var state: FormState
    var initial: [String: String]

    static func open(_ app: AppContext, projectID: String, stage: ApprovalStage) throws -> ApprovalStageFormEditor {
        let db = app.db
        let project = try Projects.require(db, projectID)
        let items = try ApprovalCatalogue.load(db)
        let chosen = items.items(of: stage).filter(\.always)
        let form = ApprovalStageForm.catalogue(items, items: chosen)
        let values = try ApprovalStageForm.prefill(db, project: project, stage: stage, items: chosen, catalogue: items)
        var state = CatalogueFormBuilder.form(form, layout: .all(form), values: values, language: app.strings.language, editable: true)
        for id in ApprovalStageForm.projectFields {
            if var field = state[id] { field.isReadOnly = true; state[id] = field }
        }
        return ApprovalStageFormEditor(projectID: projectID, stage: stage, catalogue: form, state: state, initial: values)
    }

    var values: [String: String] { CatalogueFormBuilder.values(state) }
    var isChanged: Bool { values != initial }

    /// Applies through the domain; on a refusal the problems are marked on the form.
    mutating func apply(_ app: AppContext) throws -> ProjectStage {
        let values = self.values
        let data = values.filter { catalogue.field($0.key)?.section == ApprovalStageForm.dataSection }
        let materials = values.filter { $0.key.hasPrefix("material.") && $0.value.trimmingCharacters(in: .whitespaces) == "1" }
            .map { String($0.key.dropFirst("material.".count)) }.sorted()
        do {
            return try ApprovalWindow.apply(app.workspace, projectID: projectID, stage: stage, materials: materials, data: data, by: app.actor)
        } catch let DomainError.invalid(problems) {
            CatalogueFormBuilder.mark(problems, on: &state) { app.strings.message($0.key, $0.arguments) }
            throw DomainError.invalid(problems)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, _ app: AppContext) {
        let s = app.strings
        let title = s.format(.apStageShort, stage.rawValue) + " " + ApprovalText.stageName(stage, s) + " · " + projectID
        buffer.put(truncate(title, toWidth: max(0, area.width - 2), ellipsis: true), x: area.x + 1, y: area.y, style: Style(.title))
        FormView().render(into: &buffer, area: Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1)), state: state)
    }
}
