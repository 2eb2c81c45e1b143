#Requires -Version 5.1
<#
    LiveDesk.HelpBuilder: compiles the cmdlet help of a binary module from markdown.

    Markdown convention: see docs/README.md. In short, one file per cmdlet,
    docs/<Cmdlet-Name>.md, with the sections

        # <Cmdlet-Name>
        ## SYNOPSIS
        ## DESCRIPTION
        ## PARAMETERS        (### -Name, description, optional "Default value: ..." line)
        ## INPUTS            (### TypeName, description)
        ## OUTPUTS           (### TypeName, description)
        ## NOTES
        ## EXAMPLES          (### Example N: Title, one ```powershell block, remarks)
        ## RELATED LINKS     (- [Text](uri) or - Text)

    and about topics docs/about_<Topic>.md compiled to en-US/about_<Topic>.help.txt.

    Parameter metadata (type, mandatory, position, pipeline input, aliases and
    parameter sets) is read from the compiled cmdlets in a separate PowerShell
    process, so the help always matches the binary; the markdown only carries
    prose and default values.

    The markdown is parsed by Markdig (NuGet package, restored by tests/tools/Tools.csproj and loaded from the
    NuGet packages folder); this module walks its block tree. Parsing needs PowerShell 7.
#>

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
# The child-PowerShell launcher shared by build and tests.
Import-Module (Join-Path $PSScriptRoot 'LiveDesk.BuildTools.psm1')

# Parameters the cmdlet docs need not describe: the builder supplies the text.
$script:StandardParameterText = @{
    WhatIf            = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm           = 'Prompts you for confirmation before running the cmdlet.'
    First             = 'Gets only the specified number of objects. Enter the number of objects to get.'
    Skip              = 'Ignores the specified number of objects and then gets the remaining objects. Enter the number of objects to skip.'
    IncludeTotalCount = 'Reports the total number of objects in the data set (an integer) followed by the selected objects. If the cmdlet cannot determine the total count, it displays "Unknown total count." The integer has an Accuracy property that indicates the reliability of the total count value.'
}
$script:ShouldProcessParameters = @('WhatIf', 'Confirm')
$script:NsMaml = 'http://schemas.microsoft.com/maml/2004/10'
$script:NsDev = 'http://schemas.microsoft.com/maml/dev/2004/10'
$script:KnownSections = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'EXAMPLES', 'RELATED LINKS')
$script:RequiredSections = @('SYNOPSIS', 'DESCRIPTION', 'PARAMETERS', 'EXAMPLES')

# ---------------------------------------------------------------------------------------------------------
# Markdown: Markdig (NuGet, restored by tests/tools/Tools.csproj) parses; the functions below only walk its tree.

$script:MarkdigVersion = '1.6.0'
$script:Markdown = $null   # [Markdig.Markdown] of the loaded assembly
$script:MarkdownPipeline = $null   # CommonMark with precise source spans (inline spans index into the text)

function Get-MarkdigParser {
    # Loads Markdig once per session. PowerShell 7 ships its own Markdig.Signed (for ConvertFrom-Markdown), whose types
    # have the same names, so types are taken from this assembly object instead of by name.
    if ($null -ne $script:Markdown) { return $script:Markdown }
    if ($PSVersionTable.PSEdition -ne 'Core') { throw 'The help compiler runs in PowerShell 7 (dotnet pwsh ./build.ps1 Build).' }
    $dll = Get-NuGetPackagePath -Id Markdig -Version $script:MarkdigVersion -ChildPath 'lib/net8.0/Markdig.dll'
    $assembly = [Reflection.Assembly]::LoadFrom($dll)
    $builder = [Activator]::CreateInstance($assembly.GetType('Markdig.MarkdownPipelineBuilder', $true))
    $extensions = $assembly.GetType('Markdig.MarkdownExtensions', $true)
    $builder = $extensions::UsePreciseSourceLocation($builder)
    # platyPS pages open with a YAML front matter block (external help file, Module Name, schema).
    $builder = $extensions::UseYamlFrontMatter($builder)
    $script:MarkdownPipeline = $builder.Build()
    $script:Markdown = $assembly.GetType('Markdig.Markdown', $true)
    $script:Markdown
}

function ConvertFrom-MarkdownText([string] $Text) {
    $markdown = Get-MarkdigParser
    $markdown::Parse($Text, $script:MarkdownPipeline)
}

function Read-MarkdownFile {
    # The parsed document plus the text it was parsed from (LF line ends), which source spans index into.
    param([Parameter(Mandatory)] [string] $Path)
    $text = [IO.File]::ReadAllText((Resolve-Path -LiteralPath $Path).ProviderPath) -replace "`r`n?", "`n"
    [pscustomobject]@{ Text = $text; Document = (ConvertFrom-MarkdownText $text) }
}

function Get-SourceText($Node, [string] $Source) {
    if ($Node.Span.Length -le 0) { return '' }
    $Source.Substring($Node.Span.Start, $Node.Span.Length)
}

function Get-BlockLine($Block, [string] $Source) {
    # The lines of a leaf block: a paragraph's as written (Markdig releases them once it has parsed the inlines),
    # a code block's as Markdig keeps them, without the fence and its indentation.
    if ($Block.GetType().Name -eq 'ParagraphBlock') { return (Get-SourceText $Block $Source) -split "`n" }
    $group = $Block.Lines
    for ($i = 0; $i -lt $group.Count; $i++) { $group.Lines[$i].Slice.ToString() }
}

function ConvertTo-InlineText {
    # Inline markdown to help text: [text](uri) -> "text (uri)" for absolute URIs, else text; **bold** -> bold.
    # Code spans, single-delimiter emphasis, HTML and entities stay as written: in help text they still read right.
    param($Container, [string] $Source)
    $text = New-Object System.Text.StringBuilder
    foreach ($inline in $Container) {
        switch ($inline.GetType().Name) {
            'LiteralInline' { [void]$text.Append($inline.Content.ToString()) }
            'LineBreakInline' { [void]$text.Append(' ') }
            'LinkInline' {
                $label = ConvertTo-InlineText $inline $Source
                if ($inline.IsImage) { [void]$text.Append((Get-SourceText $inline $Source)) }
                elseif ($inline.Url -match '^[a-z]+://') { [void]$text.Append(('{0} ({1})' -f $label, $inline.Url)) }
                else { [void]$text.Append($label) }
            }
            'EmphasisInline' {
                $inner = ConvertTo-InlineText $inline $Source
                if ($inline.DelimiterCount -ge 2) { [void]$text.Append($inner) }
                else { $d = [string]$inline.DelimiterChar; [void]$text.Append($d + $inner + $d) }
            }
            default {
                if ($inline -is [System.Collections.IEnumerable] -and $inline.GetType().Name -notmatch 'Code|Html|Autolink') {
                    [void]$text.Append((ConvertTo-InlineText $inline $Source))
                }
                else { [void]$text.Append((Get-SourceText $inline $Source)) }
            }
        }
    }
    $text.ToString().Trim()
}

