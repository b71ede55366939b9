import SingleWindowKit

/// The new-call form's, the list attachment's and `vessels new`/`vessels attach`'s strings.
public enum VFS: String, CatalogueKey {
    case vfFormNewTitle = "vessels.form.newTitle"
    case vfFormEditTitle = "vessels.form.editTitle"
    case vfFormHint = "vessels.form.hint"
    case vfFormFilled = "vessels.form.filled"
    case vfFormUnknownShip = "vessels.form.unknownShip"
    case vfFormSaved = "vessels.form.saved"
    case vfFormCreated = "vessels.form.created"
    case vfFormProblems = "vessels.form.problems"
    case vfFormUnsavedNew = "vessels.form.unsavedNew"
    case vfKeySave = "vessels.form.key.save"
    case vfHelpSave = "vessels.form.help.save"
    case vfKeyLookup = "vessels.form.key.lookup"
    case vfHelpLookup = "vessels.form.help.lookup"
    case vfKeyBack = "vessels.form.key.back"
    case vfHelpBack = "vessels.form.help.back"
    case vfNoLookup = "vessels.form.noLookup"
    case vfLookupTitle = "vessels.form.lookupTitle"
    case vfKeyEdit = "vessels.key.edit"
    case vfHelpEdit = "vessels.help.edit"
    case vfKeyAttach = "vessels.key.attach"
    case vfHelpAttach = "vessels.help.attach"
    case vfKeyFromFile = "vessels.key.fromFile"
    case vfHelpFromFile = "vessels.help.fromFile"
    case vfHelpNewForm = "vessels.help.newForm"
    case vfPromptAttach = "vessels.prompt.attach"
    case vfPromptOffered = "vessels.prompt.offered"
    case vfAttached = "vessels.attached"
    case vfCliAttached = "vessels.cli.attached"
    case vfUnsavedFields = "vessels.form.unsavedFields"
    case vfUnsavedMore = "vessels.form.unsavedMore"

    public static var table: [VFS: (en: String, zh: String)] { entries }

    static let entries: [VFS: (en: String, zh: String)] = [
        .vfFormNewTitle: ("New call · type the IMO number: a known ship fills in", "新建船舶申报 · 输入IMO编号，已申报过的船舶自动带出"),
        .vfFormEditTitle: ("{0} · particulars and voyage", "{0} · 船舶资料与航次"),
        .vfFormHint: ("F2 save the draft · F4 look-up · lists (crew, manifest, dangerous goods) are imported on the call",
                    "F2 保存草稿 · F4 查找 · 船员、舱单、危险货物清单在申报中导入"),
        .vfFormFilled: ("{0}: filled in from {1}; check what differs", "{0}：已按 {1} 带出，请核对不同之处"),
        .vfFormUnknownShip: ("{0}: a ship not declared before; type its particulars", "{0}：未曾申报的船舶，请录入船舶资料"),
        .vfFormSaved: ("Saved {0}", "已保存 {0}"),
        .vfFormCreated: ("Draft {0} saved: c crew list, g manifest and DG list", "草稿 {0} 已保存：c 船员名单，g 舱单和危险品清单"),
        .vfFormProblems: ("Not saved: {0} problem(s), marked on the fields", "未保存：{0} 个问题，已在栏目上标出"),
        .vfFormUnsavedNew: ("New vessel call", "新建船舶申报"),
        .vfKeySave: ("Save", "保存"),
        .vfHelpSave: ("Save the draft (the form stays open when something cannot be read)", "保存草稿（有无法识别的内容时表单保持打开）"),
        .vfKeyLookup: ("Look up", "查找"),
        .vfHelpLookup: ("Look the code up: type Chinese, English or the code", "查找代码：可输入中文、英文或代码"),
        .vfKeyBack: ("Back", "返回"),
        .vfHelpBack: ("Back (asks when something is unsaved)", "返回（有未保存的修改时会询问）"),
        .vfNoLookup: ("This field has no look-up list: type the value", "此栏目没有代码表，请直接输入"),
        .vfLookupTitle: ("Look up: {0}", "查找：{0}"),
        .vfKeyEdit: ("Edit", "修改"),
        .vfHelpEdit: ("Edit the particulars and voyage in the form", "在表单中修改船舶资料与航次"),
        .vfKeyAttach: ("Manifest/DG", "舱单/危险品"),
        .vfHelpAttach: ("Attach the cargo manifest and dangerous-goods list (JSON file)", "附上舱单和危险货物清单（JSON文件）"),
        .vfKeyFromFile: ("From file", "从文件"),
        .vfHelpFromFile: ("Declare a new call from a JSON file", "从JSON文件新建船舶申报"),
        .vfHelpNewForm: ("Declare a new call in the form (particulars and voyage)", "在表单中新建船舶申报（船舶资料与航次）"),
        .vfPromptAttach: ("Attach the manifest and dangerous-goods list (JSON)", "附上舱单和危险货物清单（JSON）"),
        .vfPromptOffered: ("Enter takes the file offered; Ctrl-U clears it (paths relative to {0})",
                         "回车使用所示文件；Ctrl-U 清除（路径相对于 {0}）"),
        .vfAttached: ("Attached to {0}: {1} manifest line(s), {2} dangerous goods from {3}",
                    "已附到 {0}：舱单 {1} 行，危险货物 {2} 项，来自 {3}"),
        .vfCliAttached: ("{0}: {1} manifest line(s), {2} dangerous goods, {3} stores from {4}",
                       "{0}：舱单 {1} 行，危险货物 {2} 项，物料 {3} 项，来自 {4}"),
        .vfUnsavedFields: ("{0} not saved", "{0} 未保存"),
        .vfUnsavedMore: ("{0} and {1} more", "{0} 等另 {1} 项"),
    ]
}

extension Strings {
    public subscript(_ key: VFS) -> String { lookup(key) }
    public func format(_ key: VFS, _ arguments: Any...) -> String { substitute(self[key], arguments) }
}
