# The reader: one cmdlet page (platyPS markdown schema 2.0.0) -> a document model. Format problems do not throw
# here; they are collected in the model's Errors so that the build can report every problem of every file at once.

$script:KnownSections = @('SYNOPSIS', 'SYNTAX', 'DESCRIPTION', 'EXAMPLES', 'PARAMETERS', 'INPUTS', 'OUTPUTS', 'NOTES', 'RELATED LINKS')
$script:RequiredSections = @('SYNOPSIS', 'DESCRIPTION', 'PARAMETERS', 'EXAMPLES')

function New-HelpPage([string] $FileName, [string] $Source) {
    # The state the reader fills while it walks the blocks of one page.
    [pscustomobject]@{
        FileName = $FileName; Source = $Source; Name = $null; FrontMatter = [ordered]@{}
        Sections = [ordered]@{}; Section = $null; Subsection = $null
        Errors = (New-Object System.Collections.Generic.List[string])
    }
}

function Read-FrontMatter($Page, $Block) {
    foreach ($line in (Get-BlockLine $Block)) {
        if ($line -match '^\s*([^:#][^:]*):\s*(.*?)\s*$') { $Page.FrontMatter[$Matches[1].Trim()] = $Matches[2] }
    }
}

function Add-HelpHeading($Page, $Block, [int] $Line) {
    # '#' the title, '##' a section, '###' a subsection of the current section.
    $title = Get-HeadingTitle $Block $Page.Source
    $where = "$($Page.FileName):${Line}"
    if ($Block.Level -eq 1) {
        if ($null -ne $Page.Name) { $Page.Errors.Add("${where}: more than one '# ' title.") } else { $Page.Name = $title }
        $Page.Section = $null; $Page.Subsection = $null
        return
    }
    if ($Block.Level -eq 2) {
        $key = $title.ToUpperInvariant()
        if ($script:KnownSections -notcontains $key) { $Page.Errors.Add("${where}: unknown section '## $title'. Known sections: $($script:KnownSections -join ', ').") }
        if ($Page.Sections.Contains($key)) { $Page.Errors.Add("${where}: section '## $key' appears twice.") }
        else { $Page.Sections[$key] = @{ Body = (New-Object System.Collections.Generic.List[object]); Subsections = [ordered]@{}; Line = $Line } }
        $Page.Section = $Page.Sections[$key]; $Page.Subsection = $null
        return
    }
    if ($null -eq $Page.Section) { $Page.Errors.Add("${where}: '### $title' outside of a '## ' section."); return }
    if ($Page.Section.Subsections.Contains($title)) { $Page.Errors.Add("${where}: '### $title' appears twice."); $title = "$title ($Line)" }
    $Page.Subsection = New-Object System.Collections.Generic.List[object]
    $Page.Section.Subsections[$title] = $Page.Subsection
}

function Split-HelpPage($Page, $Document) {
    # Sorts the page's blocks into sections and subsections.
    foreach ($block in $Document) {
        $line = $block.Line + 1
        $type = $block.GetType().Name
        if ($type -eq 'FencedCodeBlock' -and $block.ClosingFencedCharCount -eq 0) { $Page.Errors.Add("$($Page.FileName):${line}: a ``````` code fence is not closed.") }
        if ($type -eq 'YamlFrontMatterBlock') { Read-FrontMatter $Page $block; continue }
        if ($type -eq 'HeadingBlock' -and $block.HeaderChar -eq '#' -and $block.Level -le 3) { Add-HelpHeading $Page $block $line; continue }
        if ($type -eq 'LinkReferenceDefinitionGroup') { continue }
        if ($null -ne $Page.Subsection) { $Page.Subsection.Add($block) }
        elseif ($null -ne $Page.Section) { $Page.Section.Body.Add($block) }
        else { $Page.Errors.Add("$($Page.FileName):${line}: text before the first '## ' section.") }
    }
}

function Get-SectionParagraph($Page, [string] $Title) {
    if (-not $Page.Sections.Contains($Title)) { return , @() }
    , (ConvertTo-HelpParagraph -Block $Page.Sections[$Title].Body.ToArray() -Source $Page.Source)
}

function Read-ParameterYaml($Block) {
    # One platyPS metadata block as an ordered key -> value table.
    $values = [ordered]@{}
    foreach ($line in (Get-BlockLine $Block)) {
        if ($line -match '^\s*([A-Za-z][A-Za-z ]*):\s*(.*?)\s*$') { $values[$Matches[1]] = $Matches[2] }
    }
    $values
}