function Get-ChildBlock($Container) {
    # The blocks of a container block, as an array (a ContainerBlock is itself a list).
    $children = New-Object System.Collections.Generic.List[object]
    foreach ($child in $Container) { $children.Add($child) }
    return , $children.ToArray()
}

function Get-ListItemMarker($List, $Item) {
    if ($List.IsOrdered) { return "$($Item.Order)$($List.OrderedDelimiter)" }
    '-'
}

function ConvertTo-HelpParagraph {
    # Blocks to plain-text paragraphs: a paragraph each, a list item each ("- text"), fenced code indented by 4.
    [CmdletBinding()]
    [OutputType([string[]])]
    param([AllowEmptyCollection()] [object[]] $Block = @(), [string] $Source)
    $paragraphs = New-Object System.Collections.Generic.List[string]
    foreach ($b in $Block) {
        switch ($b.GetType().Name) {
            'ParagraphBlock' { $paragraphs.Add((ConvertTo-InlineText $b.Inline $Source)) }
            { $_ -in 'FencedCodeBlock', 'CodeBlock' } {
                $lines = @(Get-BlockLine $b | ForEach-Object { '    ' + $_.TrimEnd() })
                if ($lines.Count) { $paragraphs.Add(($lines -join [Environment]::NewLine)) }
            }
            'ListBlock' {
                foreach ($item in $b) {
                    $inner = @(ConvertTo-HelpParagraph -Block (Get-ChildBlock $item) -Source $Source)
                    if ($inner.Count -eq 0) { continue }
                    $inner[0] = (Get-ListItemMarker $b $item) + ' ' + $inner[0]
                    foreach ($p in $inner) { $paragraphs.Add($p) }
                }
            }
            { $_ -in 'ListItemBlock', 'QuoteBlock' } {
                foreach ($p in (ConvertTo-HelpParagraph -Block (Get-ChildBlock $b) -Source $Source)) { $paragraphs.Add($p) }
            }
            'LinkReferenceDefinitionGroup' { }
            default {
                # HTML blocks, thematic breaks, deeper headings: their text, joined as one paragraph
                $raw = ((Get-SourceText $b $Source) -split "`n" | ForEach-Object { $_.Trim() } | Where-Object { $_ }) -join ' '
                if ($raw) { $paragraphs.Add($raw) }
            }
        }
    }
    return , $paragraphs.ToArray()
}

function Get-HeadingTitle($Heading, [string] $Source) {
    # As written (minus the #s): a title is a name (cmdlet, -Parameter, type), not prose.
    ((Get-SourceText $Heading $Source) -replace '^\s*#+', '' -replace '\s#+\s*$', '').Trim()
}

