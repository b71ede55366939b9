// The default theme compiled in, so a missing or broken Themes/ directory still gives a usable screen.
// Keep it identical to Themes/default.theme (a test compares them).
extension Theme {
    /// The text of Themes/default.theme.
    public static let builtinDefaultSource = """
# SingleWindow default theme: light text on the terminal's own background.
# Format: see Themes/README.md.  role  256=fg/bg  16=fg/bg  attrs=...  mono=...
name: default
description: Calm blues on the terminal background; works on dark terminals

normal                     256=default/default  16=default/default          attrs=none           mono=none
title                      256=231/24           16=bright-white/blue        attrs=bold           mono=bold+reverse
tab                        256=252/236          16=white/black              attrs=none           mono=none
tab-active                 256=231/25           16=bright-white/blue        attrs=bold           mono=bold+reverse
header                     256=231/238          16=bright-white/black       attrs=bold           mono=bold+underline
row                        256=default/default  16=default/default          attrs=none           mono=none
row-alt                    256=default/235      16=default/default          attrs=none           mono=none
row-selected               256=231/25           16=bright-white/blue        attrs=bold           mono=reverse
label                      256=250/default      16=white/default            attrs=none           mono=none
field                      256=231/237          16=bright-white/black       attrs=none           mono=underline
field-focused              256=16/229           16=black/bright-yellow      attrs=none           mono=reverse
field-error                256=231/124          16=bright-white/red         attrs=bold           mono=bold+underline
field-read-only            256=245/default      16=bright-black/default     attrs=none           mono=dim
required-marker            256=203/default      16=bright-red/default       attrs=bold           mono=bold
shared-marker              256=75/default       16=bright-cyan/default      attrs=none           mono=underline
status                     256=231/238          16=bright-white/black       attrs=none           mono=reverse
status-training            256=16/214           16=black/yellow             attrs=bold           mono=bold+reverse
key-hint                   256=252/236          16=white/black              attrs=none           mono=none
key-hint-key               256=16/250           16=black/white              attrs=bold           mono=reverse
message                    256=152/default      16=cyan/default             attrs=none           mono=none
message-error              256=231/124          16=bright-white/red         attrs=bold           mono=bold+reverse
dialog                     256=231/237          16=bright-white/black       attrs=none           mono=none
dialog-title               256=231/25           16=bright-white/blue        attrs=bold           mono=bold+reverse
border                     256=110/237          16=cyan/black               attrs=none           mono=none
credit-good                256=34/default       16=green/default            attrs=none           mono=none
credit-warning             256=226/default      16=yellow/default           attrs=none           mono=underline
credit-dishonest           256=196/default      16=red/default              attrs=bold           mono=bold
credit-seriously-dishonest 256=231/16           16=bright-white/black       attrs=bold           mono=reverse
agency-pending             256=250/default      16=white/default            attrs=none           mono=dim
agency-released            256=114/default      16=green/default            attrs=none           mono=bold
agency-returned            256=214/default      16=yellow/default           attrs=none           mono=underline
agency-rejected            256=203/default      16=red/default              attrs=bold           mono=reverse
agency-inspection          256=141/default      16=magenta/default          attrs=bold           mono=bold+underline
progress                   256=231/28           16=bright-white/green       attrs=none           mono=reverse
help                       256=252/236          16=white/black              attrs=none           mono=none
"""

    /// The default theme, parsed from the compiled-in text.
    public static let builtinDefault: Theme = ThemeParser.parse(builtinDefaultSource, fileName: "default.theme", base: nil).theme
}