function Read-HelpParameter($Page, [string] $Title) {
    # '### -Name': prose, then one yaml block per group of parameter sets.
    $prose = New-Object System.Collections.Generic.List[object]
    $yaml = New-Object System.Collections.Generic.List[object]
    foreach ($b in $Page.Sections['PARAMETERS'].Subsections[$Title]) {
        if ($b.GetType().Name -eq 'FencedCodeBlock' -and $b.Info -eq 'yaml') { $yaml.Add((Read-ParameterYaml $b)) } else { $prose.Add($b) }
    }
    $default = @($yaml | ForEach-Object { $_['Default value'] } | Where-Object { $_ })
    [pscustomobject]@{
        Name         = $Title.Substring(1)
        Description  = ConvertTo-HelpParagraph -Block $prose.ToArray() -Source $Page.Source
        Metadata     = $yaml.ToArray()
        DefaultValue = $(if ($default.Count) { $default[0] } else { $null })
    }
}

function Read-HelpParameterList($Page) {
    $parameters = New-Object System.Collections.Generic.List[object]
    if (-not $Page.Sections.Contains('PARAMETERS')) { return , $parameters.ToArray() }
    foreach ($title in $Page.Sections['PARAMETERS'].Subsections.Keys) {
        if ($title -eq 'CommonParameters') { continue }
        if ($title -notmatch '^-[A-Za-z][A-Za-z0-9_]*$') { $Page.Errors.Add("$($Page.FileName): parameter heading '### $title' must be '### -ParameterName'."); continue }
        $parameters.Add((Read-HelpParameter $Page $title))
    }
    if ($Page.Sections['PARAMETERS'].Body.Count -gt 0) { $Page.Errors.Add("$($Page.FileName): text in '## PARAMETERS' outside of a '### -Name' subsection.") }
    , $parameters.ToArray()
}

function Read-HelpTypeList($Page, [string] $Title) {
    # INPUTS / OUTPUTS: '### TypeName', prose.
    $items = New-Object System.Collections.Generic.List[object]
    if (-not $Page.Sections.Contains($Title)) { return , $items.ToArray() }
    $section = $Page.Sections[$Title]
    foreach ($typeName in $section.Subsections.Keys) {
        $items.Add([pscustomobject]@{ TypeName = $typeName; Description = ConvertTo-HelpParagraph -Block $section.Subsections[$typeName].ToArray() -Source $Page.Source })
    }
    if ((ConvertTo-HelpParagraph -Block $section.Body.ToArray() -Source $Page.Source).Count -gt 0) {
        $Page.Errors.Add("$($Page.FileName): '## $Title' needs a '### TypeName' subsection per type (use '### None' for none).")
    }
    , $items.ToArray()
}

function Read-HelpExampleList($Page) {
    # '### Example N: Title', exactly one fenced code block, remarks.
    $examples = New-Object System.Collections.Generic.List[object]
    if (-not $Page.Sections.Contains('EXAMPLES')) { return , $examples.ToArray() }
    $section = $Page.Sections['EXAMPLES']
    foreach ($title in $section.Subsections.Keys) {
        $blocks = $section.Subsections[$title].ToArray()
        $fenced = @($blocks | Where-Object { $_.GetType().Name -eq 'FencedCodeBlock' })
        if ($fenced.Count -ne 1) { $Page.Errors.Add("$($Page.FileName): example '$title' needs exactly one fenced code block (found $($fenced.Count)).") }
        $code = @($fenced | ForEach-Object { Get-BlockLine $_ } | ForEach-Object { $_.TrimEnd() })
        $remarks = ConvertTo-HelpParagraph -Block @($blocks | Where-Object { $_.GetType().Name -ne 'FencedCodeBlock' }) -Source $Page.Source
        if ($remarks.Count -eq 0) { $Page.Errors.Add("$($Page.FileName): example '$title' needs a sentence that explains it.") }
        $examples.Add([pscustomobject]@{ Title = $title; Code = (($code -join "`n").Trim("`n")); Remarks = $remarks })
    }
    if ($examples.Count -eq 0) { $Page.Errors.Add("$($Page.FileName): '## EXAMPLES' has no '### Example 1: Title' subsection.") }
    , $examples.ToArray()
}