function ConvertFrom-LiveDeskHelpMarkdown {
    <#
    .SYNOPSIS
    Parses one cmdlet help markdown file into an object (Name, Synopsis, Description, Parameters,
    Inputs, Outputs, Notes, Examples, RelatedLinks, Errors).
    .DESCRIPTION
    Format problems do not throw here; they are collected in the Errors property so that the build
    can report every problem of every file at once.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string] $Path
    )
    process {
        $file = (Resolve-Path -LiteralPath $Path).ProviderPath
        $fileName = [IO.Path]::GetFileName($file)
        $parsed = Read-MarkdownFile -Path $file
        $source = $parsed.Text
        $errors = New-Object System.Collections.Generic.List[string]

        $name = $null
        $sections = [ordered]@{}      # SECTION -> @{ Body = List[block]; Subsections = ordered(title -> List[block]) }
        $section = $null
        $subsection = $null

        foreach ($block in $parsed.Document) {
            $lineNumber = $block.Line + 1
            if ($block.GetType().Name -eq 'FencedCodeBlock' -and $block.ClosingFencedCharCount -eq 0) {
                $errors.Add("${fileName}:${lineNumber}: a ``````` code fence is not closed.")
            }
            $level = if ($block.GetType().Name -eq 'HeadingBlock' -and $block.HeaderChar -eq '#') { $block.Level } else { 0 }
            if ($level -eq 1) {
                if ($null -ne $name) { $errors.Add("${fileName}:${lineNumber}: more than one '# ' title.") }
                else { $name = Get-HeadingTitle $block $source }
                $section = $null; $subsection = $null
                continue
            }
            if ($level -eq 2) {
                $heading = Get-HeadingTitle $block $source
                $title = $heading.ToUpperInvariant()
                if ($script:KnownSections -notcontains $title) {
                    $errors.Add("${fileName}:${lineNumber}: unknown section '## $heading'. Known sections: $($script:KnownSections -join ', ').")
                }
                if ($sections.Contains($title)) {
                    $errors.Add("${fileName}:${lineNumber}: section '## $title' appears twice.")
                }
                else {
                    $sections[$title] = @{ Body = (New-Object System.Collections.Generic.List[object]); Subsections = [ordered]@{}; Line = $lineNumber }
                }
                $section = $sections[$title]
                $subsection = $null
                continue
            }
            if ($level -eq 3) {
                $title = Get-HeadingTitle $block $source
                if ($null -eq $section) {
                    $errors.Add("${fileName}:${lineNumber}: '### $title' outside of a '## ' section.")
                    continue
                }
                if ($section.Subsections.Contains($title)) {
                    $errors.Add("${fileName}:${lineNumber}: '### $title' appears twice.")
                    $title = "$title ($lineNumber)"
                }
                $subsection = New-Object System.Collections.Generic.List[object]
                $section.Subsections[$title] = $subsection
                continue
            }
            if ($block.GetType().Name -in 'LinkReferenceDefinitionGroup', 'YamlFrontMatterBlock') { continue }
            if ($null -ne $subsection) { $subsection.Add($block) }
            elseif ($null -ne $section) { $section.Body.Add($block) }
            else { $errors.Add("${fileName}:${lineNumber}: text before the first '## ' section.") }
        }

        if ($null -eq $name) { $errors.Add("${fileName}: no '# <Cmdlet-Name>' title.") }
        foreach ($required in $script:RequiredSections) {
            if (-not $sections.Contains($required)) { $errors.Add("${fileName}: missing section '## $required'.") }
        }

        $toParagraphs = { param([object[]] $blocks) , (ConvertTo-HelpParagraph -Block $blocks -Source $source) }
        $getParagraphs = {
            param($title)
            if ($sections.Contains($title)) { , (& $toParagraphs $sections[$title].Body.ToArray()) } else { , @() }
        }
        $synopsis = & $getParagraphs 'SYNOPSIS'
        $description = & $getParagraphs 'DESCRIPTION'
        $notes = & $getParagraphs 'NOTES'
        if ($sections.Contains('SYNOPSIS') -and $synopsis.Count -eq 0) { $errors.Add("${fileName}: the SYNOPSIS is empty.") }
        if ($sections.Contains('DESCRIPTION') -and $description.Count -eq 0) { $errors.Add("${fileName}: the DESCRIPTION is empty.") }

        # PARAMETERS: ### -Name, prose, optional 'Default value: x' line.
        $parameters = New-Object System.Collections.Generic.List[object]
        if ($sections.Contains('PARAMETERS')) {
            foreach ($title in $sections['PARAMETERS'].Subsections.Keys) {
                if ($title -eq 'CommonParameters') { continue }
                if ($title -notmatch '^-([A-Za-z][A-Za-z0-9_]*)$') {
                    $errors.Add("${fileName}: parameter heading '### $title' must be '### -ParameterName'.")
                    continue
                }
                $parameterName = $Matches[1]
                $default = $null
                $prose = New-Object System.Collections.Generic.List[string]
                foreach ($b in $sections['PARAMETERS'].Subsections[$title]) {
                    $paragraph = @()
                    if ($b.GetType().Name -eq 'FencedCodeBlock' -and $b.Info -eq 'yaml') {
                        # platyPS metadata block: only its default value is read here
                        foreach ($line in (Get-BlockLine $b)) { if ($line -match '^\s*Default value:\s*(.*?)\s*$') { $default = $Matches[1] } }
                        continue
                    }
                    if ($b.GetType().Name -eq 'ParagraphBlock') {
                        # 'Default value: x' is a line of its own; the rest of its paragraph stays prose
                        $lines = @(Get-BlockLine $b $source)
                        $defaultLines = @($lines | Where-Object { $_ -match '^\s*Default value:' })
                        if ($defaultLines.Count) {
                            $null = $defaultLines[-1] -match '^\s*Default value:\s*(.*?)\s*$'
                            $default = $Matches[1] -replace '^`(.*)`$', '$1'
                            $rest = @($lines | Where-Object { $_ -notmatch '^\s*Default value:' })
                            if ($rest.Count) {
                                $restText = $rest -join "`n"
                                $paragraph = ConvertTo-HelpParagraph -Block (Get-ChildBlock (ConvertFrom-MarkdownText $restText)) -Source $restText
                            }
                            foreach ($p in $paragraph) { $prose.Add($p) }
                            continue
                        }
                    }
                    foreach ($p in (ConvertTo-HelpParagraph -Block (, $b) -Source $source)) { $prose.Add($p) }
                }
                $parameters.Add([pscustomobject]@{
                        Name         = $parameterName
                        Description  = $prose.ToArray()
                        DefaultValue = $default
                    })
            }
            if ($sections['PARAMETERS'].Body.Count -gt 0) {
                $errors.Add("${fileName}: text in '## PARAMETERS' outside of a '### -Name' subsection.")
            }
        }

        # INPUTS / OUTPUTS: ### TypeName, prose.
        $typeSection = {
            param($title)
            $items = New-Object System.Collections.Generic.List[object]
            if ($sections.Contains($title)) {
                foreach ($typeName in $sections[$title].Subsections.Keys) {
                    $items.Add([pscustomobject]@{
                            TypeName    = $typeName
                            Description = & $toParagraphs $sections[$title].Subsections[$typeName].ToArray()
                        })
                }
                $loose = & $toParagraphs $sections[$title].Body.ToArray()
                if ($loose.Count -gt 0) {
                    $errors.Add("${fileName}: '## $title' needs a '### TypeName' subsection per type (use '### None' for none).")
                }
            }
            , $items.ToArray()
        }
        $inputs = & $typeSection 'INPUTS'
        $outputs = & $typeSection 'OUTPUTS'

        # EXAMPLES: ### Example N: Title, exactly one fenced code block, remarks.
        $examples = New-Object System.Collections.Generic.List[object]
        if ($sections.Contains('EXAMPLES')) {
            foreach ($title in $sections['EXAMPLES'].Subsections.Keys) {
                $blocks = $sections['EXAMPLES'].Subsections[$title].ToArray()
                $fenced = @($blocks | Where-Object { $_.GetType().Name -eq 'FencedCodeBlock' })
                $remarks = @($blocks | Where-Object { $_.GetType().Name -ne 'FencedCodeBlock' })
                if ($fenced.Count -ne 1) { $errors.Add("${fileName}: example '$title' needs exactly one fenced code block (found $($fenced.Count)).") }
                $code = @($fenced | ForEach-Object { Get-BlockLine $_ } | ForEach-Object { $_.TrimEnd() })
                $remarkParagraphs = & $toParagraphs $remarks
                if ($remarkParagraphs.Count -eq 0) { $errors.Add("${fileName}: example '$title' needs a sentence that explains it.") }
                $examples.Add([pscustomobject]@{
                        Title   = $title
                        Code    = (($code -join "`n").Trim("`n"))
                        Remarks = $remarkParagraphs
                    })
            }
            if ($examples.Count -eq 0) { $errors.Add("${fileName}: '## EXAMPLES' has no '### Example 1: Title' subsection.") }
        }

        # RELATED LINKS: - [Text](uri) | - [Text]() | - Text
        $links = New-Object System.Collections.Generic.List[object]
        if ($sections.Contains('RELATED LINKS')) {
            foreach ($b in $sections['RELATED LINKS'].Body) {
                $entries = New-Object System.Collections.Generic.List[object]
                if ($b.GetType().Name -eq 'ListBlock') { foreach ($item in $b) { foreach ($child in $item) { $entries.Add($child) } } }
                else { $entries.Add($b) }
                foreach ($entry in $entries) {
                    # (a List, not @(...): a link is itself a list of inlines and would be unrolled)
                    $inlines = New-Object System.Collections.Generic.List[object]
                    if ($entry.GetType().Name -eq 'ParagraphBlock') { foreach ($i in $entry.Inline) { $inlines.Add($i) } }
                    if ($inlines.Count -eq 1 -and $inlines[0].GetType().Name -eq 'LinkInline' -and -not $inlines[0].IsImage) {
                        $links.Add([pscustomobject]@{ Text = (ConvertTo-InlineText $inlines[0] $source); Uri = [string]$inlines[0].Url })
                        continue
                    }
                    foreach ($line in ((Get-SourceText $entry $source) -split "`n")) {
                        if ($line.Trim()) { $links.Add([pscustomobject]@{ Text = $line.Trim(); Uri = '' }) }
                    }
                }
            }
        }

        [pscustomobject]@{
            PSTypeName   = 'LiveDesk.HelpBuilder.Document'
            Path         = $file
            Name         = $name
            Synopsis     = ($synopsis -join ' ')
            Description  = $description
            Parameters   = $parameters.ToArray()
            Inputs       = $inputs
            Outputs      = $outputs
            Notes        = $notes
            Examples     = $examples.ToArray()
            RelatedLinks = $links.ToArray()
            Errors       = $errors.ToArray()
        }
    }
}

