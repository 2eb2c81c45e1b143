# Markdown: Markdig (NuGet, restored by tests/tools/Tools.csproj) parses; the functions below only walk its tree.
# Shared by the reader (cmdlet pages) and the about-topic writer.

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