function Read-HelpLinkList($Page) {
    # '[Text](uri)' paragraphs (platyPS), '- [Text]()' list items, or plain text lines.
    $links = New-Object System.Collections.Generic.List[object]
    if (-not $Page.Sections.Contains('RELATED LINKS')) { return , $links.ToArray() }
    foreach ($b in $Page.Sections['RELATED LINKS'].Body) {
        $entries = if ($b.GetType().Name -eq 'ListBlock') { foreach ($item in $b) { foreach ($child in $item) { $child } } } else { $b }
        foreach ($entry in $entries) {
            # (a List, not @(...): a link is itself a list of inlines and would be unrolled)
            $inlines = New-Object System.Collections.Generic.List[object]
            if ($entry.GetType().Name -eq 'ParagraphBlock') { foreach ($i in $entry.Inline) { $inlines.Add($i) } }
            if ($inlines.Count -eq 1 -and $inlines[0].GetType().Name -eq 'LinkInline' -and -not $inlines[0].IsImage) {
                $links.Add([pscustomobject]@{ Text = (ConvertTo-InlineText $inlines[0] $Page.Source); Uri = [string]$inlines[0].Url })
                continue
            }
            foreach ($line in ((Get-SourceText $entry $Page.Source) -split "`n")) { if ($line.Trim()) { $links.Add([pscustomobject]@{ Text = $line.Trim(); Uri = '' }) } }
        }
    }
    , $links.ToArray()
}

function Read-HelpSyntax($Page) {
    # The SYNTAX code blocks as written (the writer generates the syntax; the checker compares these with it).
    if (-not $Page.Sections.Contains('SYNTAX')) { return , @() }
    $section = $Page.Sections['SYNTAX']
    $blocks = New-Object System.Collections.Generic.List[object]
    $blocks.AddRange($section.Body)
    foreach ($list in $section.Subsections.Values) { $blocks.AddRange($list) }
    $code = foreach ($b in $blocks) { if ($b.GetType().Name -eq 'FencedCodeBlock') { (@(Get-BlockLine $b) -join ' ').Trim() } }
    , @($code)
}

function ConvertFrom-LiveDeskHelpMarkdown {
    <#
    .SYNOPSIS
    Parses one cmdlet help page into a model (Name, FrontMatter, Synopsis, Syntax, Description, Parameters,
    Inputs, Outputs, Notes, Examples, RelatedLinks, Errors).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)] [Alias('FullName')] [string] $Path)
    process {
        $file = (Resolve-Path -LiteralPath $Path).ProviderPath
        $parsed = Read-MarkdownFile -Path $file
        $page = New-HelpPage ([IO.Path]::GetFileName($file)) $parsed.Text
        Split-HelpPage $page $parsed.Document
        if ($null -eq $page.Name) { $page.Errors.Add("$($page.FileName): no '# <Cmdlet-Name>' title.") }
        foreach ($required in $script:RequiredSections) { if (-not $page.Sections.Contains($required)) { $page.Errors.Add("$($page.FileName): missing section '## $required'.") } }
        $synopsis = Get-SectionParagraph $page 'SYNOPSIS'
        $description = Get-SectionParagraph $page 'DESCRIPTION'
        if ($page.Sections.Contains('SYNOPSIS') -and $synopsis.Count -eq 0) { $page.Errors.Add("$($page.FileName): the SYNOPSIS is empty.") }
        if ($page.Sections.Contains('DESCRIPTION') -and $description.Count -eq 0) { $page.Errors.Add("$($page.FileName): the DESCRIPTION is empty.") }
        [pscustomobject]@{
            PSTypeName   = 'LiveDesk.HelpBuilder.Document'
            Path         = $file
            Name         = $page.Name
            FrontMatter  = $page.FrontMatter
            HasSyntax    = $page.Sections.Contains('SYNTAX')
            Syntax       = Read-HelpSyntax $page
            Synopsis     = ($synopsis -join ' ')
            Description  = $description
            Parameters   = Read-HelpParameterList $page
            Inputs       = Read-HelpTypeList $page 'INPUTS'
            Outputs      = Read-HelpTypeList $page 'OUTPUTS'
            Notes        = Get-SectionParagraph $page 'NOTES'
            Examples     = Read-HelpExampleList $page
            RelatedLinks = Read-HelpLinkList $page
            Errors       = $page.Errors.ToArray()
        }
    }
}