function Get-LiveDeskCommandMetadata {
    <#
    .SYNOPSIS
    Imports a module in a separate PowerShell process and returns the metadata of its cmdlets.
    .DESCRIPTION
    A separate process keeps the build's own session free of the freshly built assembly (which
    would otherwise stay loaded and locked). Returns one object per cmdlet with Name, Verb, Noun,
    HelpFile, DefaultParameterSet, ParameterSets (each with its parameters in syntax order) and
    Parameters (per parameter: Type, TypeName, IsSwitch, Aliases and per-set Mandatory, Position,
    ValueFromPipeline, ValueFromPipelineByPropertyName).
    #>
    [CmdletBinding()]
    param(
        # The module folder (containing <Name>.psd1) or the path of a .psd1/.dll.
        [Parameter(Mandatory)]
        [string] $ModulePath
    )

    $target = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    if (Test-Path -LiteralPath $target -PathType Container) {
        $manifest = Join-Path $target ((Split-Path $target -Leaf) + '.psd1')
        if (-not (Test-Path -LiteralPath $manifest)) { throw "No module manifest '$manifest'." }
        $target = $manifest
    }
    $outFile = Join-Path ([IO.Path]::GetTempPath()) ('livedesk-help-metadata-' + [guid]::NewGuid().ToString('N') + '.json')

    $quote = { param($s) "'" + ($s -replace "'", "''") + "'" }
    $script = @'
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$module = Import-Module -Name __TARGET__ -PassThru -Force -DisableNameChecking
$module = @($module)[0]
$common = @([System.Management.Automation.PSCmdlet]::CommonParameters) + @([System.Management.Automation.PSCmdlet]::OptionalCommonParameters)
function Get-ShortTypeName([type] $Type) {
    $t = $Type
    $underlying = [Nullable]::GetUnderlyingType($t)
    if ($underlying) { $t = $underlying }
    if ($t.IsArray) { return (Get-ShortTypeName $t.GetElementType()) + '[]' }
    if ($t.IsGenericType) {
        $arguments = ($t.GetGenericArguments() | ForEach-Object { Get-ShortTypeName $_ }) -join ', '
        return ($t.Name -replace '`\d+$', '') + '[' + $arguments + ']'
    }
    return $t.Name
}
function Get-FullTypeName([type] $Type) {
    $t = $Type
    $underlying = [Nullable]::GetUnderlyingType($t)
    if ($underlying) { $t = $underlying }
    if ($t.IsArray) { return (Get-FullTypeName $t.GetElementType()) + '[]' }
    if ($t.IsGenericType) {
        $arguments = ($t.GetGenericArguments() | ForEach-Object { Get-FullTypeName $_ }) -join ', '
        return ($t.GetGenericTypeDefinition().FullName -replace '`\d+$', '') + '[' + $arguments + ']'
    }
    return $t.FullName
}
function Get-AcceptedValue($Parameter) {
    $set = @($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] })
    if ($set.Count) { return @($set[0].ValidValues) }
    $t = $Parameter.ParameterType
    $underlying = [Nullable]::GetUnderlyingType($t)
    if ($underlying) { $t = $underlying }
    if ($t.IsEnum) { return @([Enum]::GetNames($t)) }
    return @()
}
function Get-DefaultText($Command, $Parameter, $Instance) {
    # The value a parameter has when it is not given, read from a fresh instance of the cmdlet: a switch is False,
    # an enum its name, a number other than 0 itself; null, empty and 0 (an id not given) are None.
    $property = if ($null -ne $Instance) { $Command.ImplementingType.GetProperty($Parameter.Name) }
    $value = if ($null -ne $property) { $property.GetValue($Instance) }
    if ($Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]) { return [string][bool]$(if ($null -ne $value) { $value.IsPresent }) }
    if ($null -eq $value -or ($value -is [string] -and $value -eq '')) { return 'None' }
    if ($value -is [enum] -or $value -is [bool]) { return $value.ToString() }
    if ($value -is [System.Collections.ICollection]) { if ($value.Count -eq 0) { return 'None' }; return (@($value) -join ', ') }
    if ($value.GetType().IsValueType -and $value.Equals([Activator]::CreateInstance($value.GetType()))) { return 'None' }
    [System.Convert]::ToString($value, [System.Globalization.CultureInfo]::InvariantCulture)
}
$commands = foreach ($command in (Get-Command -Module $module.Name -CommandType Cmdlet, Function | Sort-Object Name)) {
    $parameters = [ordered]@{}
    $instance = $null
    if ($command.CommandType -eq 'Cmdlet') { $instance = [Activator]::CreateInstance($command.ImplementingType) }
    $sets = foreach ($set in $command.ParameterSets) {
        # DontShow parameters (such as a hidden InputObject) are not part of the documented surface.
        $ordered = @($set.Parameters | Where-Object { $common -notcontains $_.Name -and -not @($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }).Count })
        $positional = @($ordered | Where-Object { $_.Position -ge 0 } | Sort-Object Position)
        $named = @($ordered | Where-Object { $_.Position -lt 0 })
        $members = foreach ($p in @($positional + $named)) {
            if (-not $parameters.Contains($p.Name)) {
                $parameters[$p.Name] = [ordered]@{
                    Name     = $p.Name
                    TypeName = Get-FullTypeName $p.ParameterType
                    Type     = Get-ShortTypeName $p.ParameterType
                    IsSwitch = ($p.ParameterType -eq [System.Management.Automation.SwitchParameter])
                    Aliases  = @($p.Aliases)
                    Values   = @(Get-AcceptedValue $p)
                    Globbing = [bool]@($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }).Count
                    DefaultValue = $(if (@($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and -not $_.Mandatory }).Count) { Get-DefaultText $command $p $instance } else { 'None' })
                    Sets     = [ordered]@{}
                }
            }
            $parameters[$p.Name].Sets[$set.Name] = [ordered]@{
                Mandatory                       = $p.IsMandatory
                Position                        = $p.Position
                ValueFromPipeline               = $p.ValueFromPipeline
                ValueFromPipelineByPropertyName = $p.ValueFromPipelineByPropertyName
                ValueFromRemainingArguments     = $p.ValueFromRemainingArguments
            }
            $p.Name
        }
        [ordered]@{ Name = $set.Name; IsDefault = $set.IsDefault; Parameters = @($members) }
    }
    $shouldProcess = $command.Parameters.ContainsKey('WhatIf') -and $command.Parameters.ContainsKey('Confirm')
    $helpFile = $null
    if ($command.CommandType -eq 'Cmdlet') { $helpFile = $command.HelpFile }
    if (-not $helpFile -and $command.CommandType -eq 'Cmdlet' -and $command.DLL) { $helpFile = [IO.Path]::GetFileName($command.DLL) + '-Help.xml' }
    if (-not $helpFile) { $helpFile = $module.Name + '-Help.xml' }
    [ordered]@{
        Name                  = $command.Name
        Verb                  = $command.Verb
        Noun                  = $command.Noun
        CommandType           = [string] $command.CommandType
        HelpFile              = [IO.Path]::GetFileName($helpFile)
        SupportsShouldProcess = $shouldProcess
        DefaultParameterSet   = $command.DefaultParameterSet
        ParameterSets         = @($sets)
        Parameters            = @($parameters.Values)
    }
}
$json = ConvertTo-Json -InputObject @($commands) -Depth 10
[IO.File]::WriteAllText(__OUT__, $json, (New-Object System.Text.UTF8Encoding $false))
'@
    $script = $script.Replace('__TARGET__', (& $quote $target)).Replace('__OUT__', (& $quote $outFile))
    try {
        $child = Invoke-ChildPwsh -Command $script -TimeoutSec 300
        if ($child.ExitCode -ne 0 -or -not (Test-Path -LiteralPath $outFile)) {
            throw "Could not read the commands of '$target' (exit code $($child.ExitCode)):`n$($child.Output -join "`n")"
        }
        $commands = [IO.File]::ReadAllText($outFile) | ConvertFrom-Json
        foreach ($command in @($commands)) {
            if ($null -ne $command) { $command.PSObject.TypeNames.Insert(0, 'LiveDesk.HelpBuilder.CommandMetadata'); $command }
        }
    }
    finally {
        Remove-Item -LiteralPath $outFile -ErrorAction SilentlyContinue
    }
}

function Get-SetValue {
    # Reads a per-set property of a parameter (metadata from JSON: Sets is an object with one property per set).
    param($Parameter, [string] $SetName)
    $Parameter.Sets.PSObject.Properties[$SetName].Value
}

function Format-PipelineInput {
    param([bool] $ByValue, [bool] $ByPropertyName)
    if ($ByValue -and $ByPropertyName) { return 'True (ByPropertyName, ByValue)' }
    if ($ByValue) { return 'True (ByValue)' }
    if ($ByPropertyName) { return 'True (ByPropertyName)' }
    return 'False'
}

function Write-MamlPara {
    param([System.Xml.XmlWriter] $Writer, [string[]] $Paragraph)
    $any = $false
    foreach ($p in $Paragraph) {
        if ($null -eq $p) { continue }
        $Writer.WriteElementString('maml', 'para', $script:NsMaml, $p)
        $any = $true
    }
    if (-not $any) { $Writer.WriteElementString('maml', 'para', $script:NsMaml, '') }
}

function Write-MamlParameter {
    param(
        [System.Xml.XmlWriter] $Writer,
        $Parameter,
        [string] $Required,
        [string] $Position,
        [string] $PipelineInput,
        [string[]] $Description,
        [string] $DefaultValue,
        [bool] $InSyntax
    )
    $ns = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    $Writer.WriteStartElement('command', 'parameter', $ns)
    $Writer.WriteAttributeString('required', $Required)
    $Writer.WriteAttributeString('variableLength', 'true')
    $Writer.WriteAttributeString('globbing', 'false')
    $Writer.WriteAttributeString('pipelineInput', $PipelineInput)
    $Writer.WriteAttributeString('position', $Position)
    $aliases = @($Parameter.Aliases | Where-Object { $_ })
    $Writer.WriteAttributeString('aliases', $(if ($aliases.Count) { $aliases -join ', ' } else { 'none' }))
    $Writer.WriteElementString('maml', 'name', $script:NsMaml, $Parameter.Name)
    $Writer.WriteStartElement('maml', 'description', $script:NsMaml)
    Write-MamlPara -Writer $Writer -Paragraph $Description
    $Writer.WriteEndElement()
    $values = @()
    if ($Parameter.PSObject.Properties['Values']) { $values = @($Parameter.Values | Where-Object { $_ }) }
    if ($values.Count -gt 0) {
        $Writer.WriteStartElement('command', 'parameterValueGroup', $ns)
        foreach ($value in $values) {
            $Writer.WriteStartElement('command', 'parameterValue', $ns)
            $Writer.WriteAttributeString('required', 'false')
            $Writer.WriteAttributeString('command', 'variableLength', $ns, 'false')
            $Writer.WriteString($value)
            $Writer.WriteEndElement()
        }
        $Writer.WriteEndElement()
    }
    if (-not ($InSyntax -and $Parameter.IsSwitch)) {
        $Writer.WriteStartElement('command', 'parameterValue', $ns)
        $Writer.WriteAttributeString('required', $(if ($Parameter.IsSwitch) { 'false' } else { 'true' }))
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($Parameter.Type)
        $Writer.WriteEndElement()
    }
    $Writer.WriteStartElement('dev', 'type', $script:NsDev)
    $Writer.WriteElementString('maml', 'name', $script:NsMaml, $Parameter.TypeName)
    $Writer.WriteElementString('maml', 'uri', $script:NsMaml, '')
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $script:NsDev, $DefaultValue)
    $Writer.WriteEndElement()
}

function ConvertTo-LiveDeskMaml {
    <#
    .SYNOPSIS
    Merges parsed markdown documents with command metadata into a MAML help document (string).
    .DESCRIPTION
    Throws one error listing every problem: a command without a document, a document without a
    command, a parameter without a description, a documented parameter the command lacks, and the
    format errors found while parsing.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Document,
        [Parameter(Mandatory)] [object[]] $Metadata
    )

    $problems = New-Object System.Collections.Generic.List[string]
    $byName = @{}
    foreach ($doc in $Document) {
        foreach ($e in $doc.Errors) { $problems.Add($e) }
        if ($doc.Name) {
            if ($byName.ContainsKey($doc.Name)) { $problems.Add("Two help documents for '$($doc.Name)': $($byName[$doc.Name].Path) and $($doc.Path).") }
            $byName[$doc.Name] = $doc
        }
    }
    $commandNames = @($Metadata | ForEach-Object { $_.Name })
    foreach ($name in $byName.Keys) {
        if ($commandNames -notcontains $name) { $problems.Add("$([IO.Path]::GetFileName($byName[$name].Path)): documents '$name', which is not a command of the module.") }
    }

    foreach ($command in $Metadata) {
        $doc = $byName[$command.Name]
        if ($null -eq $doc) { $problems.Add("$($command.Name): no help document (expected $($command.Name).md)."); continue }
        $actual = @($command.Parameters | ForEach-Object { $_.Name })
        if ($command.SupportsShouldProcess) { $actual += $script:ShouldProcessParameters }
        foreach ($documented in $doc.Parameters) {
            $match = @($actual | Where-Object { $_ -eq $documented.Name })
            if ($match.Count -eq 0) {
                $problems.Add("$($command.Name): the help describes parameter -$($documented.Name), which the command does not have.")
            }
            elseif ($match[0] -cne $documented.Name) {
                $problems.Add("$($command.Name): the help spells parameter -$($documented.Name) as the command does not (-$($match[0])).")
            }
        }
        foreach ($parameter in $command.Parameters) {
            $documented = @($doc.Parameters | Where-Object { $_.Name -eq $parameter.Name })
            $hasText = ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0)
            if (-not $hasText -and -not $script:StandardParameterText.ContainsKey($parameter.Name)) {
                $problems.Add("$($command.Name): parameter -$($parameter.Name) has no description (add '### -$($parameter.Name)' under '## PARAMETERS').")
            }
        }
    }
    if ($problems.Count -gt 0) {
        throw ("The help documents have {0} problem(s):`n  {1}" -f $problems.Count, ($problems -join "`n  "))
    }

    $settings = New-Object System.Xml.XmlWriterSettings
    $settings.Indent = $true
    $settings.IndentChars = '  '
    $settings.Encoding = New-Object System.Text.UTF8Encoding $false
    $settings.NewLineChars = "`n"
    $stream = New-Object System.IO.MemoryStream
    $w = [System.Xml.XmlWriter]::Create($stream, $settings)
    $commandNs = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    $mamlNs = 'http://schemas.microsoft.com/maml/2004/10'
    $devNs = 'http://schemas.microsoft.com/maml/dev/2004/10'

    $w.WriteStartDocument()
    $w.WriteStartElement('helpItems', 'http://msh')
    $w.WriteAttributeString('schema', 'maml')
    foreach ($command in ($Metadata | Sort-Object Name)) {
        $doc = $byName[$command.Name]
        $w.WriteStartElement('command', 'command', $commandNs)
        $w.WriteAttributeString('xmlns', 'maml', 'http://www.w3.org/2000/xmlns/', $mamlNs)
        $w.WriteAttributeString('xmlns', 'command', 'http://www.w3.org/2000/xmlns/', $commandNs)
        $w.WriteAttributeString('xmlns', 'dev', 'http://www.w3.org/2000/xmlns/', $devNs)
        $w.WriteAttributeString('xmlns', 'MSHelp', 'http://www.w3.org/2000/xmlns/', 'http://msdn.microsoft.com/mshelp')

        $w.WriteStartElement('command', 'details', $commandNs)
        $w.WriteElementString('command', 'name', $commandNs, $command.Name)
        $w.WriteElementString('command', 'verb', $commandNs, $command.Verb)
        $w.WriteElementString('command', 'noun', $commandNs, $command.Noun)
        $w.WriteStartElement('maml', 'description', $mamlNs)
        Write-MamlPara -Writer $w -Paragraph @($doc.Synopsis)
        $w.WriteEndElement()
        $w.WriteEndElement() # details

        $w.WriteStartElement('maml', 'description', $mamlNs)
        Write-MamlPara -Writer $w -Paragraph $doc.Description
        $w.WriteEndElement()

        # Per-parameter text and defaults.
        $text = @{}
        $defaults = @{}
        foreach ($parameter in $command.Parameters) {
            $documented = @($doc.Parameters | Where-Object { $_.Name -eq $parameter.Name })
            if ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0) { $text[$parameter.Name] = @($documented[0].Description) }
            else { $text[$parameter.Name] = @($script:StandardParameterText[$parameter.Name]) }
            if ($documented.Count -gt 0 -and $documented[0].DefaultValue) { $defaults[$parameter.Name] = $documented[0].DefaultValue }
            elseif ($parameter.IsSwitch) { $defaults[$parameter.Name] = 'False' }
            else { $defaults[$parameter.Name] = 'None' }
        }
        $parameterByName = @{}
        foreach ($parameter in $command.Parameters) { $parameterByName[$parameter.Name] = $parameter }
        $shouldProcess = @()
        if ($command.SupportsShouldProcess) {
            foreach ($name in $script:ShouldProcessParameters) {
                $shouldProcess += [pscustomobject]@{ Name = $name; Type = 'SwitchParameter'; TypeName = 'System.Management.Automation.SwitchParameter'; IsSwitch = $true; Aliases = @($(if ($name -eq 'WhatIf') { 'wi' } else { 'cf' })) }
                $documented = @($doc.Parameters | Where-Object { $_.Name -eq $name })
                $text[$name] = $(if ($documented.Count -gt 0 -and @($documented[0].Description).Count -gt 0) { @($documented[0].Description) } else { @($script:StandardParameterText[$name]) })
                $defaults[$name] = 'False'
            }
        }

        # Syntax: one item per parameter set, the default set first.
        $w.WriteStartElement('command', 'syntax', $commandNs)
        $sets = @($command.ParameterSets | Sort-Object @{ Expression = { -not $_.IsDefault } }, @{ Expression = { $_.Name } })
        foreach ($set in $sets) {
            $w.WriteStartElement('command', 'syntaxItem', $commandNs)
            $w.WriteElementString('maml', 'name', $mamlNs, $command.Name)
            foreach ($parameterName in @($set.Parameters)) {
                $parameter = $parameterByName[$parameterName]
                $perSet = Get-SetValue $parameter $set.Name
                Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $true `
                    -Required $(if ($perSet.Mandatory) { 'true' } else { 'false' }) `
                    -Position $(if ($perSet.Position -ge 0) { [string]$perSet.Position } else { 'named' }) `
                    -PipelineInput (Format-PipelineInput $perSet.ValueFromPipeline $perSet.ValueFromPipelineByPropertyName) `
                    -Description $text[$parameterName] -DefaultValue $defaults[$parameterName]
            }
            foreach ($parameter in $shouldProcess) {
                Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $true -Required 'false' -Position 'named' -PipelineInput 'False' `
                    -Description $text[$parameter.Name] -DefaultValue 'False'
            }
            $w.WriteEndElement()
        }
        $w.WriteEndElement() # syntax

        # Parameters: every parameter once; required only when mandatory in every set it belongs to.
        # In the order of the markdown, then the undocumented ones (paging) in syntax order.
        $documentedOrder = @($doc.Parameters | ForEach-Object { $_.Name })
        $ordered = @($command.Parameters | Sort-Object @{ Expression = { $i = [array]::IndexOf($documentedOrder, $_.Name); if ($i -lt 0) { [int]::MaxValue } else { $i } } }, @{ Expression = { [array]::IndexOf(@($command.Parameters | ForEach-Object { $_.Name }), $_.Name) } })
        $w.WriteStartElement('command', 'parameters', $commandNs)
        foreach ($parameter in $ordered) {
            $perSet = @($parameter.Sets.PSObject.Properties | ForEach-Object { $_.Value })
            $mandatory = @($perSet | Where-Object { -not $_.Mandatory }).Count -eq 0
            $positions = @($perSet | ForEach-Object { $_.Position } | Sort-Object -Unique)
            $position = $(if ($positions.Count -eq 1 -and $positions[0] -ge 0) { [string]$positions[0] } else { 'named' })
            $byValue = @($perSet | Where-Object { $_.ValueFromPipeline }).Count -gt 0
            $byProperty = @($perSet | Where-Object { $_.ValueFromPipelineByPropertyName }).Count -gt 0
            Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $false `
                -Required $(if ($mandatory) { 'true' } else { 'false' }) -Position $position `
                -PipelineInput (Format-PipelineInput $byValue $byProperty) `
                -Description $text[$parameter.Name] -DefaultValue $defaults[$parameter.Name]
        }
        foreach ($parameter in $shouldProcess) {
            Write-MamlParameter -Writer $w -Parameter $parameter -InSyntax $false -Required 'false' -Position 'named' -PipelineInput 'False' `
                -Description $text[$parameter.Name] -DefaultValue 'False'
        }
        $w.WriteEndElement() # parameters

        foreach ($kind in @(@{ List = 'inputTypes'; Item = 'inputType'; Source = $doc.Inputs }, @{ List = 'returnValues'; Item = 'returnValue'; Source = $doc.Outputs })) {
            $w.WriteStartElement('command', $kind.List, $commandNs)
            foreach ($type in @($kind.Source)) {
                if ($null -eq $type) { continue }
                $w.WriteStartElement('command', $kind.Item, $commandNs)
                $w.WriteStartElement('dev', 'type', $devNs)
                $w.WriteElementString('maml', 'name', $mamlNs, $type.TypeName)
                $w.WriteEndElement()
                $w.WriteStartElement('maml', 'description', $mamlNs)
                Write-MamlPara -Writer $w -Paragraph $type.Description
                $w.WriteEndElement()
                $w.WriteEndElement()
            }
            $w.WriteEndElement()
        }

        $w.WriteStartElement('maml', 'alertSet', $mamlNs)
        $w.WriteStartElement('maml', 'alert', $mamlNs)
        Write-MamlPara -Writer $w -Paragraph $doc.Notes
        $w.WriteEndElement()
        $w.WriteEndElement()

        $w.WriteStartElement('command', 'examples', $commandNs)
        foreach ($example in $doc.Examples) {
            $w.WriteStartElement('command', 'example', $commandNs)
            $w.WriteElementString('maml', 'title', $mamlNs, "-------------------------- $($example.Title) --------------------------")
            $w.WriteElementString('dev', 'code', $devNs, $example.Code)
            $w.WriteStartElement('dev', 'remarks', $devNs)
            Write-MamlPara -Writer $w -Paragraph $example.Remarks
            $w.WriteEndElement()
            $w.WriteEndElement()
        }
        $w.WriteEndElement() # examples

        $w.WriteStartElement('command', 'relatedLinks', $commandNs)
        foreach ($link in $doc.RelatedLinks) {
            $w.WriteStartElement('maml', 'navigationLink', $mamlNs)
            $w.WriteElementString('maml', 'linkText', $mamlNs, $link.Text)
            $w.WriteElementString('maml', 'uri', $mamlNs, $link.Uri)
            $w.WriteEndElement()
        }
        $w.WriteEndElement() # relatedLinks

        $w.WriteEndElement() # command
    }
    $w.WriteEndElement() # helpItems
    $w.WriteEndDocument()
    $w.Flush()
    $w.Dispose()
    return (New-Object System.Text.UTF8Encoding $false).GetString($stream.ToArray())
}

function Format-WrappedText {
    param([string] $Text, [int] $Indent, [int] $Width = 80)
    $prefix = ' ' * $Indent
    $lines = New-Object System.Collections.Generic.List[string]
    $current = ''
    foreach ($word in ($Text -split '\s+' | Where-Object { $_ -ne '' })) {
        if ($current.Length -gt 0 -and ($Indent + $current.Length + 1 + $word.Length) -gt $Width) {
            $lines.Add($prefix + $current)
            $current = $word
        }
        elseif ($current.Length -gt 0) { $current += ' ' + $word }
        else { $current = $word }
    }
    if ($current.Length -gt 0) { $lines.Add($prefix + $current) }
    return , $lines.ToArray()
}

function ConvertTo-LiveDeskAboutHelp {
    <#
    .SYNOPSIS
    Converts an about_*.md topic to the plain-text about_*.help.txt format.
    .DESCRIPTION
    '# about_Topic' becomes the TOPIC header, '## Heading' an upper-case heading at column 0,
    '### Heading' a heading indented by 4, prose is wrapped at 80 columns and indented by 4,
    list items hang, fenced code is indented by 8 and kept verbatim, tables are kept verbatim.
    #>
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory)] [string] $Path)

    $parsed = Read-MarkdownFile -Path $Path
    $source = $parsed.Text
    $out = New-Object System.Collections.Generic.List[string]
    $addWrapped = {
        param([string] $Text, [string] $Marker)
        if ($Marker) {
            $wrapped = Format-WrappedText -Text $Text -Indent 6
            if ($wrapped.Count -eq 0) { $wrapped = @('      ') }
            $wrapped[0] = '    ' + $Marker.PadRight(2) + $wrapped[0].Substring(6)
        }
        else { $wrapped = Format-WrappedText -Text $Text -Indent 4 }
        foreach ($l in $wrapped) { $out.Add($l) }
        $out.Add('')
    }
    $addBlock = $null
    $addBlock = {
        param($Block, [string] $Marker)
        switch ($Block.GetType().Name) {
            'HeadingBlock' {
                $title = Get-HeadingTitle $Block $source
                if ($Block.Level -eq 1) { $out.Add('TOPIC'); $out.Add('    ' + $title); $out.Add('') }
                elseif ($Block.Level -eq 2) { $out.Add($title.ToUpperInvariant()) }
                else { $out.Add('    ' + $title.ToUpperInvariant()); $out.Add('') }
            }
            'ParagraphBlock' {
                $lines = @(Get-BlockLine $Block $source)
                if ($lines[0] -match '^\s*\|') {
                    # a table: kept as written, one row a line
                    foreach ($l in $lines) { $out.Add('    ' + $l.Trim()) }
                    $out.Add('')
                }
                else { & $addWrapped (ConvertTo-InlineText $Block.Inline $source) $Marker }
            }
            { $_ -in 'FencedCodeBlock', 'CodeBlock' } {
                foreach ($l in (Get-BlockLine $Block)) { $l = $l.TrimEnd(); $out.Add($(if ($l) { '        ' + $l } else { '' })) }
                $out.Add('')
            }
            'ListBlock' {
                foreach ($item in $Block) {
                    $marker = Get-ListItemMarker $Block $item
                    foreach ($child in $item) { & $addBlock $child $marker; $marker = $null }
                }
            }
            'LinkReferenceDefinitionGroup' { }
            default {
                if ($Block -is [System.Collections.IEnumerable]) { foreach ($child in $Block) { & $addBlock $child $null } }
                else { & $addWrapped (((Get-SourceText $Block $source) -split "`n" | ForEach-Object { $_.Trim() }) -join ' ') $null }
            }
        }
    }
    foreach ($block in $parsed.Document) { & $addBlock $block $null }
    $first = if ($parsed.Document.Count -gt 0) { $parsed.Document[0] } else { $null }
    $topic = if ($null -ne $first -and $first.GetType().Name -eq 'HeadingBlock' -and $first.Level -eq 1) { Get-HeadingTitle $first $source } else { $null }
    if (-not $topic -or $topic -notmatch '^about_') { throw "$Path must start with '# about_<Topic>'." }
    # collapse runs of blank lines
    $text = ($out -join "`n") -replace "`n{3,}", "`n`n"
    return $text.TrimEnd() + "`n"
}

