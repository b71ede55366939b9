import Foundation
import Store

/// One form per stage (一表申请): the project's own data, then the union of the data items the
/// stage's items ask for — each typed once however many items need it — then the materials
/// handed in. A field catalogue, so the pane builds it with the declaration's form builder and
/// the reader checks it with the same rules. Pre-filled from the project and from what earlier
/// stages' forms said.
public enum ApprovalStageForm {
    public static let projectSection = "project", dataSection = "data", materialsSection = "materials"
    public static let projectFields = ["project.name", "project.investor", "project.site", "project.industry", "project.investment"]

    /// The form's catalogue for the chosen items.
    public static func catalogue(_ catalogue: ApprovalCatalogue, items: [ApprovalItem]) -> FormCatalogue {
        let needed = Set(items.flatMap(\.fields))
        var fields = [
            CatalogueField(id: "project.name", zh: "项目名称", en: "Project", maxLength: 60, section: projectSection),
            CatalogueField(id: "project.investor", zh: "投资主体", en: "Investor", maxLength: 60, section: projectSection),
            CatalogueField(id: "project.site", zh: "建设地点", en: "Site", maxLength: 60, section: projectSection),
            CatalogueField(id: "project.industry", zh: "行业代码", en: "Industry", maxLength: 5, section: projectSection),
            CatalogueField(id: "project.investment", zh: "总投资", en: "Investment", kind: .decimal(scale: 2), maxLength: 18,
                           section: projectSection),
        ]
        // Optional on the form: a datum not known yet may follow with the supplements a
        // department asks for; what is typed is checked by its kind.
        for field in catalogue.fields where needed.contains(field.id) {
            let kind: FieldKind = switch field.kind {
            case "decimal": .decimal(scale: 2)
            case "integer": .integer
            case "date": .date
            default: .text
            }
            fields.append(CatalogueField(id: field.id, zh: field.nameZh, en: field.nameEn, kind: kind, maxLength: field.maxLength,
                                         section: dataSection))
        }
        for material in catalogue.materials(for: items) {
            fields.append(CatalogueField(id: "material." + material.code, zh: material.code + " " + material.nameZh,
                                         en: material.code + " " + material.nameEn, kind: .flag, maxLength: 1, section: materialsSection))
        }
        return FormCatalogue(sections: [
            .init(key: projectSection, zh: "项目", en: "Project"),
            .init(key: dataSection, zh: "本阶段数据（每项只填一次）", en: "This stage's data (each typed once)"),
            .init(key: materialsSection, zh: "申请材料（1 已提交）", en: "Materials (1 handed in)"),
        ], fields: fields)
    }

    /// What the form starts with: the project, the data earlier stages' forms gave, and every
    /// material marked handed in (the applicant clears what is not).
    public static func prefill(_ db: Database, project: Project, stage: ApprovalStage, items: [ApprovalItem],
                               catalogue: ApprovalCatalogue) throws -> [String: String] {
        var values = ["project.name": project.name, "project.investor": project.investorName, "project.site": project.site,
                      "project.industry": project.industry, "project.investment": project.investment]
        for earlier in try Projects.stages(db, projectID: project.id) where earlier.stage <= stage {
            values.merge(earlier.form) { _, later in later }
        }
        for material in catalogue.materials(for: items) { values["material." + material.code] = "1" }
        return values
    }
}