function Build-LiveDeskHelp {
    <#
    .SYNOPSIS
    Compiles docs/*.md into <ModulePath>/<Culture>/<Assembly>-Help.xml and about_*.help.txt.
    .DESCRIPTION
    Reads the cmdlets of the staged module in a separate process, checks the markdown against them
    (every cmdlet documented, every parameter described, no unknown parameter) and writes the MAML
    and about topics. Throws on any problem. Returns the files written. docs/README.md (the
    convention) and any file whose name does not match a command or about_* is ignored only when
    it is README.md; other unmatched files are errors.
    #>
    [CmdletBinding()]
    [OutputType([System.IO.FileInfo])]
    param(
        [Parameter(Mandatory)] [string] $DocsPath,
        [Parameter(Mandatory)] [string] $ModulePath,
        [string] $Culture = 'en-US'
    )

    $docsRoot = (Resolve-Path -LiteralPath $DocsPath).ProviderPath
    $moduleRoot = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
    $metadata = @(Get-LiveDeskCommandMetadata -ModulePath $moduleRoot)
    if ($metadata.Count -eq 0) { throw "The module in '$moduleRoot' exports no commands." }

    $files = @(Get-ChildItem -LiteralPath $docsRoot -Filter '*.md' -File | Sort-Object Name)
    $aboutFiles = @($files | Where-Object { $_.Name -like 'about_*.md' })
    $commandFiles = @($files | Where-Object { $_.Name -notlike 'about_*.md' -and $_.Name -ne 'README.md' })
    $documents = @($commandFiles | ConvertFrom-LiveDeskHelpMarkdown)
    foreach ($doc in $documents) {
        $expected = [IO.Path]::GetFileNameWithoutExtension($doc.Path)
        if ($doc.Name -and $doc.Name -ne $expected) {
            $doc.Errors = @($doc.Errors) + "$([IO.Path]::GetFileName($doc.Path)): the title '# $($doc.Name)' does not match the file name."
        }
    }
    $maml = ConvertTo-LiveDeskMaml -Document $documents -Metadata $metadata

    $target = Join-Path $moduleRoot $Culture
    New-Item -ItemType Directory -Path $target -Force | Out-Null
    $utf8 = New-Object System.Text.UTF8Encoding $false
    $written = @()
    foreach ($helpFile in @($metadata | ForEach-Object { $_.HelpFile } | Sort-Object -Unique)) {
        $path = Join-Path $target $helpFile
        [IO.File]::WriteAllText($path, $maml, $utf8)
        $written += $path
    }
    foreach ($about in $aboutFiles) {
        $path = Join-Path $target ($about.BaseName + '.help.txt')
        [IO.File]::WriteAllText($path, (ConvertTo-LiveDeskAboutHelp -Path $about.FullName), $utf8)
        $written += $path
    }
    $written | ForEach-Object { Get-Item -LiteralPath $_ }
}

Export-ModuleMember -Function Build-LiveDeskHelp, ConvertFrom-LiveDeskHelpMarkdown, ConvertTo-LiveDeskMaml, ConvertTo-LiveDeskAboutHelp, Get-LiveDeskCommandMetadata
